import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchingRunStatus } from '../../../src-shared/domain/exports';
import type { MatchingPolicyInput } from '../../../src-shared/schemas/export-inputs';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient } from '../../app/client-context';
import { unwrap } from '../../app/desk-error';
import { deskQueryKey, useDeskMutation } from '../../app/desk-query';
import { mergeRun } from '../../app/matching-run-merge';

export interface MatchingRun {
  status: MatchingRunStatus | null;
  error: AppErrorShape | null;
  pending: boolean;
  start(policy: MatchingPolicyInput, shipmentReferences?: string[]): void;
  cancel(): void;
}

const CURRENT = deskQueryKey('matching:current', {});

/**
 * The matching run this screen shows: one it started, or any run main reports (a run a confirmed
 * shipment started). Progress comes from matching:run-changed into the cached matching:current
 * (event-invalidation.ts); answers are merged the same way, so an older answer never undoes an event.
 */
export function useMatchingRun(): MatchingRun {
  const client = useDeskClient();
  const queryClient = useQueryClient();
  const merge = (next: MatchingRunStatus) => queryClient.setQueryData<MatchingRunStatus | null>(CURRENT, (held) => mergeRun(held, next));
  // A run may be going on already (started by a confirmed shipment, or at another desk): show it.
  const current = useQuery({
    queryKey: CURRENT,
    queryFn: async () => {
      const fetched = unwrap(await client.invoke('matching:current', {}));
      const held = queryClient.getQueryData<MatchingRunStatus | null>(CURRENT) ?? null;
      return fetched ? mergeRun(held, fetched) : held;
    },
  });
  const starting = useDeskMutation('matching:start', { onSuccess: merge });
  const cancelling = useDeskMutation('matching:cancel', { onSuccess: merge });
  const status = current.data ?? null;

  return {
    status,
    error: starting.error ?? cancelling.error ?? null,
    pending: starting.isPending,
    start(policy, shipmentReferences) {
      cancelling.reset();
      starting.mutate({ policy, ...(shipmentReferences && shipmentReferences.length > 0 ? { shipmentReferences } : {}) });
    },
    cancel() {
      if (!status) return;
      starting.reset();
      cancelling.mutate({ runId: status.runId });
    },
  };
}
