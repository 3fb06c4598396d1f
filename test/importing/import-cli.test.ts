import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { fixture } from './import-desk';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-import-cli-'));
  db = join(dir, 'ledger.db');
  expect((await runCli(['init', '--db', db])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const importCli = (kind: string, file: string, ...flags: string[]) => runCli(['import', kind, file, '--db', db, ...flags]);

describe('drawback-desk import (black box)', () => {
  it('imports master data and entries, printing a summary', async () => {
    for (const kind of ['locations', 'items'] as const) {
      const run = await importCli(kind, fixture(`${kind}.csv`));
      expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(new RegExp(`^imported ${kind} from .*${kind}\\.csv: \\d+ rows read, \\d+ written, 0 already in the ledger\\n$`));
    }
    const entries = await importCli('entries', fixture('entries.json'), '--json');
    expect(entries.code).toBe(0);
    expect(JSON.parse(entries.stdout)).toEqual({
      kind: 'entries',
      file: fixture('entries.json'),
      rowsRead: 2,
      written: 2,
      unchanged: 0,
      alreadyImported: false,
      exceptions: 0,
    });
  });

  it('rejects a bad receipts file with exit 1, listing FILE:LINE:FIELD for every error, and leaves the ledger verifiable', async () => {
    const file = fixture('receipts-bad.csv');
    const run = await importCli('receipts', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`drawback-desk: ${file} was not imported: 10 errors in 7 of 8 rows`);
    expect(run.stderr).toContain(`  ${file}:3:sku: SKU NO-SUCH-SKU is not in the item master`);
    expect(run.stderr).toContain(`  ${file}:7:quantity: entry 2023-000123 line 1 covers 1000`);
    expect(run.stderr.split('\n').filter((l) => l.startsWith(`  ${file}:`))).toHaveLength(10);
    const verify = await runCli(['audit', 'verify', '--db', db]);
    expect(verify.code).toBe(0);
  });

  it('with --json the refusal is one JSON object on stderr', async () => {
    const run = await importCli('receipts', fixture('receipts-bad.json'), '--json');
    expect(run.code).toBe(1);
    const { error } = JSON.parse(run.stderr) as { error: { code: string; issues: { field: string }[] } };
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.issues.map((i) => i.field)).toContain(`${fixture('receipts-bad.json')}:[1]:quantity`);
  });

  it('imports receipts with progress on stderr only, then reports a repeat as already imported', async () => {
    const run = await importCli('receipts', fixture('receipts.csv'), '--json', '--progress');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rowsRead: 7, written: 7, exceptions: 1 });
    expect(run.stderr).toMatch(/^progress: .*receipts\.csv: 7 rows read/m);
    const again = await importCli('receipts', fixture('receipts.csv'));
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/was already imported as receipts \(7 rows\); nothing written/);
  });

  it('is a usage error (exit 2) to name an unknown kind', async () => {
    const run = await importCli('pallets', fixture('receipts.csv'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/'pallets' is invalid for argument 'kind'. Allowed choices are items, entries, receipts, locations/);
  });
});
