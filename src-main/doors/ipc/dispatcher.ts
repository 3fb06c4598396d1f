import { contract, isChannel, type AsyncChannel, type Channel, type ChannelOutput, type SyncChannel } from '../../../src-shared/contract';
import type { z } from 'zod';
import { AppError, type AppErrorShape, type FieldIssue, type Result } from '../../../src-shared/errors';
import { roleAllows } from '../../../src-shared/roles';
import { issueInWords } from '../../../src-shared/issue-words';
import { onDeskDay } from '../../../src-shared/schemas/desk-day';
import type { CredentialCheck, Verified } from '../../services/auth/credential-check';
import { busyError } from '../../ledger/db/busy-error';
import type { Sessions } from '../../services/auth/sessions';
import type { Actor } from '../../services/service-context';
import type { CallContext, CallFor, HandlerMap } from '../../services/handler-types';
import { credentialClaim } from './request-credentials';

/** Who is asking, and through which front door ("browser 127.0.0.1", "app", "cli"): passwords are throttled per door. */
export interface DoorAuth {
  token?: string;
  actor?: Actor;
  door?: string;
  /** an in-process caller's progress listener (the CLI's import), handed to the handler as `call.onProgress` */
  onProgress?: CallContext['onProgress'];
}
export type DispatchAuth = DoorAuth;

/**
 * The one entrance every front door uses: refuses unknown channels, resolves the session, checks the
 * role, validates the input against the contract (on the desk's day, for the dates' plausibility
 * rules), checks any password the request carries (through the sign-in throttle), runs the handler,
 * and turns any failure into `{ok:false,error}` so nothing throws across the boundary.
 *
 * Two forms of the same pipeline: `invoke` (the front doors) hashes passwords on libuv's thread pool
 * so the event loop stays free while scrypt works, and always answers with a promise; `dispatch` does
 * everything on this thread, for in-process callers (seeding, first admin, tests) that want the result
 * at once. An async channel (contract: asyncChannel, e.g. a claim package's PDF) answers `dispatch`
 * with a promise of the same Result too.
 */
export interface Dispatch {
  <C extends SyncChannel>(channel: C, input: unknown, auth: DoorAuth): Result<ChannelOutput<C>>;
  <C extends AsyncChannel>(channel: C, input: unknown, auth: DoorAuth): Promise<Result<ChannelOutput<C>>>;
  /** a channel named by the wire: its answer may come at once or later; await it */
  (channel: string, input: unknown, auth: DoorAuth): Result<unknown> | Promise<Result<unknown>>;
}
export type Invoke = <C extends Channel>(channel: C | string, input: unknown, auth: DoorAuth) => Promise<Result<ChannelOutput<C>>>;

/** A request let in: every channel but a public one (sign-in) has the actor its role check found. */
interface Admitted {
  channel: Channel;
  call: Omit<CallFor<Channel>, 'verified'>;
  parsed: unknown;
}

/** Keys that would name a device, file or host: what a person is told when a request carries one. */
const DEVICE_KEYS = new Set(['printer', 'format', 'dpi', 'reader', 'address', 'host', 'port', 'path', 'file']);

/**
 * The request's problems in words (src-shared/issue-words.ts), each keyed by its field's path for the
 * screen to put it beside its input. A key the channel does not take is named as what it is
 * ("unknown field __proto__"), never coerced to text.
 */
export function requestIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code !== 'unrecognized_keys') {
      issues.push({ field: path || '(request)', message: issueInWords(issue) });
      continue;
    }
    for (const key of issue.keys) {
      const field = path ? `${path}.${key}` : key;
      const message = DEVICE_KEYS.has(key)
        ? `unknown field ${key}: a request cannot name a device, file or host; labels go to the printer a supervisor set in Settings (labels.printer) and tags to the reader set there (rfid.reader)`
        : `unknown field ${key}: this request does not take it; remove it`;
      issues.push({ field, message });
    }
  }
  return issues;
}

/**
 * `system` is the built-in actor the desk's own command line acts as: the only one let into a
 * channel of the contract's `system` role. `today` names the desk's day for the date fields'
 * plausibility rules (the desk clock's UTC date).
 */
