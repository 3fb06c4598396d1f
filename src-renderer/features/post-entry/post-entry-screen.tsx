import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'wouter';
import { paths, type PostEntryView } from '../../app/routes';
import { EntryDetail } from './entry-detail';
import { QueueView } from './queue-view';
import { usePostEntryAlerts } from './use-post-entry-alerts';
import { useQueue } from './use-queue';
import './post-entry.css';

// The dashboard and its charting library (about half a megabyte) load when a compliance lead opens
// it: the clerks' and the queue's screens start without them.
const BrokerDashboard = lazy(() => import('./broker-dashboard').then((m) => ({ default: m.BrokerDashboard })));

/**
 * Post-entry: the queue of what needs action, one entry's detail, the broker dashboard. Which one
 * shows lives in the address (#/post-entry, #/post-entry/entries/<entry>, #/post-entry/brokers).
 */
export function PostEntryScreen({ view, username }: { view: PostEntryView; username: string }) {
  const [, navigate] = useLocation();
  const alerts = usePostEntryAlerts(username);
  const queue = useQueue(alerts);
  return (
    <section className="screen post-entry" aria-labelledby="post-entry-title">
      <div className="screen__head">
        <h1 id="post-entry-title">Post-entry</h1>
        <nav aria-label="Post-entry views" className="pe-views">
          <Link href={paths.postEntry()} aria-current={view.view === 'queue' ? 'page' : undefined}>
            Queue ({queue.items.length})
          </Link>
          <Link href={paths.postEntryBrokers()} aria-current={view.view === 'brokers' ? 'page' : undefined}>
            Brokers
          </Link>
        </nav>
      </div>
      {view.view === 'queue' && (
        <QueueView
          items={queue.items}
          loading={queue.loading}
          error={queue.error}
          alertDays={alerts.alertDays}
          onOpen={(e) => navigate(paths.postEntryEntry(e))}
        />
      )}
      {view.view === 'entry' && <EntryDetail key={view.entryNumber} entryNumber={view.entryNumber} onSeen={alerts.markSeen} />}
      {view.view === 'brokers' && (
        <Suspense fallback={<p className="muted">Loading the broker dashboard…</p>}>
          <BrokerDashboard />
        </Suspense>
      )}
    </section>
  );
}
