import { listAllocations } from '../../ledger/repos/allocations-repo';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { allocateManually, releaseAllocation } from './allocation-service';
import type { MatchingRunner } from './matching-runner';

/** Matching runs (in worker threads) and the allocations they and people make. */
export function matchingHandlers(ctx: ServiceContext, matching: MatchingRunner): Handlers<ChannelsOf<'matching'>> {
  return {
    'matching:start': (input, call) => matching.start(call.actor, { ...input, trigger: 'on demand' }),
    'matching:current': () => matching.current(),
    'matching:status': (input) => matching.status(input.runId),
    'matching:cancel': (input) => matching.cancel(input.runId),
    'matching:allocate': (input, call) => allocateManually(ctx, call.actor, input, call.verified.user),
    'matching:release': (input, call) => releaseAllocation(ctx, call.actor, input, call.verified.user),
    'matching:allocations': (input) => listAllocations(ctx.db, input),
  };
}
