import { listOpenExceptions } from '../../ledger/repos/exceptions-repo';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import type { PalletDevices } from '../pallets/pallet-service';
import { createReceipt } from './receiving-service';
import { recentReceipts } from './recent-receipts';

/** Receipts, and the review exceptions receiving raises (over-receipts, lines captured at the dock). */
export function receivingHandlers(ctx: ServiceContext, pallets: Pick<PalletDevices, 'inFlight'>): Handlers<ChannelsOf<'receiving'> | 'exceptions:list'> {
  return {
    'receiving:create-receipt': (input, call) => createReceipt(ctx, call.actor, input, call.verified.user),
    /** the person's last receipts with their labels' state: what the receiving screen shows beside the form */
    'receiving:recent': (input, call) => recentReceipts(ctx, call.actor, input.limit, pallets.inFlight()),
    'exceptions:list': () => listOpenExceptions(ctx.db),
  };
}
