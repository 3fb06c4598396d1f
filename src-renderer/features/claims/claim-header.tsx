import type { ClaimDetail } from '../../../src-shared/domain/claims';
import { PROVISION_LABELS } from '../../../src-shared/domain/claims';
import { formatDollars, formatQuantity, formatWhen } from '../../ui/format';
import { STATE_LABELS } from './claim-format';

/** The claim under review: what it claims, its totals, and how it got to its state. */
export function ClaimHeader({ claim }: { claim: ClaimDetail }) {
  return (
    <div className="claim-header">
      <div className="claim-header__title">
        <h2 id="claim-title" tabIndex={-1}>
          Claim {claim.number} <span className={`state state--${claim.state}`}>{STATE_LABELS[claim.state]}</span>
        </h2>
        <p className="muted">
          {PROVISION_LABELS[claim.provision]} · {claim.claimant} · exports {claim.periodStart} to {claim.periodEnd} · claim date {claim.claimDate} · drafted by{' '}
          {claim.createdBy}
          {claim.filedReference ? ` · CBP ${claim.filedReference}` : ''}
        </p>
      </div>
      <dl className="totals" aria-label="Claim totals">
        <div>
          <dt>Lines</dt>
          <dd>
            {formatQuantity(claim.lines)} <span className="muted">({formatQuantity(claim.quantity)} units)</span>
          </dd>
        </div>
        <div>
          <dt>Duty paid</dt>
          <dd>{formatDollars(claim.dutyPaid)}</dd>
        </div>
        <div>
          <dt>Refund (99%)</dt>
          <dd>{formatDollars(claim.dutyRefund)}</dd>
        </div>
        {claim.taxRefund !== '0.00' && (
          <div>
            <dt>Excise tax refund</dt>
            <dd>{formatDollars(claim.taxRefund)}</dd>
          </div>
        )}
        <div>
          <dt>MPF refund</dt>
          <dd>{formatDollars(claim.mpfRefund)}</dd>
        </div>
        {claim.hmfRefund !== '0.00' && (
          <div>
            <dt>HMF refund</dt>
            <dd>{formatDollars(claim.hmfRefund)}</dd>
          </div>
        )}
        <div className="totals__total">
          <dt>Total refund</dt>
          <dd>{formatDollars(claim.totalRefund)}</dd>
        </div>
        <div>
          <dt>Open exceptions</dt>
          <dd>{formatQuantity(claim.openExceptions)}</dd>
        </div>
      </dl>
      <details className="history">
        <summary>History ({formatQuantity(claim.history.length)})</summary>
        <ol aria-label="Claim history">
          {claim.history.map((h, i) => (
            <li key={`${h.at}:${i}`}>
              <strong>{STATE_LABELS[h.toState]}</strong> {formatWhen(h.at)} by {h.user}
              {h.approver && h.approver !== h.user ? `, approved by ${h.approver}` : ''}
              {h.reason ? `: ${h.reason}` : ''}
              {h.reference ? ` (${h.reference})` : ''}
              {h.amount ? ` ${formatDollars(h.amount)}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
