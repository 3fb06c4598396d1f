import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { queryBalances, releasePreserved } from './inventory-service';
import { adjustStock, moveStock, preserveStock, reverseMovement } from './movement-service';

/** Stock per lot and bin, and the movements that change it. */
export function inventoryHandlers(ctx: ServiceContext): Handlers<ChannelsOf<'inventory'>> {
  return {
    'inventory:balances': (input) => queryBalances(ctx.db, input),
    'inventory:move': (input, call) => moveStock(ctx, call.actor, input),
    'inventory:preserve': (input, call) => preserveStock(ctx, call.actor, input),
    'inventory:adjust': (input, call) => adjustStock(ctx, call.actor, input, call.verified.user),
    'inventory:reverse-movement': (input, call) => reverseMovement(ctx, call.actor, input, call.verified.user),
    'inventory:release-preserved': (input, call) => releasePreserved(ctx, call.actor, input, call.verified.user),
  };
}
