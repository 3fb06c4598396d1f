import { useEffect, useState } from 'react';
import type { Item, Location } from '../../../src-shared/domain/ledger';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';

export interface ReferenceData {
  locations: Location[];
  items: Item[];
  error: AppErrorShape | null;
}

/** Bins and the item master, loaded once when the receiving screen opens. */
export function useReferenceData(): ReferenceData {
  const client = useDeskClient();
  const [data, setData] = useState<ReferenceData>({ locations: [], items: [], error: null });
  useEffect(() => {
    let cancelled = false;
    void Promise.all([client.invoke('locations:list', {}), client.invoke('items:list', {})]).then(([locations, items]) => {
      if (cancelled) return;
      setData({
        locations: locations.ok ? locations.value : [],
        items: items.ok ? items.value : [],
        error: !locations.ok ? locations.error : !items.ok ? items.error : null,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [client]);
  return data;
}
