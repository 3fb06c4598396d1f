import { useCallback, useEffect, useState } from 'react';
import type { BalanceRow } from '../../../src-shared/domain/ledger';
import type { AppErrorShape } from '../../../src-shared/errors';
import type { BalanceFilter } from '../../../src-shared/schemas/ledger-inputs';
import { useDeskClient, useDeskEvent } from '../../app/client-context';

export const BALANCE_LIMIT = 1000;

export interface Balances {
  rows: BalanceRow[];
  loading: boolean;
  error: AppErrorShape | null;
  /** when main last answered, for the "updated" line */
  updatedAt: Date | null;
}

/** Balances for the filter (debounced while typing), reloaded whenever main says balances changed. */
export function useBalances(filter: Omit<BalanceFilter, 'limit'>): Balances {
  const client = useDeskClient();
  const [state, setState] = useState<Balances & { key: string }>({ rows: [], loading: true, error: null, updatedAt: null, key: '' });
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useDeskEvent('ledger:balances-changed', bump);
  const { entryNumber, sku, lotCode, locationCode } = filter;
  const key = JSON.stringify([entryNumber, sku, lotCode, locationCode]);

  useEffect(() => {
    let cancelled = false;
    const query = JSON.parse(key) as (string | undefined)[];
    const [e, s, l, loc] = query.map((v) => (v?.trim() ? v.trim() : undefined));
    const timer = setTimeout(async () => {
      const result = await client.invoke('inventory:balances', { entryNumber: e, sku: s, lotCode: l, locationCode: loc, limit: BALANCE_LIMIT });
      if (cancelled) return;
      setState((prev) =>
        result.ok
          ? { rows: result.value, loading: false, error: null, updatedAt: new Date(), key }
          : { ...prev, loading: false, error: result.error, key },
      );
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, key, version]);

  return { rows: state.rows, error: state.error, updatedAt: state.updatedAt, loading: state.loading || state.key !== key };
}
