import { useEffect, useState } from 'react';
import type { Kpis } from '../../../src-shared/domain/claims';
import { useDeskClient } from '../../app/client-context';

/** The desk's matching numbers; `version` goes up when a matching run ends. */
export function useKpis(version: string): Kpis | null {
  const client = useDeskClient();
  const [kpis, setKpis] = useState<Kpis | null>(null);
  useEffect(() => {
    let cancelled = false;
    void client.invoke('claims:kpis', {}).then((result) => {
      if (!cancelled && result.ok) setKpis(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [client, version]);
  return kpis;
}
