import { useState } from 'react';
import { ALLOCATION_ORDERS, type AllocationOrder, type MatchingRunStatus } from '../../../src-shared/domain/exports';
import { formatQuantity } from '../../ui/format';
import { Problem } from '../../ui/problem';
import { useKpis } from './use-kpis';
import { hasEnded } from '../../app/matching-run-merge';
import { useMatchingRun } from './use-matching-run';

// oldest-import and highest-duty are not accounting methods: they only order substitutes (19 CFR 191.14(c))
const ORDER_LABELS: Record<AllocationOrder, string> = {
  fifo: 'FIFO',
  lifo: 'LIFO',
  'oldest-import': 'oldest import first (substitutes only)',
  'highest-duty': 'highest duty first (substitutes only)',
};

function progressText(s: MatchingRunStatus): string {
  if (s.state === 'running')
    return s.total === 0 ? 'Starting the matching run…' : `Matching: ${formatQuantity(s.done)} of ${formatQuantity(s.total)} export lines…`;
  if (s.state === 'applying') return `Writing the allocations of ${formatQuantity(s.total)} export lines…`;
  if (s.state === 'cancelled') return `Matching cancelled: ${s.message?.replace(/^cancelled:\s*/, '') ?? 'nothing was written'}.`;
  // done or failed: main's sentence, as given ("nothing new to match: all 2 export lines were already matched")
  return s.message ?? s.state;
}

/** The bar shows work done; a run that had nothing to do has no bar, and one that left lines open is not green. */
function barClass(s: MatchingRunStatus): string | null {
  if (s.state === 'done' && s.total === 0) return null;
  const open = s.state === 'done' && s.summary !== null && s.summary.linesUnmatched + s.summary.linesPartial > 0;
  return `progress progress--${open ? 'open' : s.state}`;
}

/** "EXP-1, EXP-2 EXP-3" → the references (main upper-cases and checks them). */
const references = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** Run matching on demand, watch it, cancel it; what it did, and the desk's matching numbers. */
export function MatchingPanel() {
  const run = useMatchingRun();
  const [order, setOrder] = useState<AllocationOrder>('fifo');
  const [substitution, setSubstitution] = useState(false);
  const [shipments, setShipments] = useState('');
  const s = run.status;
  const active = s !== null && !hasEnded(s);
  const kpis = useKpis();
  const percent = s && s.total > 0 ? Math.round((s.done / s.total) * 100) : 0;

  return (
    <section className="panel matching" aria-labelledby="matching-title">
      <div className="matching__bar">
        <h2 id="matching-title">Matching</h2>
        <label className="inline-field">
          Order{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as AllocationOrder)} disabled={active}>
            {ALLOCATION_ORDERS.map((o) => (
              <option key={o} value={o}>
                {ORDER_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <input type="checkbox" checked={substitution} onChange={(e) => setSubstitution(e.target.checked)} disabled={active} /> substitution
        </label>
        <label className="inline-field">
          Shipments{' '}
          <input
            value={shipments}
            onChange={(e) => setShipments(e.target.value)}
            disabled={active}
            placeholder="all"
            autoComplete="off"
            spellCheck={false}
            size={18}
          />
        </label>
        <button
          type="button"
          className="button button--primary"
          disabled={active || run.pending}
          onClick={() => run.start({ order, substitution }, references(shipments))}
        >
          {active ? 'Matching…' : 'Run matching'}
        </button>
        {active && (
          <button type="button" className="button" disabled={s.state === 'applying'} onClick={() => run.cancel()}>
            Cancel matching
          </button>
        )}
      </div>
      {s && barClass(s) && (
        <div
          className={barClass(s)!}
          role="progressbar"
          aria-label="Matching progress"
          aria-valuemin={0}
          aria-valuemax={s.total || 100}
          aria-valuenow={s.total ? s.done : 0}
          aria-valuetext={s.total ? `${formatQuantity(s.done)} of ${formatQuantity(s.total)} export lines (${percent}%)` : 'starting'}
        >
          <span style={{ width: `${s.state === 'done' ? 100 : percent}%` }} />
        </div>
      )}
      <p className={`matching__outcome ${s?.state === 'failed' ? 'text-warning' : ''}`} role="status" aria-live="polite">
        {s ? progressText(s) : ''}
      </p>
      {s?.state === 'done' && s.summary && s.summary.unmatched.length > 0 && (
        <details className="matching__open">
          <summary>Why {formatQuantity(s.summary.linesUnmatched + s.summary.linesPartial)} export lines stayed open</summary>
          <ul>
            {s.summary.unmatched.slice(0, 10).map((u) => (
              <li key={`${u.shipmentReference}:${u.lineNumber}`}>
                {u.shipmentReference} line {u.lineNumber}: {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {run.error && <Problem title={active ? 'Not cancelled' : 'Matching did not start'} error={run.error} />}
      {kpis && (
        <p className="muted matching__kpis">
          {formatQuantity(kpis.exportLines)} export lines: {formatQuantity(kpis.matchedAutomatically)} matched automatically ({kpis.automaticMatchShare}),{' '}
          {formatQuantity(kpis.matchedManually)} by hand, {formatQuantity(kpis.partiallyMatched)} in part, {formatQuantity(kpis.unmatched)} unmatched
        </p>
      )}
    </section>
  );
}
