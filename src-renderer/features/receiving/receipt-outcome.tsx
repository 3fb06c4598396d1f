import type { ReceiptResult } from '../../../src-shared/domain/ledger';
import { formatQuantity } from '../../ui/format';

/** What the last receipt did, in the words a clerk would use to tell the next shift. */
export function ReceiptOutcome({ result, uom }: { result: ReceiptResult; uom: string }) {
  const { movement, lot, bucket, exceptions, duplicate } = result;
  const where = movement.to?.location ?? '';
  return (
    <section className={`panel outcome ${exceptions.length > 0 ? 'outcome--review' : 'outcome--ok'}`} role="status" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{duplicate ? 'Already received — nothing new was recorded' : 'Received'}</h2>
      <p className="outcome__line">
        <strong>
          {formatQuantity(movement.quantity)} {uom}
        </strong>{' '}
        of {lot.sku}, lot <strong>{lot.lotCode}</strong>, under entry {lot.entryNumber} line {lot.lineNumber}, into <strong>{where}</strong>.
      </p>
      <p className={`bucket bucket--${bucket}`}>{bucket === 'preserved' ? 'Preserved for drawback (held as proof; not free to use).' : 'Available for ordinary use (not preserved for drawback).'}</p>
      {movement.approver && (
        <p>
          Approved by {movement.approver}: {movement.reason}
        </p>
      )}
      {exceptions.length > 0 && (
        <div className="outcome__exceptions">
          <h3>Flagged for review</h3>
          <ul>
            {exceptions.map((x) => (
              <li key={x.id}>
                <span className="tag">{x.kind === 'hts-mismatch' ? 'HTS mismatch' : 'Over entry quantity'}</span> {x.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
