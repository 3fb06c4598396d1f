import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReceiptFiles, type ReceiptFileSet } from '../../bench/receipt-files';
import { createDesk } from '../../src-main/composition-root';
import { importFile } from '../../src-main/services/importing/import-file';
import { CLI, REPO_ROOT, runCli } from '../helpers/cli';

/**
 * A receipts import killed with SIGKILL leaves the ledger whole: either every row of the file or
 * none, the file intact, the audit chain verifiable; and running the import again completes it.
 * Killed three times: while rows are checked and staged (outside the ledger: nothing of them is
 * left behind); while the staged rows are written, once SQLite has spilled megabytes of the
 * uncommitted transaction into the WAL file; and after the last row, while the audit record is sealed.
 */
const ROWS = 300_000;
let dir: string;
let db: string;
let files: ReceiptFileSet;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-import-crash-'));
  db = join(dir, 'ledger.db');
  files = await writeReceiptFiles(dir, ROWS);
  const desk = createDesk(db, { log: () => undefined, create: true });
  for (const kind of ['locations', 'items', 'entries'] as const) importFile(desk.ctx, desk.system, { kind, path: files[kind] });
  desk.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  killed: boolean;
  rowsReadAtKill: number;
}
interface Progress {
  rowsRead: number;
  writing: boolean;
  sealing: boolean;
}

/** Starts the CLI import and SIGKILLs it once `ready` says so; resolves when the process is gone. */
function importUntil(ready: (progress: Progress) => boolean): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(CLI, ['import', 'receipts', files.receipts, '--db', db, '--progress'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    const progress: Progress = { rowsRead: 0, writing: false, sealing: false };
    let killed = false;
    const kill = () => {
      if (killed || child.exitCode !== null) return;
      killed = child.kill('SIGKILL');
    };
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      for (const m of chunk.matchAll(/([\d,]+) rows read/g)) progress.rowsRead = Number(m[1]!.replace(/,/g, ''));
      progress.writing ||= chunk.includes('writing them into the ledger');
      progress.sealing ||= chunk.includes('sealing');
      if (ready(progress)) kill();
    });
    const poll = setInterval(() => ready(progress) && kill(), 5);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve({ killed, rowsReadAtKill: progress.rowsRead });
    });
  });
}

const walSize = () => (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);

function ledgerState() {
  const raw = new Database(db);
  try {
    return {
      integrity: raw.pragma('integrity_check', { simple: true }),
      movements: (raw.prepare('SELECT count(*) AS n FROM movements').get() as { n: number }).n,
      batches: (raw.prepare("SELECT count(*) AS n FROM import_batches WHERE kind = 'receipts'").get() as { n: number }).n,
      // staging lives in TEMP tables: never in the ledger file, whatever happened
      staging: (raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'staged%'").get() as { n: number }).n,
    };
  } finally {
    raw.close();
  }
}

async function expectWholeOrNothing(): Promise<number> {
  const state = ledgerState();
  expect(state.integrity).toBe('ok');
  expect([0, ROWS]).toContain(state.movements);
  expect(state.batches).toBe(state.movements === ROWS ? 1 : 0);
  expect(state.staging).toBe(0);
  const verify = await runCli(['audit', 'verify', '--db', db]);
  expect(verify.code, verify.stderr).toBe(0);
  return state.movements;
}

describe('an import killed midway', () => {
  it('leaves all or nothing, and the same import then completes', async () => {
    // 1. Killed while the rows are checked and staged: the ledger was never locked, nothing was written.
    const staged = await importUntil(({ rowsRead }) => rowsRead >= 30_000);
    expect(staged.killed).toBe(true);
    expect(staged.rowsReadAtKill).toBeLessThan(ROWS);
    expect(await expectWholeOrNothing()).toBe(0);

    // 2. Killed while writing the staged rows, with part of the open transaction already in the WAL file.
    const walBefore = walSize();
    const first = await importUntil(({ writing }) => writing && walSize() > walBefore + 2_000_000);
    expect(first.killed).toBe(true);
    expect(await expectWholeOrNothing()).toBe(0);

    // 3. Killed after the last row was inserted, while the audit digest reads them back before commit.
    const second = await importUntil(({ sealing }) => sealing);
    const afterSecond = await expectWholeOrNothing();
    if (second.killed) expect(second.rowsReadAtKill).toBe(ROWS);

    // 4. Run to the end: every row, once.
    const third = await runCli(['import', 'receipts', files.receipts, '--db', db, '--json']);
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout)).toMatchObject(afterSecond === ROWS ? { alreadyImported: true } : { written: ROWS, alreadyImported: false });
    expect(ledgerState()).toEqual({ integrity: 'ok', movements: ROWS, batches: 1, staging: 0 });
    expect((await runCli(['audit', 'verify', '--db', db])).code).toBe(0);
  }, 300_000);
});
