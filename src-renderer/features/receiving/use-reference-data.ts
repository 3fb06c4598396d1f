import type { Item, Location } from '../../../src-shared/domain/ledger';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskQuery } from '../../app/desk-query';

export interface ReferenceData {
  locations: Location[];
  items: Item[];
  error: AppErrorShape | null;
}

/** Bins and the item master for the receiving screen. */
export function useReferenceData(): ReferenceData {
  const locations = useDeskQuery('locations:list', {});
  const items = useDeskQuery('items:list', {});
  return { locations: locations.data ?? [], items: items.data ?? [], error: locations.error ?? items.error ?? null };
}
