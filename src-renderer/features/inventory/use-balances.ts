import { keepPreviousData } from '@tanstack/react-query';
import type { BalanceRow } from '../../../src-shared/domain/ledger';
import type { AppErrorShape } from '../../../src-shared/errors';
import type { BalanceFilter } from '../../../src-shared/schemas/ledger-inputs';
import { useDeskQuery } from '../../app/desk-query';
import { useDebounced } from '../../app/use-debounced';

export const BALANCE_LIMIT = 1000;

export interface Balances {
  rows: BalanceRow[];
  loading: boolean;
  error: AppErrorShape | null;
  /** when main last answered, for the "updated" line */
  updatedAt: Date | null;
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** Balances for the filter (asked once typing pauses), refreshed whenever main says balances changed. */
export function useBalances(filter: Omit<BalanceFilter, 'limit'>): Balances {
  const [asked, settled] = useDebounced(
    { entryNumber: trimmed(filter.entryNumber), sku: trimmed(filter.sku), lotCode: trimmed(filter.lotCode), locationCode: trimmed(filter.locationCode) },
    150,
  );
  const query = useDeskQuery('inventory:balances', { ...asked, limit: BALANCE_LIMIT }, { placeholderData: keepPreviousData });
  return {
    rows: query.data ?? [],
    error: query.error,
    updatedAt: query.dataUpdatedAt ? new Date(query.dataUpdatedAt) : null,
    loading: !settled || query.isPending || query.isPlaceholderData,
  };
}
