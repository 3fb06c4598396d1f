import type { TimelineEvent } from '../../../src-shared/domain/post-entry';

const KIND_NAMES: Record<TimelineEvent['kind'], string> = {
  'pre-entry': 'Pre-entry sent',
  summary: 'Filed',
  correction: 'Corrected',
  status: 'Customs status',
  statement: 'Statement',
  liquidation: 'Liquidation',
  extension: 'Extension',
  suspension: 'Suspension',
  settlement: 'Settled',
};

/** One entry's life in time order; critical status messages stand out. */
export function EntryTimeline({ events, label = 'Message timeline' }: { events: TimelineEvent[]; label?: string }) {
  if (events.length === 0) return <p className="muted">Nothing yet.</p>;
  return (
    <ol className="pe-timeline" aria-label={label}>
      {events.map((e, i) => (
        <li key={`${e.at}-${i}`} className={e.critical ? 'pe-timeline__event pe-timeline__event--critical' : 'pe-timeline__event'}>
          <time dateTime={e.at}>{e.at.replace('T', ' ')}</time>
          <span className="pe-timeline__kind">{KIND_NAMES[e.kind]}</span>
          <strong>{e.title}</strong>
          {e.critical && <span className="tag pe-tag--critical">needs action</span>}
          <span className="pe-timeline__detail">{e.detail}</span>
        </li>
      ))}
    </ol>
  );
}
