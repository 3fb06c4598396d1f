import type { ClaimSummary } from '../../../src-shared/domain/claims';
import { PROVISION_LABELS } from '../../../src-shared/domain/claims';
import { formatDollars, formatQuantity } from '../../ui/format';
import { formatPeriod, provisionCode, STATE_LABELS } from './claim-format';

interface ClaimsListProps {
  claims: ClaimSummary[];
  selected: string | null;
  onOpen(claimNumber: string): void;
}

/** Every claim, newest first; the number opens it for review. */
export function ClaimsList({ claims, selected, onOpen }: ClaimsListProps) {
  return (
    <div className="table-scroll claims-list">
      <table className="claims-table" aria-label="Claims">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">State</th>
            <th scope="col">Provision</th>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col" className="num">
              Total refund
            </th>
            <th scope="col" className="num">
              Open exceptions
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.number} aria-current={c.number === selected ? 'true' : undefined} className={c.number === selected ? 'is-selected' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(c.number)}>
                  {c.number}
                </button>
              </th>
              <td>
                <span className={`state state--${c.state}`}>{STATE_LABELS[c.state]}</span>
              </td>
              <td title={PROVISION_LABELS[c.provision]}>{provisionCode(c.provision)}</td>
              <td title={`exports dated ${c.periodStart} to ${c.periodEnd}`}>{formatPeriod(c.periodStart, c.periodEnd)}</td>
              <td className="num">{formatQuantity(c.lines)}</td>
              <td className="num">{formatDollars(c.totalRefund)}</td>
              <td className="num">{c.openExceptions > 0 ? <span className="tag">{formatQuantity(c.openExceptions)}</span> : '0'}</td>
            </tr>
          ))}
          {claims.length === 0 && (
            <tr>
              <td colSpan={7} className="empty">
                No claims yet: run matching, then draft one.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
