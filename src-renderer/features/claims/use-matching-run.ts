import { useCallback, useEffect, useState } from 'react';
import type { MatchingRunStatus } from '../../../src-shared/domain/exports';
import type { MatchingPolicyInput } from '../../../src-shared/schemas/export-inputs';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useDeskClient, useDeskEvent } from '../../app/client-context';

export const RUN_ENDED: readonly MatchingRunStatus['state'][] = ['done', 'cancelled', 'failed'];
export const hasEnded = (s: MatchingRunStatus) => RUN_ENDED.includes(s.state);

/**
 * Events and answers can cross (the start's answer may arrive after the first progress event, a
 * cancel's after the end): for one run, an end is final and progress only moves forward.
 */
export function mergeRun(prev: MatchingRunStatus | null, next: MatchingRunStatus): MatchingRunStatus {
  if (!prev || prev.runId !== next.runId) return next;
  if (hasEnded(prev)) return prev;
  if (!hasEnded(next) && next.state === prev.state && next.done < prev.done) return prev;
  return next;
}

export interface MatchingRun {
  status: MatchingRunStatus | null;
  error: AppErrorShape | null;
  pending: boolean;
  start(policy: MatchingPolicyInput, shipmentReferences?: string[]): Promise<void>;
  cancel(): Promise<void>;
}

/**
 * The matching run this screen shows: one it started, or any run main reports (a run a confirmed
 * shipment started). Progress comes from matching:run-changed.
 */
export function useMatchingRun(): MatchingRun {
  const client = useDeskClient();
  const [status, setStatus] = useState<MatchingRunStatus | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [pending, setPending] = useState(false);
  useDeskEvent('matching:run-changed', (next) => setStatus((prev) => mergeRun(prev, next)));
  // A run may be going on already (started by a confirmed shipment, or at another desk): show it.
  useEffect(() => {
    let gone = false;
    void client.invoke('matching:current', {}).then((r) => {
      if (!gone && r.ok && r.value) setStatus((prev) => prev ?? r.value);
    });
    return () => {
      gone = true;
    };
  }, [client]);

  const start = useCallback(
    async (policy: MatchingPolicyInput, shipmentReferences?: string[]) => {
      setPending(true);
      setError(null);
      const result = await client.invoke('matching:start', { policy, ...(shipmentReferences && shipmentReferences.length > 0 ? { shipmentReferences } : {}) });
      setPending(false);
      if (result.ok) setStatus((prev) => mergeRun(prev, result.value));
      else setError(result.error);
    },
    [client],
  );

  const cancel = useCallback(async () => {
    if (!status) return;
    setError(null);
    const result = await client.invoke('matching:cancel', { runId: status.runId });
    if (result.ok) setStatus((prev) => mergeRun(prev, result.value));
    else setError(result.error);
  }, [client, status]);

  return { status, error, pending, start, cancel };
}
