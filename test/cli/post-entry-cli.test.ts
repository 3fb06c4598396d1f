import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrokerReport, DeadlineReport, PostEntryImportSummary, VarianceReport } from '../../src-shared/domain/post-entry';
import { runCli } from '../helpers/cli';
import { fixture } from '../post-entry/post-entry-desk';

/** Black-box: post-entry imports and reports through `drawback-desk`, as a script or a person runs them. */
let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-post-entry-cli-'));
  db = join(dir, 'ledger.db');
  expect((await runCli(['init', '--db', db])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async <T>(args: string[]): Promise<T> => {
  const r = await runCli([...args, '--db', db, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};

// Each run starts a process that loads the sources through tsx: seconds apiece on a loaded machine.
describe('post-entry from the command line', { timeout: 180_000 }, () => {
  it('imports each kind of file, says what it wrote, and writes nothing the second time', async () => {
    const pre = await runCli(['import', 'pre-entries', fixture('ledger/pre-entries.csv'), '--db', db]);
    expect(pre.code, pre.stderr).toBe(0);
    expect(pre.stdout).toMatch(
      /^imported pre-entries from .*pre-entries\.csv \(CSV\): 5 rows read, 3 new, 0 new versions of records already in the ledger, 0 already in the ledger as they are\n$/,
    );
    for (const [kind, file] of [
      ['entry-summaries', 'ledger/entry-summaries.json'],
      ['entry-summaries', 'ledger/entry-summaries.csv'],
      ['statements', 'ledger/statements.json'],
      ['liquidations', 'ledger/liquidations.csv'],
    ] as const) {
      expect((await json<PostEntryImportSummary>(['import', kind, fixture(file)])).alreadyImported).toBe(false);
    }
    const status = await runCli(['import', 'status', fixture('unknown-disposition.edi'), '--db', db]);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('1 message has a disposition code not in the code list: kept and flagged for review');
    expect(status.stdout).toMatch(/warning: segment 7 \(X4\) on line 7, element X407: disposition code 2Y is not in the disposition code list/);
    const again = await json<PostEntryImportSummary>(['import', 'status', fixture('unknown-disposition.edi')]);
    expect(again).toMatchObject({ alreadyImported: true, written: 0 });
  });

  it('refuses a malformed file with every error as file:line:field, and exits 1', async () => {
    const file = fixture('ledger/pre-entries-bad.csv');
    const r = await runCli(['import', 'pre-entries', file, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/was not imported: \d+ errors in 3 of 3 rows; nothing from the file was written/);
    expect(r.stderr).toContain(`${file}:2:entryNumber: "B76-0324527-9" has check digit 9, but filer code B76 with number 0324527 gives 8`);
    expect(r.stderr).toContain(`${file}:3:duty: amount cannot be negative`);
  });

  it('reports variances by entry and line, for one entry too', async () => {
    const all = await json<VarianceReport>(['variances']);
    expect(all).toMatchObject({ entriesCompared: 3, bySeverity: { alert: 2 } });
    const text = await runCli(['variances', '--entry', 'B7603245278', '--db', db]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^1 entry compared, 1 with differences: 2 alerts, 3 warnings, 0 within tolerance\n/);
    expect(text.stdout).toMatch(/ALERT {3}B76-0324527-8 line 1 {3}hts {8}classification changed from 6109\.10\.0012 to 6109\.10\.0040/);
  });

  it('lists deadlines with their rules, and the alerts within a window', async () => {
    const all = await runCli(['deadlines', '--today', '2026-02-01', '--db', db]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain('Entry B76-0324527-8');
    expect(all.stdout).toMatch(
      /Protest due {22}Wed 2026-07-29 {2}in 178 days\n {6}rule: 180 days after the liquidation date 2026-01-30 \(19 U\.S\.C\. 1514\(c\)\(3\); 19 CFR 174\.12\(e\)/,
    );
    const alerts = await json<DeadlineReport>(['deadlines', '--within', '30', '--today', '2026-07-01']);
    expect(alerts.deadlines.map((d) => [d.entry, d.kind, d.date])).toEqual([
      ['316-1234567-3', 'protest', '2026-07-29'],
      ['B76-0324527-8', 'protest', '2026-07-29'],
    ]);
    // without a number, the window is the alert days of the post-entry settings (30 by default)
    expect((await json<DeadlineReport>(['deadlines', '--today', '2026-07-01', '--within'])).within).toBe(30);
    const bad = await runCli(['deadlines', '--within', 'soon', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--within takes a whole number of days, not "soon"');
  });

  it('reports broker performance for a period', async () => {
    const report = await json<BrokerReport>(['brokers', '--from', '2025-03-01', '--to', '2025-03-31']);
    expect(report.brokers.map((b) => [b.broker, b.entries, b.varianceRate])).toEqual([
      ['East Atlantic Brokerage', 1, 0],
      ['Harbor Customs Brokers', 1, 1],
      ['Pacific Entry Services', 1, 0],
    ]);
    const text = await runCli(['brokers', '--db', db]);
    expect(text.stdout).toMatch(
      /Harbor Customs Brokers \(filer B76\): 1 entry, 0 re-filings per entry, 1 status messages per entry, 100% of 1 compared entries/,
    );
  });

  it('shows statements with their differences and the liquidation follow-ups', async () => {
    const statements = await runCli(['statements', '--db', db]);
    expect(statements.stdout).toMatch(/paid-late {9}statement 27M0425001 was paid on 2025-04-23, after its due date 2025-04-21/);
    const followUps = await runCli(['follow-ups', '--db', db]);
    expect(followUps.stdout).toMatch(/BILL {9}150\.00 {2}open {2}entry B76-0324527-8 liquidated on 2026-01-30/);
  });

  it('says in words what is wrong with an unknown kind or entry', async () => {
    const kind = await runCli(['import', 'invoices', fixture('ledger/pre-entries.csv'), '--db', db]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(
      /value 'invoices' is invalid for argument 'kind'\. Allowed choices are .*pre-entries, entry-summaries, status, statements, liquidations/,
    );
    const timeline = await runCli(['timeline', '316-1234567-0', '--db', db]);
    expect(timeline.code).toBe(1);
    expect(timeline.stderr).toMatch(/entryNumber: "316-1234567-0" has check digit 0, but filer code 316 with number 1234567 gives 3/);
  });
});
