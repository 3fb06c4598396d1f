import type { ChannelsOf, Handlers } from '../handler-types';
import type { PalletDevices } from '../pallets/pallet-service';
import type { ServiceContext } from '../service-context';
import { printLotLabel, writeLotLabelFile } from './lot-label';

/** The label queue as the screens see it, and the command line's label file and print (contract role `system`). */
export function printingHandlers(ctx: ServiceContext, devices: PalletDevices): Handlers<ChannelsOf<'printing' | 'labels'>> {
  return {
    'printing:jobs': () => devices.printQueue.recent(100),
    'labels:write-file': (input, call) => writeLotLabelFile(ctx, call.actor, input),
    'labels:print': (input, call) => printLotLabel(ctx, call.actor, devices, input),
  };
}
