import { useEffect, useState } from 'react';
import type { ClaimSummary } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';
import { useClaimsVersion } from './use-claims-version';

export interface ClaimList {
  claims: ClaimSummary[];
  loading: boolean;
  error: AppErrorShape | null;
}

/** Every claim (newest first), reloaded whenever main says claims changed. */
export function useClaims(): ClaimList {
  const client = useDeskClient();
  const version = useClaimsVersion();
  const [state, setState] = useState<ClaimList & { version: number }>({ claims: [], loading: true, error: null, version: -1 });
  useEffect(() => {
    let cancelled = false;
    void client.invoke('claims:list', {}).then((result) => {
      if (cancelled) return;
      setState((prev) => (result.ok ? { claims: result.value, loading: false, error: null, version } : { ...prev, loading: false, error: result.error, version }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, version]);
  return { claims: state.claims, error: state.error, loading: state.loading || state.version !== version };
}
