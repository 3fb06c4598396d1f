import { contract, isChannel, type Channel, type ChannelOutput } from '../../src-shared/contract';
import { AppError, type Result } from '../../src-shared/errors';
import { roleAllows } from '../../src-shared/roles';
import type { Sessions } from '../auth/sessions';
import type { Actor } from '../service-context';
import type { HandlerMap } from './handlers';

/**
 * The one entrance every front door uses: refuses unknown channels, resolves the session, checks the
 * role, validates the input against the contract, runs the handler, and turns any failure into
 * `{ok:false,error}` so nothing throws across the boundary.
 */
export type Dispatch = <C extends Channel>(channel: C | string, input: unknown, auth: { token?: string; actor?: Actor }) => Result<ChannelOutput<C>>;

export function createDispatcher(handlers: HandlerMap, sessions: Sessions, log: (message: string, error: unknown) => void): Dispatch {
  return (channel, input, auth) => {
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
      return { ok: true, value: value as ChannelOutput<typeof channel> };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      log(`internal error on ${String(channel)}`, error);
      return { ok: false, error: { code: 'INTERNAL', message: `something went wrong on ${String(channel)}: ${error instanceof Error ? error.message : String(error)}` } };
    }
  };
}
