import { useCallback, useEffect, useState } from 'react';
import type { ClaimView } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';

export interface LoadedClaim {
  claim: ClaimView | null;
  error: AppErrorShape | null;
  /** take main's answer to an action (it returns the claim as it now is) */
  replace(detail: ClaimView): void;
  /** ask main again now (after a tick or a resolve, without waiting for the event) */
  reload(): void;
}

/** One claim with its history and exceptions; `version` (from claims:changed) reloads it. */
export function useClaim(claimNumber: string, version: number): LoadedClaim {
  const client = useDeskClient();
  const [asked, setAsked] = useState(0);
  const [state, setState] = useState<{ claim: ClaimView | null; error: AppErrorShape | null }>({ claim: null, error: null });
  useEffect(() => {
    let cancelled = false;
    void client.invoke('claims:get', { claimNumber }).then((result) => {
      if (cancelled) return;
      setState((prev) => (result.ok ? { claim: result.value, error: null } : { ...prev, error: result.error }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, claimNumber, version, asked]);
  const replace = useCallback((claim: ClaimView) => setState({ claim, error: null }), []);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { claim: state.claim?.number === claimNumber ? state.claim : null, error: state.error, replace, reload };
}
