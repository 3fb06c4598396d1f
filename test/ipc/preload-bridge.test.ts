import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_NAMES, contract } from '../../src-shared/contract';

/**
 * The sandboxed preload as Electron loads it: bundled the way electron.vite.config.ts bundles it (one
 * CommonJS file, electron left to require), then run with a stand-in for electron's contextBridge and
 * ipcRenderer (the Electron binary cannot be installed here). It must stay small (no zod, no schemas)
 * and still let through exactly the contract's channels and events.
 */
async function bundlePreload(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      rollupOptions: {
        input: resolve(import.meta.dirname, '../../src-main/doors/electron/preload.ts'),
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  })) as Rolldown.RolldownOutput;
  return out.output[0].code;
}

interface Bridge {
  invoke(channel: string, input: unknown, session: string | undefined): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

function load(code: string) {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const subscribed: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: null })),
      on: (event: string) => subscribed.push(event),
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  runInNewContext(code, { require: (id: string) => (id === 'electron' ? electron : undefined), module, exports: module.exports });
  return { bridge: exposed['drawbackDesk'] as Bridge, invoked, subscribed };
}

describe('the preload bridge', () => {
  it('is a few kB: it carries the names, not zod and the schemas', async () => {
    const code = await bundlePreload();
    expect(code.length).toBeLessThan(8_000);
    expect(code).not.toContain('node_modules/zod');
    expect(code).not.toContain('src-shared/schemas');
  }, 30_000);

  it('passes every contract channel and event to main and refuses a name the contract does not have', async () => {
    const { bridge, invoked, subscribed } = load(await bundlePreload());
    expect(CHANNELS.slice().sort()).toEqual(Object.keys(contract).sort());
    for (const channel of CHANNELS) await bridge.invoke(channel, {}, 'token');
    expect(invoked.map(([, request]) => (request as { channel: string }).channel)).toEqual([...CHANNELS]);
    expect(invoked.every(([door]) => door === 'desk:invoke')).toBe(true);

    const refused = await bridge.invoke('shell:open-external', {}, 'token');
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(invoked).toHaveLength(CHANNELS.length);

    for (const event of EVENT_NAMES) bridge.on(event, () => undefined);
    bridge.on('desk:invoke', () => undefined);
    expect(subscribed).toEqual([...EVENT_NAMES]);
  }, 30_000);
});
