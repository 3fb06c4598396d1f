import { useQueryClient } from '@tanstack/react-query';
import type { ClaimView } from '../../../src-shared/domain/claims';
import type { AppErrorShape } from '../../../src-shared/errors';
import { deskQueryKey, useDeskQuery } from '../../app/desk-query';

export interface LoadedClaim {
  claim: ClaimView | null;
  /** the claim could not be loaded, or (with the claim still shown) not refreshed */
  error: AppErrorShape | null;
  /** take main's answer to an action (it returns the claim as it now is) */
  replace(detail: ClaimView): void;
  /** ask main again now (after a tick or a resolve, without waiting for the event) */
  reload(): void;
}

/** One claim with its history and exceptions; claims:changed refreshes it (event-invalidation.ts). */
export function useClaim(claimNumber: string): LoadedClaim {
  const queryClient = useQueryClient();
  const query = useDeskQuery('claims:get', { claimNumber });
  return {
    claim: query.data ?? null,
    error: query.error,
    replace: (detail) => queryClient.setQueryData(deskQueryKey('claims:get', { claimNumber }), detail),
    reload: () => void query.refetch(),
  };
}
