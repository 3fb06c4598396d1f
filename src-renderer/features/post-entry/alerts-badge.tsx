import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { formatCount } from '../../ui/format';
import { DEADLINE_KINDS } from './queue-items';
import { usePostEntryAlerts } from './use-post-entry-alerts';
import './post-entry.css';

/**
 * The shell's alert badge: how many deadlines are within the alert days plus critical status
 * messages not seen yet, and the list of them (each a link to its entry). Current without a reload:
 * main's post-entry:alert event refreshes the queries it counts from.
 */
export function AlertsBadge({ username }: { username: string }) {
  const alerts = usePostEntryAlerts(username);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent | MouseEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !panel.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, [open]);
  const label = `Post-entry alerts: ${alerts.count}`;
  return (
    <span className="pe-alerts">
      <button
        type="button"
        className="button pe-alerts__button"
        aria-expanded={open}
        aria-controls="pe-alerts-list"
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        Alerts{' '}
        <span className={alerts.count > 0 ? 'pe-badge pe-badge--on' : 'pe-badge'} data-testid="alert-count">
          {alerts.count}
        </span>
      </button>
      <div ref={panel} id="pe-alerts-list" className="pe-alerts__panel" hidden={!open} role="region" aria-label="Post-entry alerts">
        <p className="muted">
          {formatCount(alerts.deadlines.length, 'deadline')} within {alerts.alertDays ?? '…'} days, {formatCount(alerts.unread.length, 'critical message')} not
          seen.{' '}
          <Link href={paths.postEntry()} onClick={() => setOpen(false)}>
            Open the queue
          </Link>
        </p>
        <ul>
          {alerts.unread.map((m) => (
            <li key={`m${m.id}`} className="pe-alerts__critical">
              {m.entryNumber ? (
                <Link href={paths.postEntryEntry(m.entryNumber)} onClick={() => setOpen(false)}>
                  {m.entryNumber}
                </Link>
              ) : (
                `bill ${m.billOfLading ?? 'unknown'}`
              )}{' '}
              {m.meaning ?? 'a code the code list lacks'} (code {m.code}){m.postedAt ? `, ${m.postedAt.slice(0, 10)}` : ''}
            </li>
          ))}
          {alerts.deadlines.map((d) => (
            <li key={`d${d.entry}${d.kind}`}>
              <Link href={paths.postEntryEntry(d.entry)} onClick={() => setOpen(false)}>
                {d.entry}
              </Link>{' '}
              {DEADLINE_KINDS[d.kind]} {d.actBy} ({d.daysLeft === 0 ? 'today' : formatCount(d.daysLeft, 'day')} left)
            </li>
          ))}
        </ul>
      </div>
    </span>
  );
}
