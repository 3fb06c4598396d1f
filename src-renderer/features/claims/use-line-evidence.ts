import { useCallback, useEffect, useState } from 'react';
import type { ClaimLineEvidence } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';

export interface LineEvidence {
  evidence: ClaimLineEvidence | null;
  error: AppErrorShape | null;
  loading: boolean;
  reload(): void;
}

/** Everything behind one claim line; reloaded when claims change (a document added, an exception resolved). */
export function useLineEvidence(claimNumber: string, lineNo: number, version: number): LineEvidence {
  const client = useDeskClient();
  const [asked, setAsked] = useState(0);
  const key = `${claimNumber}|${lineNo}`;
  const [state, setState] = useState<{ key: string; evidence: ClaimLineEvidence | null; error: AppErrorShape | null }>({ key: '', evidence: null, error: null });
  useEffect(() => {
    let cancelled = false;
    void client.invoke('claims:line-evidence', { claimNumber, lineNo }).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { key, evidence: result.value, error: null } : { key, evidence: null, error: result.error });
    });
    return () => {
      cancelled = true;
    };
  }, [client, claimNumber, lineNo, key, version, asked]);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  const current = state.key === key;
  return { evidence: current ? state.evidence : null, error: current ? state.error : null, loading: !current, reload };
}
