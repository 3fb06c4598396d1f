import { createElectronTransport } from './electron-transport';
import { createHttpTransport, takeDeskToken } from './http-transport';
import type { Transport } from './transport';

export type TransportChoice = { ok: true; transport: Transport } | { ok: false; message: string };

/** Chosen once at start-up: the Electron preload bridge when present, else browser mode over HTTP. */
export function selectTransport(): TransportChoice {
  if (window.drawbackDesk) return { ok: true, transport: createElectronTransport(window.drawbackDesk) };
  const token = takeDeskToken();
  if (!token) {
    return {
      ok: false,
      message: 'This page was opened without its desk token. Open the full address that "drawback-desk serve" printed (it ends in ?token=…).',
    };
  }
  return { ok: true, transport: createHttpTransport(token) };
}
