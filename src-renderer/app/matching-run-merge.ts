import type { MatchingRunStatus } from '../../src-shared/domain/exports';

export const RUN_ENDED: readonly MatchingRunStatus['state'][] = ['done', 'cancelled', 'failed'];
export const hasEnded = (s: MatchingRunStatus) => RUN_ENDED.includes(s.state);

/**
 * Events and answers can cross (the start's answer may arrive after the first progress event, a
 * cancel's after the end): for one run, an end is final and progress only moves forward.
 */
export function mergeRun(prev: MatchingRunStatus | null | undefined, next: MatchingRunStatus): MatchingRunStatus {
  if (!prev || prev.runId !== next.runId) return next;
  if (hasEnded(prev)) return prev;
  if (!hasEnded(next) && next.state === prev.state && next.done < prev.done) return prev;
  return next;
}
