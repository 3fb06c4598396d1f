import type { EventName, EventPayloads } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';

/**
 * How the screens reach main. Two implementations share this shape: the Electron preload bridge and
 * browser mode's HTTP + server-sent events. The typed client (desk-client.ts) sits on top of either.
 */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke(channel: string, input: unknown, session: string | undefined): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** A transport failure (network down, bad desk token) said the way main says its own errors. */
export function transportFailure(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}
