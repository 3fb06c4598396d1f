import { useCallback, useEffect, useRef, useState } from 'react';
import type { BalanceRow } from '../../../src-shared/domain/ledger';
import { useMayDo } from '../../app/use-may-do';
import { formatQuantity, formatTime } from '../../ui/format';
import { Problem } from '../../ui/problem';
import { BalanceFilters, NO_FILTER, type BalanceFilterValues } from './balance-filters';
import { BalancesTable } from './balances-table';
import { ReleaseDialog } from './release-dialog';
import { BALANCE_LIMIT, useBalances } from './use-balances';
import './inventory.css';

/** Stock by lot and location, split into available, preserved for drawback, and picked. */
export function InventoryScreen() {
  const [filter, setFilter] = useState<BalanceFilterValues>(NO_FILTER);
  const { rows, loading, error, updatedAt } = useBalances(filter);
  const [releasing, setReleasing] = useState<BalanceRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const firstFilter = useRef<HTMLInputElement>(null);
  const onRelease = useCallback((row: BalanceRow) => (setNotice(null), setReleasing(row)), []);
  // Releasing needs a supervisor other than the one asking (four eyes): it is offered to supervisors and admins.
  const mayRelease = useMayDo('inventory:release-preserved', { fourEyes: true });

  useEffect(() => firstFilter.current?.focus(), []);

  return (
    <section className="screen inventory" aria-labelledby="inventory-title">
      <div className="screen__head">
        <h1 id="inventory-title">Inventory</h1>
        <p className="muted" role="status" aria-live="polite">
          {loading ? 'Loading balances…' : updatedAt ? `Updated ${formatTime(updatedAt)} · refreshes on every receipt` : ''}
        </p>
      </div>
      <BalanceFilters value={filter} onChange={setFilter} firstRef={firstFilter} />
      {error && <Problem title="Balances could not be loaded" error={error} level={2} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {rows.length >= BALANCE_LIMIT && <p className="notice">Showing the first {formatQuantity(BALANCE_LIMIT)} rows; narrow the filters to see the rest.</p>}
      {!mayRelease && (
        <p id="release-needs-supervisor" className="muted">
          Releasing stock from drawback is a supervisor&apos;s decision: ask a supervisor to release it from their desk.
        </p>
      )}
      <BalancesTable rows={rows} onRelease={mayRelease ? onRelease : null} releaseNote="release-needs-supervisor" />
      {releasing && (
        <ReleaseDialog
          row={releasing}
          onClose={() => setReleasing(null)}
          onDone={(m) => {
            setReleasing(null);
            setNotice(
              `Released ${formatQuantity(m.quantity)} of lot ${m.lotCode} at ${m.to?.location ?? releasing.locationCode} from drawback: now available.`,
            );
          }}
        />
      )}
    </section>
  );
}
