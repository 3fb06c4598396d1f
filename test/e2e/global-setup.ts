import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'drawback-desk.mjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the screens when out/renderer is missing or older than their sources, so `npx playwright test` is enough. */
function ensureScreensBuilt(): void {
  const built = join(root, 'out', 'renderer', 'index.html');
  const sources = Math.max(newestMtime(join(root, 'src-renderer')), newestMtime(join(root, 'src-shared')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`building the screens failed (electron-vite build exited ${result.status})`);
}

function run(args: string[]): void {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`drawback-desk ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts `serve --json` and reads its one JSON line: {url, port, token, db}. */
function serve(db: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--json', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('drawback-desk serve printed no URL within 30 s')), 30_000);
    child.once('exit', (code) => fail(new Error(`drawback-desk serve exited early (${code})`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const { url, token } = JSON.parse(line) as { url: string; token: string };
      ok({ child, url, token });
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureScreensBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-e2e-'));
  const db = join(dir, 'ledger.db');
  run(['demo', '--db', db, '--no-receipts']);
  const { child, url, token } = await serve(db);
  process.env.DESK_URL = url;
  process.env.DESK_TOKEN = token;
  return async () => {
    child.removeAllListeners('exit');
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
