import { contract, isChannel, type AsyncChannel, type ChannelOutput, type SyncChannel } from '../../src-shared/contract';
import type { z } from 'zod';
import { AppError, type AppErrorShape, type FieldIssue, type Result } from '../../src-shared/errors';
import { roleAllows } from '../../src-shared/roles';
import { onDeskDay } from '../../src-shared/schemas/desk-day';
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

/** Keys that would name a device, file or host: what a person is told when a request carries one. */
const DEVICE_KEYS = new Set(['printer', 'format', 'dpi', 'reader', 'address', 'host', 'port', 'path', 'file']);

/**
 * The request's problems in words, each naming its field. A key the channel does not take is named
 * as what it is ("unknown field __proto__"), never coerced to text.
 */
export function requestIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code !== 'unrecognized_keys') {
      issues.push({ field: path || '(request)', message: issue.message });
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

/** `today` names the desk's day for the date fields' plausibility rules (the desk clock's UTC date). */
export function createDispatcher(handlers: HandlerMap, sessions: Sessions, log: (message: string, error: unknown) => void, today: () => string = () => new Date().toISOString().slice(0, 10)): Dispatch {
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
      const parsed = onDeskDay(today, () => spec.input.safeParse(input ?? {}));
      if (!parsed.success) {
        const issues = requestIssues(parsed.error);
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
