import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimPackage } from '../../src-main/services/claims/claim-package';
import { BINS, receipt } from '../helpers/seed';
import { shipment } from '../helpers/exports';
import { draft, matchNow, submitAndApprove } from '../helpers/claims';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
let claimNumber: string;
beforeEach(() => {
  t = createTestDesk({ seed: true });
  for (const lot of ['NW-A', 'NW-B'])
    t.ok('receiving:create-receipt', receipt({ lotCode: lot, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }), t.actors.clerk);
  t.ok('exports:record-shipment', shipment({ documents: [{ kind: 'bill-of-lading', reference: 'MAEU998877' }] }), t.actors.specialist);
  matchNow(t);
  claimNumber = t.ok('claims:draft', draft(), t.actors.specialist).number;
  submitAndApprove(t, claimNumber);
});
afterEach(() => t.dispose());

const exportPackage = async (format: 'json' | 'csv' | 'worksheet' | 'pdf', actor = t.actors.specialist) =>
  t.desk.dispatch('claims:export-package', { claimNumber, format }, { actor });

/** The claim package is exported from the claim's screen: main answers with the bytes and a file name, never a path. */
describe('claims:export-package', () => {
  it('gives the JSON package with a file name; it parses back with the claim number and totals', async () => {
    const result = await exportPackage('json');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ fileName: `${claimNumber}-package.json`, mediaType: 'application/json' });
    const pkg = JSON.parse(Buffer.from(result.value.base64, 'base64').toString('utf8')) as ClaimPackage;
    expect(pkg.claim).toMatchObject({ number: claimNumber, state: 'approved', totalRefund: '1980.00' });
    expect(pkg.lines).toHaveLength(2);
  });

  it('gives the CSV, the worksheet and a print-ready PDF', async () => {
    const csv = await exportPackage('csv');
    const worksheet = await exportPackage('worksheet');
    const pdf = await exportPackage('pdf', t.actors.supervisor);
    if (!csv.ok || !worksheet.ok || !pdf.ok) throw new Error('an export was refused');
    expect(csv.value).toMatchObject({ fileName: `${claimNumber}-lines.csv`, mediaType: 'text/csv' });
    expect(Buffer.from(csv.value.base64, 'base64').toString('utf8')).toContain(`${claimNumber},1,EXP-0001`);
    expect(worksheet.value.fileName).toBe(`${claimNumber}-worksheet.csv`);
    expect(Buffer.from(worksheet.value.base64, 'base64').toString('utf8')).toContain('# HEADER');
    expect(pdf.value).toMatchObject({ fileName: `${claimNumber}.pdf`, mediaType: 'application/pdf' });
    expect(Buffer.from(pdf.value.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('is refused to a clerk, and for a claim that does not exist, in words', async () => {
    const clerk = await exportPackage('json', t.actors.clerk);
    expect(clerk).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const missing = await t.desk.dispatch('claims:export-package', { claimNumber: 'DD-2024-0999', format: 'pdf' }, { actor: t.actors.specialist });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'there is no claim DD-2024-0999' } });
    const format = await t.desk.dispatch('claims:export-package', { claimNumber, format: 'xlsx' }, { actor: t.actors.specialist });
    expect(format).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
