import { listOpenExceptions } from '../../ledger/repos/exceptions-repo';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { createReceipt } from './receiving-service';

/** Receipts, and the review exceptions receiving raises (over-receipts, lines captured at the dock). */
export function receivingHandlers(ctx: ServiceContext): Handlers<ChannelsOf<'receiving'> | 'exceptions:list'> {
  return {
    'receiving:create-receipt': (input, call) => createReceipt(ctx, call.actor, input, call.verified.user),
    'exceptions:list': () => listOpenExceptions(ctx.db),
  };
}
