import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { startDeskDevices, type DeskDevices } from './fixtures/desk-devices';

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

/** Runs a node command in the background and resolves with its stdout, or fails with its stderr. */
function runAsync(args: string[], what: string): Promise<string> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((ok, fail) => child.once('close', (code) => (code === 0 ? ok(out) : fail(new Error(`${what} failed (exit ${code}):\n${out}\n${err}`)))));
}

/**
 * The claims specs' ledger: the demo WITH receipts (the seed scenario: 400 T-shirts exported in Nov
 * 2023 without a bill of lading, matched automatically), then a 100,000-line claim and unmatched
 * export lines added by fixtures/build-big-claim.ts through the real services.
 */
async function buildClaimsLedger(db: string): Promise<{ claimNumber: string; seconds: number }> {
  await runAsync([cli, 'demo', '--db', db], `drawback-desk demo --db ${db}`);
  const out = await runAsync(['--import', 'tsx', join(root, 'test', 'e2e', 'fixtures', 'build-big-claim.ts'), '--db', db], 'the big-claim fixture');
  const built = JSON.parse(out.trim().split('\n').pop()!) as { claimNumber: string; seconds: number };
  process.stdout.write(`claims ledger: ${built.claimNumber} with 100,000 lines built in ${built.seconds} s\n`);
  return built;
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

async function stop(child: ChildProcess): Promise<void> {
  child.removeAllListeners('exit');
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-e2e-'));
  // The desks' audit keys: real owner-only key files, made by demo, in a config folder that goes with the run.
  process.env.XDG_CONFIG_HOME = join(dir, 'config');
  const claimsDb = join(dir, 'claims-ledger.db');
  // Built in the background while the screens build and the first desk starts; served only once built.
  const claimsLedger = buildClaimsLedger(claimsDb);
  claimsLedger.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  const servers: ChildProcess[] = [];
  let devices: DeskDevices | undefined;
  try {
    ensureScreensBuilt();
    const db = join(dir, 'ledger.db');
    run(['demo', '--db', db, '--no-receipts']);
    devices = await startDeskDevices(dir);
    run(['settings', 'set', 'rfid.reader', devices.readerAddress, '--db', db]);
    run([
      'settings',
      'set',
      'scanners',
      JSON.stringify([{ id: 'dock-serial', kind: 'serial', path: devices.deskEnd, baudRate: 9600, aimPrefix: true }]),
      '--db',
      db,
    ]);
    process.env.DESK_SCANNER_PTY = devices.scannerEnd;
    process.env.DESK_LABELS_FILE = join(dir, 'demo-labels.zpl');
    const desk = await serve(db);
    servers.push(desk.child);
    process.env.DESK_URL = desk.url;
    process.env.DESK_TOKEN = desk.token;
    process.env.DESK_DB = db;

    const { claimNumber } = await claimsLedger;
    const claims = await serve(claimsDb);
    servers.push(claims.child);
    process.env.CLAIMS_DESK_URL = claims.url;
    process.env.CLAIMS_DESK_DB = claimsDb;
    process.env.CLAIMS_BIG_CLAIM = claimNumber;
  } catch (error) {
    await Promise.all(servers.map(stop));
    await devices?.stop();
    await claimsLedger.catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await Promise.all(servers.map(stop));
    await devices?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
