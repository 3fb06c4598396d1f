import { contract, isChannel, type AsyncChannel, type ChannelOutput, type SyncChannel } from '../../src-shared/contract';
import { AppError, type AppErrorShape, type Result } from '../../src-shared/errors';
import { roleAllows } from '../../src-shared/roles';
import type { Sessions } from '../auth/sessions';
import type { Actor } from '../service-context';
import type { HandlerMap } from './handlers';

/**
 * The one entrance every front door uses: refuses unknown channels, resolves the session, checks the
 * role, validates the input against the contract, runs the handler, and turns any failure into
 * `{ok:false,error}` so nothing throws across the boundary. An async channel (contract: asyncChannel)
 * answers with a promise of the same Result; every other channel answers at once.
 */
export interface Dispatch {
  <C extends SyncChannel>(channel: C, input: unknown, auth: DispatchAuth): Result<ChannelOutput<C>>;
  <C extends AsyncChannel>(channel: C, input: unknown, auth: DispatchAuth): Promise<Result<ChannelOutput<C>>>;
  /** a channel named by the wire (HTTP, Electron IPC): its answer may come at once or later; await it */
  (channel: string, input: unknown, auth: DispatchAuth): Result<unknown> | Promise<Result<unknown>>;
}
export type DispatchAuth = { token?: string; actor?: Actor };

export function createDispatcher(handlers: HandlerMap, sessions: Sessions, log: (message: string, error: unknown) => void): Dispatch {
  const failure = (channel: unknown, error: unknown): { ok: false; error: AppErrorShape } => {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    log(`internal error on ${String(channel)}`, error);
    return { ok: false, error: { code: 'INTERNAL', message: `something went wrong on ${String(channel)}: ${error instanceof Error ? error.message : String(error)}` } };
  };
  const dispatch = (channel: unknown, input: unknown, auth: DispatchAuth): Result<unknown> | Promise<Result<unknown>> => {
    try {
      if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', `there is no channel "${String(channel)}"`);
      const spec = contract[channel];
      const actor = auth.actor ?? sessions.resolve(auth.token);
      if (spec.role !== 'public') {
        if (!actor) throw new AppError('UNAUTHENTICATED', 'your session has ended; sign in again');
        if (!roleAllows(actor.role, spec.role)) {
          throw new AppError('FORBIDDEN', `${channel} needs the ${spec.role} role; you are signed in as ${actor.username} (${actor.role})`);
        }
      }
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(request)', message: i.message }));
        throw new AppError('VALIDATION', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
      }
      const handler = handlers[channel] as (input: unknown, call: { actor: Actor | undefined; token: string | undefined }) => unknown;
      const value = handler(parsed.data, { actor, token: auth.token });
      // an async channel's handler does its ledger reads now and answers later (a PDF rendering)
      if ('async' in spec) return (value as Promise<unknown>).then((v) => ({ ok: true, value: v }) as const, (error: unknown) => failure(channel, error));
      return { ok: true, value };
    } catch (error) {
      // refused before its handler ran: an async channel still answers with a promise, as its type says
      const refused = failure(channel, error);
      return isChannel(channel) && 'async' in contract[channel] ? Promise.resolve(refused) : refused;
    }
  };
  return dispatch as Dispatch;
}
