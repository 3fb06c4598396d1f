import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { fixture } from '../importing/import-desk';

/** The claim workflow as a script or a person runs it: separate processes over one ledger file. */
let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-claims-cli-'));
  db = join(dir, 'ledger.db');
  expect((await runCli(['demo', '--db', db])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (args: string[], env: Record<string, string> = {}) => {
  const run = await runCli([...args, '--db', db, '--json'], env);
  if (run.code !== 0) throw new Error(`drawback-desk ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
};

describe('drawback-desk claim workflow', () => {
  it('imports confirmed exports and matches them at once, lot pegged at pick first, then the named entry', async () => {
    const summary = await json(['import', 'exports', fixture('exports.csv')]);
    expect(summary).toMatchObject({ kind: 'exports', rowsRead: 3, written: 3 });
    const allocations = (await json(['allocations', '--shipment', 'EXP-2024-0115'])) as unknown as {
      exportLineNumber: number;
      lotCode: string;
      quantity: number;
      basis: string;
    }[];
    // Line 1 named lot NW-2305-C at pick: all 100 from it. Line 2 named the entry: FIFO over its lots,
    // so the 100 that lot B kept after the demo export (A whole and 150 of B went to it) come first.
    expect(allocations.map((a) => [a.exportLineNumber, a.lotCode, a.quantity, a.basis])).toEqual([
      [1, 'NW-2305-C', 100, 'lot'],
      [2, 'NW-2305-B', 50, 'entry'],
    ]);
    // The bolt export asks for more than the 20,000 received (5,000 already went to December's export): partly matched.
    const bolts = (await json(['allocations', '--shipment', 'EXP-2024-0120'])) as unknown as { quantity: number }[];
    expect(bolts.reduce((n, a) => n + a.quantity, 0)).toBe(15_000);
    const again = await json(['import', 'exports', fixture('exports.csv')]);
    expect(again).toMatchObject({ alreadyImported: true });
  }, 60_000);

  it('refuses a bad exports file whole, naming file, line and field', async () => {
    const run = await runCli(['import', 'exports', fixture('exports-bad.csv'), '--db', db]);
    expect(run.code).toBe(1);
    const file = fixture('exports-bad.csv');
    expect(run.stderr).toContain(`${file}:2:destinationCountry: an export leaves the United States`);
    expect(run.stderr).toContain(`${file}:3:exportDate`);
    expect(run.stderr).toContain(`${file}:4:quantity: a quantity must be more than zero`);
    expect(run.stderr).toContain(`${file}:5:documents.0.reference: the document number is required`);
    expect(run.stderr).toContain(`${file}:6:sku: SKU NO-SUCH-SKU is not in the item master`);
    expect(run.stderr).toContain(`${file}:7:uom: KG cannot be converted to EA`);
    expect(run.stderr).toContain('nothing from the file was written');
  });

  it('drafts the seed claim for $1,980.00, blocks approval on the missing bill of lading, approves once it is attached', async () => {
    const draft = await json([
      'claim',
      'draft',
      '--provision',
      'unused-direct-identification',
      '--claimant',
      'Northwind Apparel Inc.',
      '--from',
      '2023-11-01',
      '--to',
      '2023-11-30',
      '--claim-date',
      '2024-03-01',
    ]);
    expect(draft).toMatchObject({ state: 'draft', quantity: 400, totalRefund: '1980.00', openExceptions: 1 });
    const number = draft.number as string;
    const validate = await runCli(['claim', 'validate', number, '--db', db]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('shipment EXP-2023-1106 has no bill of lading');
    expect((await runCli(['claim', 'submit', number, '--db', db])).code).toBe(0);
    const refused = await runCli(['claim', 'approve', number, '--db', db, '--as', 'supervisor', '--password-env', 'SUP'], { SUP: 'supervisor-demo-1' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cannot be approved: 1 open exception');
    const wrongPassword = await runCli(['claim', 'approve', number, '--db', db, '--as', 'supervisor', '--password-env', 'SUP'], { SUP: 'nope' });
    expect(wrongPassword.stderr).toContain('--as supervisor: user name or password is wrong');

    await json(['add-document', '--shipment', 'EXP-2023-1106', '--kind', 'bill-of-lading', '--reference', 'MAEU123450099', '--date', '2023-11-06']);
    expect((await runCli(['claim', 'validate', number, '--db', db])).code).toBe(0);
    const [open] = (await json(['exceptions', 'list', '--claim', number])) as unknown as { id: string; kind: string }[];
    expect(open!.kind).toBe('missing-proof-of-export');
    const early = await runCli(['exceptions', 'resolve', open!.id, '--db', db, '--note', 'bill of lading attached']);
    expect(early.stderr).toContain('finish the checklist first');
    expect(await json(['exceptions', 'tick', open!.id])).toMatchObject({ state: 'open' });
    expect(await json(['exceptions', 'resolve', open!.id, '--note', 'bill of lading attached'])).toMatchObject({ state: 'resolved' });
    const approved = await json(['claim', 'approve', number, '--as', 'supervisor', '--password-env', 'SUP'], { SUP: 'supervisor-demo-1' });
    expect(approved).toMatchObject({ state: 'approved', totalRefund: '1980.00' });
  }, 120_000); // a dozen CLI processes, each starting tsx

  it('exports the claim package: CSV to stdout, a PDF to a file that reads back with the claim and its refund', async () => {
    const [claim] = (await json(['claim', 'list'])) as unknown as { number: string }[];
    const csv = await runCli(['claim', 'export', claim!.number, '--db', db, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows).toHaveLength(3); // header + the two lots of the 400 units
    expect(rows[1]).toContain('EXP-2023-1106');
    const out = join(dir, 'claim.pdf');
    const pdf = await json(['claim', 'export', claim!.number, '--format', 'pdf', '--out', out]);
    expect(pdf).toMatchObject({ format: 'pdf', lines: 2, totalRefund: '1980.00' });
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Drawback claim ${claim!.number}`);
    expect(text).toMatch(/Total refund\s+\$1,980\.00/);
    expect(text).toMatch(/EXP-2023-1106\s+bill-of-lading\s+MAEU123450099/);
    const noFile = await runCli(['claim', 'export', claim!.number, '--db', db, '--format', 'pdf']);
    expect(noFile.stderr).toContain('a PDF goes to a file: add --out FILE.pdf');
  });

  it('reports the KPIs as JSON', async () => {
    const kpis = await json(['kpis']);
    expect(kpis).toMatchObject({ exportLines: 5, matchedAutomatically: 4, partiallyMatched: 1, unmatched: 0, automaticMatchShare: '80.0%' });
    expect(kpis.refundByPeriod).toEqual([{ period: '2024-03', claims: 1, refund: '1980.00' }]);
  });
});
