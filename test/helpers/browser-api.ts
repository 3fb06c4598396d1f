import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppErrorShape, Result } from '../../src-shared/errors';
import { startBrowserServer, type BrowserServer } from '../../src-main/doors/http/browser-server';
import type { TestDesk } from './test-desk';

/**
 * The desk's browser-mode API over real HTTP on 127.0.0.1, as an attacker at the desk would drive it:
 * the per-run token (printed for whoever started the desk) and a session from auth:sign-in.
 */
export interface BrowserApi {
  server: BrowserServer;
  invoke<T = unknown>(channel: string, input: unknown, session?: string): Promise<Result<T>>;
  /** signs in and returns the session token; throws with the desk's message when refused */
  signIn(username: string, password: string): Promise<string>;
  /** invokes and expects a refusal */
  refused(channel: string, input: unknown, session?: string): Promise<AppErrorShape>;
  close(): Promise<void>;
}

export async function startBrowserApi(t: TestDesk): Promise<BrowserApi> {
  const renderer = join(t.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>test screens</title>');
  const server = await startBrowserServer(t.desk, { rendererDir: renderer, port: 0 });
  const invoke = async <T>(channel: string, input: unknown, session?: string): Promise<Result<T>> => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': server.token, ...(session ? { authorization: `Bearer ${session}` } : {}) },
      body: JSON.stringify({ channel, input }),
    });
    if (res.status !== 200) throw new Error(`${channel}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as Result<T>;
  };
  return {
    server,
    invoke,
    async signIn(username, password) {
      const r = await invoke<{ token: string }>('auth:sign-in', { username, password });
      if (!r.ok) throw new Error(`sign-in as ${username} refused: ${r.error.code} ${r.error.message}`);
      return r.value.token;
    },
    async refused(channel, input, session) {
      const r = await invoke(channel, input, session);
      if (r.ok) throw new Error(`${channel} was expected to be refused but succeeded: ${JSON.stringify(r.value)}`);
      return r.error;
    },
    close: () => server.close(),
  };
}
