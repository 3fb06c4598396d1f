import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReceiptFiles, type ReceiptFileSet } from '../../bench/receipt-files';
import { BUSY_MESSAGE } from '../../src-main/ledger/db/busy-error';
import { CLI, REPO_ROOT, runCli } from '../helpers/cli';

/**
 * A ledger busy with another job, from the command line: a clear message and no stack trace when
 * the ledger stays locked, and a receive that goes through while a long receipts import runs.
 */
const ROWS = 300_000;
let dir: string;
let db: string;
let files: ReceiptFileSet;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-busy-'));
  db = join(dir, 'ledger.db');
  files = await writeReceiptFiles(dir, ROWS);
  expect((await runCli(['init', '--db', db])).code).toBe(0);
  const extra = join(dir, 'extra-entry.csv');
  const header =
    'entryNumber,entryType,entryDate,importDate,portCode,importer,broker,billOfLading,containers,purchaseOrders,reconciliationFlag,lineNumber,hts,quantity,uom,enteredValue,duty,mpf,hmf,otherFees';
  writeFileSync(
    extra,
    `${header}\n2024-900001,01,2024-01-15,2024-01-14,2704,Northwind Apparel Inc.,Harbor Customs Brokers,MAEU9,MSKU1234565,PO-9,no,1,6109100000,100,EA,300.00,10.00,0,0,0\n`,
  );
  for (const [kind, file] of [
    ['locations', files.locations],
    ['items', files.items],
    ['entries', files.entries],
    ['entries', extra],
  ] as const) {
    const r = await runCli(['import', kind, file, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const receive = (lot: string) =>
  runCli(['receive', '--db', db, '--entry', '2024-900001', '--line', '1', '--sku', 'SKU-000', '--lot', lot, '--quantity', '2', '--location', 'BIN-05']);

describe('a ledger locked by another job', () => {
  it('a receive says the ledger is busy, in words and without a stack trace, and writes nothing', async () => {
    const other = new Database(db);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE'); // holds the write lock, as a long write transaction would
    try {
      const r = await receive('LOCKED-OUT');
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`drawback-desk: ${BUSY_MESSAGE}\n`);
      expect(r.stdout).toBe('');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const again = await receive('LOCKED-OUT');
    expect(again.code, again.stderr).toBe(0);
  }, 60_000);
});

describe('a long receipts import', () => {
  it('lets a receive through while it runs, and completes', async () => {
    const importing = spawn(CLI, ['import', 'receipts', files.receipts, '--db', db, '--progress', '--json'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let rowsRead = 0;
    importing.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    importing.stderr.setEncoding('utf8').on('data', (c: string) => {
      for (const m of c.matchAll(/([\d,]+) rows read/g)) rowsRead = Number(m[1]!.replace(/,/g, ''));
    });
    const exited = new Promise<number | null>((resolve) => importing.on('exit', resolve));
    while (rowsRead < 10_000 && importing.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    const r = await receive('DURING-IMPORT');
    const importStillRunning = importing.exitCode === null;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^received 2 of SKU-000 lot DURING-IMPORT/);
    expect(importStillRunning, 'the import finished before the receive was tried: make the file longer').toBe(true);
    expect(await exited).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ written: ROWS });
    const raw = new Database(db, { readonly: true });
    expect((raw.prepare('SELECT count(*) AS n FROM movements').get() as { n: number }).n).toBe(ROWS + 2);
    raw.close();
    expect((await runCli(['audit', 'verify', '--db', db])).code).toBe(0);
  }, 240_000);
});