export function createDispatcher(
  handlers: HandlerMap,
  sessions: Sessions,
  credentials: CredentialCheck,
  system: Actor,
  log: (message: string, error: unknown) => void,
  today: () => string = () => new Date().toISOString().slice(0, 10),
): { dispatch: Dispatch; invoke: Invoke } {
  function admit(channel: string, input: unknown, auth: DoorAuth): Admitted {
    if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', `there is no channel "${String(channel)}"`);
    const spec = contract[channel];
    const actor = auth.actor ?? sessions.resolve(auth.token);
    if (spec.role !== 'public') {
      if (!actor) throw new AppError('UNAUTHENTICATED', 'your session has ended; sign in again');
      if (spec.role === 'system') {
        // Only a caller holding the desk in its own process hands the system actor in (the CLI, run by
        // the OS user who owns the ledger file); it never signs in, so no session from a door is it.
        if (auth.actor?.userId !== system.userId) {
          throw new AppError(
            'FORBIDDEN',
            `${channel} is for the desk's own command line only (the system role): it reaches a file, printer or other device on the desk's machine, which nobody signed in at a window or browser may do; you are signed in as ${actor.username} (${actor.role})`,
          );
        }
      } else if (!roleAllows(actor.role, spec.role)) {
        throw new AppError('FORBIDDEN', `${channel} needs the ${spec.role} role; you are signed in as ${actor.username} (${actor.role})`);
      }
    }
    const parsed = onDeskDay(today, () => spec.input.safeParse(input ?? {}));
    if (!parsed.success) {
      const issues = requestIssues(parsed.error);
      // the messages name their fields in words; the paths stay in `issues` for the screens
      throw new AppError('VALIDATION', issues.map((i) => i.message).join('; '), issues);
    }
    return { channel, call: { actor, token: auth.token, onProgress: auth.onProgress }, parsed: parsed.data };
  }

  /** the handler's value: at once, or (an async channel) a promise of it */
  function run(a: Admitted, verified: Verified): unknown {
    const handler = handlers[a.channel] as (input: unknown, call: CallFor<Channel>) => unknown;
    return handler(a.parsed, { ...a.call, verified } as CallFor<Channel>);
  }

  function failure(channel: string, error: unknown): { ok: false; error: AppErrorShape } {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    const busy = busyError(error);
    if (busy) return { ok: false, error: busy.toShape() };
    log(`internal error on ${String(channel)}`, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `something went wrong on ${String(channel)}: ${error instanceof Error ? error.message : String(error)}` },
    };
  }

  const doorOf = (auth: DoorAuth) => auth.door ?? 'in-process';
  const isAsync = (channel: string) => isChannel(channel) && 'async' in contract[channel];

  const dispatch = (channel: string, input: unknown, auth: DoorAuth): Result<unknown> | Promise<Result<unknown>> => {
    try {
      const a = admit(channel, input, auth);
      const claim = credentialClaim(a.channel, a.parsed);
      const value = run(a, claim ? credentials.checkSync(claim, doorOf(auth), a.call.actor) : {});
      // an async channel's handler does its ledger reads now and answers later (a PDF rendering)
      if (isAsync(channel))
        return (value as Promise<unknown>).then(
          (v) => ({ ok: true, value: v }) as const,
          (error: unknown) => failure(channel, error),
        );
      return { ok: true, value };
    } catch (error) {
      // refused before its handler ran: an async channel still answers with a promise, as its type says
      const refused = failure(channel, error);
      return isAsync(channel) ? Promise.resolve(refused) : refused;
    }
  };

  const invoke = async (channel: string, input: unknown, auth: DoorAuth): Promise<Result<unknown>> => {
    try {
      const a = admit(channel, input, auth);
      const claim = credentialClaim(a.channel, a.parsed);
      const value: unknown = await run(a, claim ? await credentials.check(claim, doorOf(auth), a.call.actor) : {});
      return { ok: true, value };
    } catch (error) {
      return failure(channel, error);
    }
  };

  return { dispatch: dispatch as Dispatch, invoke: invoke as Invoke };
}
