import type { ReactNode } from 'react';
import { formatDollars, formatDutyPerUnit, formatHts, formatQuantity, formatWhen } from '../../ui/format';
import { AddDocumentForm } from './add-document-form';
import { BASIS_LABELS, DOCUMENT_LABELS, KIND_LABELS } from './claim-format';
import { Problem } from '../../ui/problem';
import { useLineEvidence } from './use-line-evidence';

function Facts({ label, rows }: { label: string; rows: [string, ReactNode][] }) {
  return (
    <dl className="facts" aria-label={label}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The proof behind one claim line, from the dock to the border: receipts, lot, entry line, export, documents, allocation. */
export function EvidencePanel({ claimNumber, lineNo, onClose }: { claimNumber: string; lineNo: number; onClose(): void }) {
  const { evidence: ev, error, loading, reload } = useLineEvidence(claimNumber, lineNo);
  return (
    <section className="panel evidence" aria-labelledby="evidence-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="evidence__head">
        <h3 id="evidence-title">Evidence for line {lineNo}</h3>
        <button type="button" className="button button--small" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      {loading && <p className="muted">Loading the evidence…</p>}
      {error && <Problem title="The evidence could not be loaded" error={error} />}
      {ev && (
        <>
          <h4>Export shipment</h4>
          <Facts
            label="Export shipment"
            rows={[
              ['Reference', `${ev.shipment.reference} line ${ev.line.exportLineNumber}`],
              ['Exported', ev.shipment.exportDate],
              ['Destination', ev.shipment.destinationCountry],
              ['Exporter', ev.shipment.exporter],
              ['Declaration', ev.shipment.declarationReference ?? '—'],
              ['Carrier', ev.shipment.carrier ?? '—'],
              ['Proof of export', ev.shipment.hasProofOfExport ? <strong className="yes">yes</strong> : <strong className="no">no</strong>],
            ]}
          />
          <h4>Documents</h4>
          {ev.documents.length === 0 ? (
            <p className="muted">No documents.</p>
          ) : (
            <ul className="documents" aria-label="Documents">
              {ev.documents.map((d) => (
                <li key={d.id}>
                  {DOCUMENT_LABELS[d.kind]} <strong>{d.reference}</strong>
                  {d.documentDate ? ` of ${d.documentDate}` : ''} <span className="muted">(added by {d.addedBy})</span>
                </li>
              ))}
            </ul>
          )}
          <AddDocumentForm key={ev.shipment.reference} shipmentReference={ev.shipment.reference} exportDate={ev.shipment.exportDate} onAdded={reload} />
          <h4>Entry line</h4>
          <Facts
            label="Entry line"
            rows={[
              ['Entry', `${ev.entry.entryNumber} line ${ev.entry.lineNumber}`],
              ['Imported', `${ev.entry.importDate} (entered ${ev.entry.entryDate})`],
              ['HTS', formatHts(ev.entry.hts)],
              ['Line', `${formatQuantity(ev.entry.lineQuantity)} ${ev.entry.uom}, duty ${formatDollars(ev.entry.lineDuty)}`],
              ['Duty / unit', formatDutyPerUnit(ev.line.dutyPerUnit)],
              ['Broker', ev.entry.broker || '—'],
              ...(ev.entry.reconciliationFlag ? ([['Reconciliation', <strong className="no">flagged</strong>]] as [string, ReactNode][]) : []),
            ]}
          />
          <h4>Paid on the entry line</h4>
          <Facts
            label="Paid on the entry line"
            rows={ev.entry.charges.map((c): [string, ReactNode] => [
              c.label,
              <>
                {formatDollars(c.amount)} {c.refundable ? <strong className="yes">refunded</strong> : <strong className="no">not refunded</strong>}{' '}
                <span className="muted">({c.because})</span>
              </>,
            ])}
          />
          <h4>Lot</h4>
          <Facts
            label="Lot"
            rows={[
              ['Lot', `${ev.lot.lotCode} of ${ev.lot.sku}`],
              ['Item', ev.lot.description],
              ['Origin', ev.lot.countryOfOrigin],
            ]}
          />
          <h4>Receipts of the lot</h4>
          <ul className="receipts" aria-label="Receipts of the lot">
            {ev.receipts.map((r) => (
              <li key={r.movementId}>
                {formatQuantity(r.quantity)} on {formatWhen(r.receivedAt)} into {r.location} by {r.user}
                {r.reference ? ` (${r.reference})` : ''}
              </li>
            ))}
          </ul>
          <h4>Allocation</h4>
          <Facts
            label="Allocation"
            rows={[
              ['Basis', BASIS_LABELS[ev.allocation.basis]],
              ['By', `${ev.allocation.user} on ${formatWhen(ev.allocation.createdAt)}`],
              ['Approver', ev.allocation.approver ?? '—'],
              ...(ev.allocation.reason ? ([['Reason', ev.allocation.reason]] as [string, ReactNode][]) : []),
              ...(ev.allocation.released ? ([['Released', <strong className="no">yes: exclude the line</strong>]] as [string, ReactNode][]) : []),
            ]}
          />
          <h4>Claimed</h4>
          <Facts
            label="Claimed"
            rows={[
              ['Quantity', `${formatQuantity(ev.line.quantity)} ${ev.line.uom}`],
              ['Duty paid', formatDollars(ev.line.dutyPaid)],
              ['Refund', formatDollars(ev.line.refund)],
              // the other types a claim line can refund, shown when it refunds them
              ...(
                [
                  ['Excise tax refund', ev.line.taxRefund],
                  ['MPF refund', ev.line.mpfRefund],
                  ['HMF refund', ev.line.hmfRefund],
                ] as const
              )
                .filter(([, amount]) => !/^0\.0+$/.test(amount))
                .map(([name, amount]): [string, ReactNode] => [name, formatDollars(amount)]),
              ['Status', ev.line.excluded ? 'excluded' : 'claimed'],
            ]}
          />
          <h4>Exceptions on this line</h4>
          {ev.exceptions.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul aria-label="Exceptions on this line">
              {ev.exceptions.map((x) => (
                <li key={x.id}>
                  <strong>{KIND_LABELS[x.kind]}</strong> ({x.state}): {x.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
