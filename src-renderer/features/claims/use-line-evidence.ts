import type { ClaimLineEvidence } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskQuery } from '../../app/desk-query';

export interface LineEvidence {
  evidence: ClaimLineEvidence | null;
  error: AppErrorShape | null;
  loading: boolean;
  reload(): void;
}

/** Everything behind one claim line; claims:changed (a document added, an exception resolved) refreshes it. */
export function useLineEvidence(claimNumber: string, lineNo: number): LineEvidence {
  const query = useDeskQuery('claims:line-evidence', { claimNumber, lineNo });
  return { evidence: query.data ?? null, error: query.isPending ? null : query.error, loading: query.isPending, reload: () => void query.refetch() };
}
