import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Builds the screens, creates a demo ledger without receipts (users, bins, items, entries) and starts
 * browser mode on it with the real CLI. Tests read the URL from DESK_URL; teardown stops the server.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the screens failed');
  const dir = mkdtempSync(join(tmpdir(), 'drawback-e2e-'));
  const db = join(dir, 'ledger.db');
  const demo = spawnSync('./bin/drawback-desk.mjs', ['demo', '--db', db, '--no-receipts'], { encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`demo ledger: ${demo.stderr}`);

  const server = spawn('./bin/drawback-desk.mjs', ['serve', '--db', db, '--port', '0', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };
  process.env.DESK_URL = url;
  process.env.DESK_DB = db;
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  };
}
