import type { ClaimSummary } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskQuery } from '../../app/desk-query';

export interface ClaimList {
  claims: ClaimSummary[];
  loading: boolean;
  error: AppErrorShape | null;
}

/** Every claim (newest first), refreshed whenever main says claims changed. */
export function useClaims(): ClaimList {
  const query = useDeskQuery('claims:list', {});
  return { claims: query.data ?? [], loading: query.isPending, error: query.error };
}
