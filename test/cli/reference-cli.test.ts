import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { fixture } from '../importing/import-desk';

/** Reference data and the matching policy from the command line, over one demo ledger. */
let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-reference-cli-'));
  db = join(dir, 'ledger.db');
  expect((await runCli(['demo', '--db', db])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('drawback-desk reference data and matching policy', () => {
  it('lists the destination rules the desk seeded from the law', async () => {
    const run = await runCli(['destinations', 'list', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usmca-ca-j2 v1: CA unused-substitution excluded, exports 2020-07-01 to open — 19 U.S.C. 1313(j)(4)(A)');
    expect(run.stdout).toContain('chile-2013-j2 v1: CL unused-substitution reduced to 50%, exports 2013-01-01 to 2013-12-31');
  });

  // four CLI runs, each a fresh process: more than the default 30 s on a loaded machine
  it('records an "other" fact, imports a file of them, and lists them', { timeout: 90_000 }, async () => {
    const set = await runCli(['hts', 'set-other', '6109.10.00', 'no', '--description', 'Of cotton', '--db', db]);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('recorded: 61091000  does not begin with "other"  "Of cotton"');
    const bad = await runCli(['hts', 'set-other', '6109.10.00', 'perhaps', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('say yes or no (does the description begin with "other"?), not "perhaps"');
    const imported = await runCli(['import', 'hts-facts', fixture('hts-facts.csv'), '--db', db, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ kind: 'hts-facts', written: 3, unchanged: 1 });
    const list = await runCli(['hts', 'list', '--prefix', '6110', '--db', db]);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('  ')[0]),
    ).toEqual(['61103030', '6110303053', '6110303059']);
  });

  it('match --order highest-duty without --substitution is refused in words; --method names the accounting method the run records', async () => {
    const refused = await runCli(['match', '--order', 'highest-duty', '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('highest-duty is not an approved accounting method (19 CFR 191.14(c))');
    const run = await runCli(['match', '--method', 'low-to-high', '--substitution', '--order', 'highest-duty', '--db', db, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ policy: { method: 'low-to-high', substitution: true, order: 'highest-duty', turnoverDays: null } });
    const turnover = await runCli(['match', '--method', 'low-to-high-turnover', '--db', db]);
    expect(turnover.code).toBe(1);
    expect(turnover.stderr).toContain("needs the inventory's average turnover period in days");
  });
});
