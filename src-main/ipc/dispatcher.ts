import { contract, isChannel, type Channel, type ChannelOutput } from '../../src-shared/contract';
import { AppError, type AppErrorShape, type Result } from '../../src-shared/errors';
import { roleAllows } from '../../src-shared/roles';
import type { CredentialCheck, Verified } from '../auth/credential-check';
import { busyError } from '../db/busy-error';
import type { Sessions } from '../auth/sessions';
import type { Actor } from '../service-context';
import type { HandlerMap } from './handlers';
import { credentialClaim } from './request-credentials';

/** Who is asking, and through which front door ("browser 127.0.0.1", "app", "cli"): passwords are throttled per door. */
export interface DoorAuth {
  token?: string;
  actor?: Actor;
  door?: string;
}

/**
 * The one entrance every front door uses: refuses unknown channels, resolves the session, checks the
 * role, validates the input against the contract, checks any password the request carries (through
 * the sign-in throttle), runs the handler, and turns any failure into `{ok:false,error}` so nothing
 * throws across the boundary.
 *
 * Two forms of the same pipeline: `invoke` (the front doors) hashes passwords on libuv's thread pool
 * so the event loop stays free while scrypt works; `dispatch` does everything on this thread, for
 * in-process callers (seeding, first admin, tests) that want the result at once.
 */
export type Dispatch = <C extends Channel>(channel: C | string, input: unknown, auth: DoorAuth) => Result<ChannelOutput<C>>;
export type Invoke = <C extends Channel>(channel: C | string, input: unknown, auth: DoorAuth) => Promise<Result<ChannelOutput<C>>>;

interface Admitted {
  channel: Channel;
  actor: Actor | undefined;
  parsed: unknown;
  token: string | undefined;
}

export function createDispatcher(handlers: HandlerMap, sessions: Sessions, credentials: CredentialCheck, log: (message: string, error: unknown) => void): { dispatch: Dispatch; invoke: Invoke } {
  function admit(channel: string, input: unknown, auth: DoorAuth): Admitted {
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
    return { channel, actor, parsed: parsed.data, token: auth.token };
  }

  function run<C extends Channel>(a: Admitted, verified: Verified): Result<ChannelOutput<C>> {
    const handler = handlers[a.channel] as (input: unknown, call: { actor: Actor | undefined; token: string | undefined; verified: Verified }) => unknown;
    return { ok: true, value: handler(a.parsed, { actor: a.actor, token: a.token, verified }) as ChannelOutput<C> };
  }

  function failure(channel: string, error: unknown): { ok: false; error: AppErrorShape } {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    const busy = busyError(error);
    if (busy) return { ok: false, error: busy.toShape() };
    log(`internal error on ${String(channel)}`, error);
    return { ok: false, error: { code: 'INTERNAL', message: `something went wrong on ${String(channel)}: ${error instanceof Error ? error.message : String(error)}` } };
  }

  const doorOf = (auth: DoorAuth) => auth.door ?? 'in-process';

  return {
    dispatch(channel, input, auth) {
      try {
        const a = admit(channel, input, auth);
        const claim = credentialClaim(a.channel, a.parsed);
        return run(a, claim ? credentials.checkSync(claim, doorOf(auth), a.actor) : {});
      } catch (error) {
        return failure(channel, error);
      }
    },
    async invoke(channel, input, auth) {
      try {
        const a = admit(channel, input, auth);
        const claim = credentialClaim(a.channel, a.parsed);
        return run(a, claim ? await credentials.check(claim, doorOf(auth), a.actor) : {});
      } catch (error) {
        return failure(channel, error);
      }
    },
  };
}
