import type { Channel, ChannelOutput, ChannelParsed } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { verifyAudit } from '../audit/verify-audit';
import { listUsers, toUserSummary, findUser } from '../auth/users-repo';
import { addUser, authenticate } from '../auth/users-service';
import type { Sessions } from '../auth/sessions';
import { addEntry, addItem, addLocation } from '../catalog/catalog-service';
import { queryBalances, releasePreserved } from '../inventory/inventory-service';
import { adjustStock, moveStock, preserveStock, reverseMovement } from '../inventory/movement-service';
import { getEntry, listEntries } from '../ledger/entries-repo';
import { listOpenExceptions } from '../ledger/exceptions-repo';
import { listItems } from '../ledger/items-repo';
import { listLocations } from '../ledger/locations-repo';
import { createReceipt } from '../receiving/receiving-service';
import type { Actor, ServiceContext } from '../service-context';

export interface CallContext {
  /** undefined only for public channels (sign-in) */
  actor: Actor | undefined;
  token: string | undefined;
}

type Handler<C extends Channel> = (input: ChannelParsed<C>, call: CallContext) => ChannelOutput<C>;
export type HandlerMap = { [C in Channel]: Handler<C> };

function signedIn(call: CallContext): Actor {
  if (!call.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return call.actor;
}

/** One handler per channel; the map's type makes a missing or mistyped channel a compile error. */
export function buildHandlers(ctx: ServiceContext, sessions: Sessions): HandlerMap {
  const { db } = ctx;
  return {
    'auth:sign-in': (input) => {
      const { summary, ...actor } = authenticate(ctx, input.username, input.password);
      return { token: sessions.open(actor), user: summary };
    },
    'auth:sign-out': (_input, call) => (sessions.close(call.token), null),
    'auth:whoami': (_input, call) => toUserSummary(findUser(db, signedIn(call).username)!),
    'users:add': (input, call) => addUser(ctx, signedIn(call), input),
    'users:list': () => listUsers(db),
    'items:list': (input) => listItems(db, input.query),
    'items:add': (input, call) => addItem(ctx, signedIn(call), input),
    'entries:get': (input) => {
      const entry = getEntry(db, input.entryNumber);
      if (!entry) throw new AppError('NOT_FOUND', `entry ${input.entryNumber} is not in the ledger`, [{ field: 'entryNumber', message: 'not found' }]);
      return entry;
    },
    'entries:add': (input, call) => addEntry(ctx, signedIn(call), input),
    'entries:list': (input) => listEntries(db, input.query),
    'locations:list': () => listLocations(db),
    'locations:add': (input, call) => addLocation(ctx, signedIn(call), input),
    'receiving:create-receipt': (input, call) => createReceipt(ctx, signedIn(call), input),
    'inventory:balances': (input) => queryBalances(db, input),
    'inventory:move': (input, call) => moveStock(ctx, signedIn(call), input),
    'inventory:preserve': (input, call) => preserveStock(ctx, signedIn(call), input),
    'inventory:adjust': (input, call) => adjustStock(ctx, signedIn(call), input),
    'inventory:reverse-movement': (input, call) => reverseMovement(ctx, signedIn(call), input),
    'inventory:release-preserved': (input, call) => releasePreserved(ctx, signedIn(call), input),
    'exceptions:list': () => listOpenExceptions(db),
    'audit:verify': () => verifyAudit(db),
  };
}
