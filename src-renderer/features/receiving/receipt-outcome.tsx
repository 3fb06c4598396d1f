import type { ReceiptResult } from '../../../src-shared/domain/ledger';
import type { PalletProgress } from '../../../src-shared/domain/pallets';
import { formatAmountOf, formatTime } from '../../ui/format';

interface ReceiptOutcomeProps {
  result: ReceiptResult;
  uom: string;
  /** the pallet's label and tag as main now says they are (null: no pallet) */
  label: PalletProgress | null;
}

/**
 * What the last receipt did, in the words a clerk would use to tell the next shift. A label that did
 * not print is said here too, next to "Received", and the card is not green: the receipt is in the
 * ledger but the pallet has no label yet.
 */
export function ReceiptOutcome({ result, uom, label }: ReceiptOutcomeProps) {
  const { movement, lot, bucket, exceptions, duplicate } = result;
  const where = movement.to?.location ?? '';
  const labelFailed = label?.steps.label === 'failed';
  const tagFailed = label?.steps.tag === 'failed';
  const tone = labelFailed || tagFailed ? 'outcome--problem' : exceptions.length > 0 ? 'outcome--review' : 'outcome--ok';
  return (
    <section className={`panel outcome ${tone}`} role="status" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{duplicate ? 'Already received — nothing new was recorded' : 'Received'}</h2>
      <p className="outcome__line">
        <strong>{formatAmountOf(movement.quantity, uom)}</strong> of {lot.sku}, lot <strong>{lot.lotCode}</strong>, under entry {lot.entryNumber} line{' '}
        {lot.lineNumber}, into <strong>{where}</strong> at {formatTime(movement.occurredAt)}.
      </p>
      {labelFailed && (
        <p className="outcome__failed">
          <strong>Label failed:</strong> the pallet has no label. {label.labelError ? `${label.labelError}. ` : ''}Check the printer, then use “Print label
          again” (pallet panel) with a reason.
        </p>
      )}
      {tagFailed && (
        <p className="outcome__failed">
          <strong>RFID tag failed:</strong> {label.tagError ? `${label.tagError}. ` : ''}Use “Write tag again” (pallet panel).
        </p>
      )}
      <p className={`bucket bucket--${bucket}`}>
        {bucket === 'preserved' ? 'Preserved for drawback (held as proof; not free to use).' : 'Available for ordinary use (not preserved for drawback).'}
      </p>
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
