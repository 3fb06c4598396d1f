import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// The names only: contract.ts would bundle zod and every schema into the sandboxed preload.
import { CHANNELS, EVENT_NAMES } from '../../../src-shared/channel-names';

/**
 * The only bridge between the sandboxed screens and main: `invoke` for the contract's channels and
 * `on` for its events. Nothing else of Electron or Node reaches the renderer.
 */
const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENT_NAMES);

contextBridge.exposeInMainWorld('drawbackDesk', {
  invoke(channel: string, input: unknown, session: string | undefined) {
    if (!channels.has(channel)) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `there is no channel "${channel}"` } });
    return ipcRenderer.invoke('desk:invoke', { channel, input, session });
  },
  on(event: string, listener: (payload: unknown) => void) {
    if (!events.has(event)) return () => undefined;
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
});
