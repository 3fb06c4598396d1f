import { useEffect } from 'react';
import { Link } from 'wouter';
import { asAppError } from '../../app/desk-error';
import { useDeskQuery } from '../../app/desk-query';
import { paths } from '../../app/routes';
import { Problem } from '../../ui/problem';
import { CorrectEntryForm } from './correct-entry-form';
import { DeadlineList } from './deadline-list';
import { EntryTimeline } from './entry-timeline';
import { FiledVsPreEntry } from './filed-vs-pre-entry';
import { LiquidationPanel } from './liquidation-panel';
import { VersionList } from './version-list';

const STATEMENT_KINDS = new Set(['statement', 'settlement', 'liquidation']);

/**
 * One entry's post-entry life: the filing beside the pre-entry data, the message timeline, statement
 * and payment, the liquidation with its purchase-order lines and any bill or refund to settle, deadlines
 * with their rules, versions, and the correction form. Opening it marks the
 * entry's critical status messages as seen.
 */
export function EntryDetail({ entryNumber, onSeen }: { entryNumber: string; onSeen(ids: readonly number[]): void }) {
  const versions = useDeskQuery('post-entry:versions', { entryNumber });
  const variances = useDeskQuery('post-entry:variances', { entryNumber });
  const timeline = useDeskQuery('post-entry:timeline', { entryNumber });
  const deadlines = useDeskQuery('post-entry:deadlines', { entryNumber });
  const statements = useDeskQuery('post-entry:statements', {});
  const critical = useDeskQuery('post-entry:messages', { entryNumber, criticalOnly: true, limit: 500 });
  useEffect(() => {
    if (critical.data) onSeen(critical.data.map((m) => m.id));
  }, [critical.data, onSeen]);

  const latest = versions.data?.reduce((a, b) => (b.version > a.version ? b : a));
  const events = timeline.data?.events ?? [];
  const money = events.filter((e) => STATEMENT_KINDS.has(e.kind));
  const payDeadlines = (deadlines.data?.deadlines ?? []).filter((d) => d.kind === 'daily-statement' || d.kind === 'monthly-statement');
  const differences = (statements.data?.differences ?? []).filter((d) => d.entryNumber === entryNumber);
  const t = timeline.data;
  return (
    <article className="pe-entry" aria-labelledby="pe-entry-title">
      <p>
        <Link href={paths.postEntry()}>← Back to the queue</Link>
      </p>
      <h2 id="pe-entry-title">Entry {entryNumber}</h2>
      {t && (
        <p className="muted">
          {[
            t.broker && `Broker ${t.broker}`,
            t.shipment && `shipment ${t.shipment}`,
            t.billOfLading && `bill of lading ${t.billOfLading}`,
            t.purchaseOrderLines.length > 0 && `purchase order lines ${t.purchaseOrderLines.map((p) => `${p.poNumber}/${p.poLine}`).join(', ')}`,
            latest && `port ${latest.portCode}, entered ${latest.entryDate}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {versions.error && <Problem title={`Entry ${entryNumber} could not be shown`} error={asAppError(versions.error)} />}
      {latest && <FiledVsPreEntry filing={latest} variances={variances.data?.variances ?? []} />}
      <div className="pe-columns">
        <section className="panel" aria-labelledby="pe-timeline-title">
          <h2 id="pe-timeline-title">Message timeline</h2>
          {timeline.error ? <Problem title="The timeline could not be loaded" error={asAppError(timeline.error)} /> : <EntryTimeline events={events} />}
        </section>
        <section className="panel" aria-labelledby="pe-money-title">
          <h2 id="pe-money-title">Statement and payment</h2>
          <EntryTimeline events={money} label="Statements, payments and liquidation" />
          {payDeadlines.map((d) => (
            <p key={d.kind}>
              Payment due {d.actBy}
              {d.done ? ` (${d.done})` : ''}. <span className="muted">{d.rule}</span>
            </p>
          ))}
          {differences.length > 0 && (
            <ul className="pe-differences" aria-label="Statement differences">
              {differences.map((d, i) => (
                <li key={i}>{d.message}</li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <LiquidationPanel entryNumber={entryNumber} poNumbers={[...new Set((t?.purchaseOrderLines ?? []).map((p) => p.poNumber))]} />
      <section className="panel" aria-labelledby="pe-deadlines-title">
        <h2 id="pe-deadlines-title">Deadlines</h2>
        {deadlines.error ? (
          <Problem title="The deadlines could not be computed" error={asAppError(deadlines.error)} />
        ) : (
          <DeadlineList deadlines={deadlines.data?.deadlines ?? []} label={`Deadlines of entry ${entryNumber}`} />
        )}
        {(deadlines.data?.notes ?? []).map((n, i) => (
          <p key={i} className="muted">
            {n.note}
          </p>
        ))}
      </section>
      <section className="panel" aria-labelledby="pe-versions-title">
        <h2 id="pe-versions-title">Versions</h2>
        <VersionList versions={versions.data ?? []} />
      </section>
      {latest && <CorrectEntryForm key={latest.entryNumber} filing={latest} />}
    </article>
  );
}
