import type { RecentLabelState, RecentReceipt } from '../../../src-shared/domain/recent-receipts';
import { useDeskQuery } from '../../app/desk-query';
import { formatAmountOf, formatRecent } from '../../ui/format';

const LABEL_WORDS: Record<Exclude<RecentLabelState, 'none'>, string> = {
  printing: 'label printing…',
  printed: 'label printed',
  unconfirmed: 'label sent, not confirmed',
  failed: 'label failed',
};

function LabelState({ receipt }: { receipt: RecentReceipt }) {
  const { state, error } = receipt.label;
  if (state === 'none') return <span className="tag tag--muted">no label</span>;
  return (
    <>
      <span className={`tag recent__label recent__label--${state}`}>{LABEL_WORDS[state]}</span>
      {state === 'failed' && (
        <span className="recent__todo"> — the pallet has no label{error ? ` (${error})` : ''}: check the printer, then print it again with a reason.</span>
      )}
    </>
  );
}

/**
 * The clerk's last receipts, newest first, loaded from main (receiving:recent), so what the last
 * pallets did is still there after a reload or a restart; refreshed on every receipt and label change.
 */
export function RecentReceipts() {
  const query = useDeskQuery('receiving:recent', {});
  const receipts = query.data ?? [];
  return (
    <section className="panel recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Your last receipts</h2>
      {query.error && <p className="field-error">Could not load them: {query.error.message}</p>}
      {query.isSuccess && receipts.length === 0 && <p className="muted">None yet: each pallet you receive is listed here.</p>}
      <ol className="recent__list" aria-label="Your last receipts">
        {receipts.map((r) => (
          <li key={r.movementId} className={`recent__item ${r.label.state === 'failed' ? 'recent__item--failed' : ''}`}>
            <div className="recent__what">
              <span className="tag tag--ok">received</span> <strong>{formatAmountOf(r.quantity, r.uom)}</strong> lot <strong>{r.lotCode}</strong> · {r.sku}
            </div>
            <div className="recent__where muted">
              <time dateTime={r.receivedAt}>{formatRecent(r.receivedAt)}</time> · entry {r.entryNumber} line {r.lineNumber} → {r.location}
              {r.bucket === 'preserved' ? ' (preserved)' : ''}
              {r.approver ? ` · approved by ${r.approver}` : ''}
              {r.flagged > 0 ? ` · ${r.flagged === 1 ? 'flagged for review' : `${r.flagged} flags for review`}` : ''}
            </div>
            <div className="recent__label-line">
              <LabelState receipt={r} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
