import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoney, parseMoney } from '../../../src-shared/money';
import { claimPackageWorksheet } from '../../../src-main/services/claims/package/claim-worksheet';
import { ENTRIES } from '../../helpers/seed';
import { createTestDesk, type TestDesk } from '../../helpers/test-desk';
import { manyLinePackage, seedScenarioPackage } from './claim-fixtures';

/** Section name -> its rows as objects keyed by the section's header row, in the order they appear. */
function sections(worksheet: string): [string, Record<string, string>[]][] {
  const records = parse(worksheet, { bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: '\r\n' }) as string[][];
  const out: [string, Record<string, string>[]][] = [];
  let header: string[] | null = null;
  for (const record of records) {
    if (record.length === 1 && record[0]!.startsWith('# ')) {
      out.push([record[0]!.slice(2), []]);
      header = null;
    } else if (!header) header = record;
    else out.at(-1)![1].push(Object.fromEntries(header.map((h, i) => [h, record[i]!])));
  }
  return out;
}

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

describe('the claim package as a worksheet', () => {
  it('has the six sections of the claim record in order, each with its rows, then the audit anchor', async () => {
    const pkg = await seedScenarioPackage(t);
    const ws = claimPackageWorksheet(pkg);
    const parts = new Map(sections(ws));
    expect([...parts.keys()]).toEqual(['HEADER', 'IMPORTS', 'CLASSIFICATIONS', 'QUANTITIES', 'REVENUE', 'EXPORTS', 'AUDIT ANCHOR']);
    expect(parts.get('AUDIT ANCHOR')).toEqual([
      {
        Ledger: pkg.auditAnchor!.ledger,
        'Audit record': String(pkg.auditAnchor!.seq),
        'Record MAC': pkg.auditAnchor!.mac,
        'Anchored at': pkg.auditAnchor!.at,
        Source: pkg.auditAnchor!.source,
        Signature: pkg.auditAnchor!.sig,
      },
    ]);
    expect(parts.get('HEADER')).toEqual([
      expect.objectContaining({
        'Claim number': pkg.claim.number,
        Claimant: 'Northwind Apparel Inc.',
        Paragraph: '19 U.S.C. 1313(j)(1)',
        'Provision label': pkg.provisionLabel,
        'Period start': '2023-11-01',
        'Period end': '2023-11-30',
        State: 'draft',
        'Total refund': '1980.00',
      }),
    ]);
    expect(parts.get('IMPORTS')).toEqual([
      expect.objectContaining({ 'Entry number': ENTRIES.a, 'Entry line': '1', 'Import date': '2023-05-01', HTS: '6109.10.0012', 'Quantity claimed': '400' }),
    ]);
    expect(parts.get('CLASSIFICATIONS')).toEqual([{ 'HTS-8': '61091000', 'Imported quantity': '400', 'Exported quantity': '400' }]);
    expect(parts.get('QUANTITIES')!.map((r) => [r['Claim line'], r.Quantity, r['Entry number'], r.Lot])).toEqual([
      ['1', '250', ENTRIES.a, 'NW-A'],
      ['2', '150', ENTRIES.a, 'NW-B'],
    ]);
    expect(parts.get('REVENUE')!.map((r) => [r['Entry number'], r['Duty paid'], r['Refund (99%)'], r['Total refund']])).toEqual([
      [ENTRIES.a, '2000.00', '1980.00', '1980.00'],
      ['TOTAL', '2000.00', '1980.00', '1980.00'],
    ]);
    expect(parts.get('EXPORTS')).toEqual([
      expect.objectContaining({
        'Shipment reference': 'EXP-0001',
        Destination: 'CA',
        'Declaration/ITN': 'X20231106000001',
        Documents: 'bill-of-lading MAEU998877 2023-11-06',
      }),
    ]);
    expect(ws.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it("states the claim's own totals, not a re-add of its lines rounded some other way", async () => {
    // 302 one-unit lines of bolts, $0.0128 refund each: $3.8656 in all, which the claim states as $3.86
    // (down to the cent, never more than allowed) where rounding half up would say $3.87.
    const pkg = await manyLinePackage(t, 302);
    const lineSum = pkg.lines.reduce((sum, l) => sum + parseMoney(l.refund), 0n);
    expect(formatMoney(lineSum)).not.toBe(pkg.claim.dutyRefund);
    const parts = new Map(sections(claimPackageWorksheet(pkg)));
    const [header] = parts.get('HEADER')!;
    expect([header!['Duty paid'], header!['Duty refund'], header!['MPF refund'], header!['Total refund'], header!.Lines]).toEqual([
      pkg.claim.dutyPaid,
      pkg.claim.dutyRefund,
      pkg.claim.mpfRefund,
      pkg.claim.totalRefund,
      '302',
    ]);
    const total = parts.get('REVENUE')!.find((r) => r['Entry number'] === 'TOTAL')!;
    expect([total['Duty paid'], total['Refund (99%)'], total['MPF refund'], total['Total refund']]).toEqual([
      pkg.claim.dutyPaid,
      pkg.claim.dutyRefund,
      pkg.claim.mpfRefund,
      pkg.claim.totalRefund,
    ]);
  });
});
