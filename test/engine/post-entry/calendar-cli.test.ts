import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'calendar-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const input = file('entries.json', {
  entries: [
    { entry: 'B76-0324527-8', entryDate: '2025-03-14', releaseDate: '2025-06-24', scheduledLiquidation: '2026-01-22', statement: 'daily' },
    {
      entry: '3161234567-3',
      entryDate: '2025-01-31',
      releaseDate: '2025-06-30',
      liquidationDate: '2025-12-12',
      reconciliationFlagDate: '2025-05-31',
      statement: 'monthly',
    },
  ],
});

const expected = {
  entries: [
    { entry: 'B76-0324527-8', pscDeadline: '2026-01-07', deemedLiquidation: '2026-03-14', statementDue: '2025-07-09' },
    {
      entry: '316-1234567-3',
      pscDeadline: '2025-11-27',
      deemedLiquidation: '2026-01-31',
      protestDeadline: '2026-06-10',
      reconciliationDue: '2027-02-28',
      statementDue: '2025-07-22',
    },
  ],
};

// Each run starts a separate process (the CLI as a person runs it), so the runs are few; the rules,
// the input checks and the reference loader have their own in-process tests.
describe('drawback-desk calendar (black box)', () => {
  it('prints exactly the issue’s JSON shape, with the same dates west and east of UTC', async () => {
    for (const TZ of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const run = await runCli(['calendar', input, '--json'], { TZ });
      expect(run.stderr, TZ).toBe('');
      expect(run.code, TZ).toBe(0);
      expect(JSON.parse(run.stdout), TZ).toEqual(expected);
      expect(Object.keys(JSON.parse(run.stdout).entries[0])).toEqual(['entry', 'pscDeadline', 'deemedLiquidation', 'statementDue']);
    }
  }, 90_000);

  it('prints a table with the rule beside every date', async () => {
    const run = await runCli(['calendar', input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Entry B76-0324527-8\n/);
    expect(run.stdout).toMatch(/Daily statement due +Wed 2025-07-09 +10 working days after release on 2025-06-24, not counting Independence Day/);
    expect(run.stdout).toMatch(
      /Protest due +Wed 2026-06-10 +180 days after the liquidation date 2025-12-12 \(19 U\.S\.C\. 1514\(c\)\(3\); 19 CFR 174\.12\(e\)/,
    );
    expect(run.stdout).toMatch(/Reconciliation due +Sun 2027-02-28 .*act by Fri 2027-02-26/);
  }, 60_000);

  it('exits 1 naming the entry and field of a bad file, in words', async () => {
    const bad = file('bad.json', { entries: [{ entry: 'B76-0324527-8', entryDate: '2025-03-14', releaseDate: '14/03/2025', statement: 'daily' }] });
    const run = await runCli(['calendar', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /bad\.json is not valid: entry 1 \(B76-0324527-8\), field releaseDate: releaseDate \(the date CBP released the goods\) is not a calendar date written YYYY-MM-DD/,
    );
  }, 60_000);

  it('counts working days past the shipped holiday list with another list given by --holidays', async () => {
    const late = file('late.json', { entries: [{ entry: 'B76-0324527-8', entryDate: '2035-12-20', releaseDate: '2035-12-20', statement: 'daily' }] });
    const holidays = file('holidays.json', {
      covers: { from: '2035-01-01', to: '2036-12-31' },
      days: [
        { date: '2035-12-25', name: 'Christmas Day' },
        { date: '2036-01-01', name: "New Year's Day" },
      ],
    });
    const run = await runCli(['calendar', late, '--json', '--holidays', holidays]);
    expect(run.stderr).toBe('');
    // Fri 21 Dec is 1, Mon 24 is 2, 25 a holiday, 26-28 are 3-5, Mon 31 is 6, 1 Jan a holiday, 2-4 are 7-9, Mon 7 is 10.
    expect(JSON.parse(run.stdout).entries[0].statementDue).toBe('2036-01-07');
  }, 60_000);
});
