import type { EventName, EventPayloads } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';
import { transportFailure, type Transport } from './transport';

/** What src-main/doors/electron/preload.ts exposes on window (contextIsolation keeps everything else out). */
export interface DrawbackDeskBridge {
  invoke(channel: string, input: unknown, session: string | undefined): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    drawbackDesk?: DrawbackDeskBridge;
  }
}

export function createElectronTransport(bridge: DrawbackDeskBridge): Transport {
  return {
    kind: 'electron',
    async invoke(channel, input, session) {
      try {
        return await bridge.invoke(channel, input, session);
      } catch (error) {
        return transportFailure(`the desk did not answer ${channel}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      return bridge.on(event, (payload) => listener(payload as EventPayloads[E]));
    },
  };
}
