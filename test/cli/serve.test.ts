import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../helpers/cli';

const built = existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'));
const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads the child's stdout until `done` says it has what it needs. */
function readUntil(child: ReturnType<typeof spawn>, done: (text: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`serve printed only: ${text}`)), 20_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      if (done(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${text}`)));
  });
}

describe.skipIf(!built)('drawback-desk serve (needs the built screens in out/renderer)', () => {
  it('prints a 127.0.0.1 URL with its token and a one-time first admin that can sign in; stops on SIGTERM', async () => {
    const db = join(dir, 'served.db');
    const child = spawn(CLI, ['serve', '--db', db, '--port', '0'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const out = await readUntil(child, (text) => text.includes('press Ctrl+C'));
      const url = /open (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(out);
      const admin = /first sign-in: (\S+) \/ (\S+)/.exec(out);
      expect(url, out).not.toBeNull();
      expect(admin, out).not.toBeNull();
      const [, , port, token] = url!;
      const invoke = (channel: string, input: unknown, session?: string) =>
        fetch(`http://127.0.0.1:${port}/api/invoke`, {
          method: 'POST',
          headers: { 'x-desk-token': token!, ...(session ? { authorization: `Bearer ${session}` } : {}) },
          body: JSON.stringify({ channel, input }),
        }).then((r) => r.json() as Promise<{ ok: boolean; value?: { token?: string; user?: { role: string } } }>);
      const signIn = await invoke('auth:sign-in', { username: admin![1], password: admin![2] });
      expect(signIn).toMatchObject({ ok: true, value: { user: { role: 'admin' } } });
      expect(await invoke('audit:verify', {}, signIn.value!.token)).toMatchObject({ ok: true, value: { ok: true } });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
