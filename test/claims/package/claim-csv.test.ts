import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatClaimed, parseMoney } from '../../../src-shared/money';
import { CLAIM_CSV_HEADER, claimPackageCsv, csvCell } from '../../../src-main/services/claims/package/claim-csv';
import { ENTRIES } from '../../helpers/seed';
import { createTestDesk, type TestDesk } from '../../helpers/test-desk';
import { seedScenarioPackage } from './claim-fixtures';

type Row = Record<(typeof CLAIM_CSV_HEADER)[number], string>;
const rows = (csv: string): Row[] => parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Row[];

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

describe('the claim package as CSV', () => {
  it('has a header row and one row per claim line with its provenance and amounts', async () => {
    const pkg = await seedScenarioPackage(t);
    const csv = claimPackageCsv(pkg);
    const parsed = rows(csv);
    expect(
      parsed.map((r) => [r['Claim number'], r['Line no'], r['Shipment reference'], r['Entry number'], r['Lot'], r['Quantity'], r['Duty paid'], r['Refund']]),
    ).toEqual([
      [pkg.claim.number, '1', 'EXP-0001', ENTRIES.a, 'NW-A', '250', '1250.0000', '1237.5000'],
      [pkg.claim.number, '2', 'EXP-0001', ENTRIES.a, 'NW-B', '150', '750.0000', '742.5000'],
    ]);
    expect(parsed[0]).toMatchObject({
      'Export date': '2023-11-06',
      Destination: 'CA',
      SKU: 'TSHIRT-COT-M',
      HTS: '6109.10.0012',
      Unit: 'EA',
      'Entry line': '1',
      'Import date': '2023-05-01',
      'Duty per unit': '5.0000',
      'MPF refund': '0.0000',
    });
    // the lines carry the exact amounts; the claim states their sum rounded down to the cent
    expect(formatClaimed(parsed.reduce((sum, r) => sum + parseMoney(r.Refund), 0n))).toBe(pkg.claim.dutyRefund);
    // RFC 4180 records end in CRLF, the last one too, and no bare LF sneaks in.
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(parsed.length + 2);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('guards a SKU or lot that a spreadsheet would run as a formula, and round-trips quotes and commas', async () => {
    const pkg = await seedScenarioPackage(t, { sku: '=HYPERLINK("http://x.test","open")', lots: ['@SUM(A1:A9)', 'NW "B", 2nd', 'NW-C', 'NW-D'] });
    const csv = claimPackageCsv(pkg);
    const parsed = rows(csv);
    expect(parsed.map((r) => [r.SKU, r.Lot])).toEqual([
      [`'=HYPERLINK("http://x.test","open")`, "'@SUM(A1:A9)"],
      [`'=HYPERLINK("http://x.test","open")`, 'NW "B", 2nd'],
    ]);
    expect(csv).toContain(',"NW ""B"", 2nd",');
  });

  it('leaves numbers alone, negative ones too, and guards text that only looks like them', () => {
    expect(['-0.50', '+3', '1980.00', '-x', '+A1', '-1e5', 'a,b', 'say "hi"', '\tcmd'].map(csvCell)).toEqual([
      '-0.50',
      '+3',
      '1980.00',
      "'-x",
      "'+A1",
      "'-1e5",
      '"a,b"',
      '"say ""hi"""',
      "'\tcmd",
    ]);
  });
});
