import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimPackageCsv } from '../../../src-main/services/claims/package/claim-csv';
import { claimPackageJson } from '../../../src-main/services/claims/package/claim-json';
import { claimPackageWorksheet } from '../../../src-main/services/claims/package/claim-worksheet';
import { CLAIM_PACKAGE_FORMATS, writeClaimPackage, type ClaimPackageFormat } from '../../../src-main/services/claims/package/write-claim-package';
import { createTestDesk, type TestDesk } from '../../helpers/test-desk';
import { seedScenarioPackage } from './claim-fixtures';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

describe('writing a claim package in a chosen format', () => {
  it('gives the bytes of each format: UTF-8 text for json, csv and worksheet, a PDF for pdf', async () => {
    const pkg = await seedScenarioPackage(t);
    const out = Object.fromEntries(await Promise.all(CLAIM_PACKAGE_FORMATS.map(async (f) => [f, await writeClaimPackage(pkg, f)] as const)));
    expect(out.json!.toString('utf8')).toBe(claimPackageJson(pkg));
    expect(out.csv!.toString('utf8')).toBe(claimPackageCsv(pkg));
    expect(out.worksheet!.toString('utf8')).toBe(claimPackageWorksheet(pkg));
    expect(out.csv!.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(out.pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(out.pdf!.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('refuses a format it does not know, naming the ones it does', async () => {
    const pkg = await seedScenarioPackage(t);
    await expect(writeClaimPackage(pkg, 'xlsx' as ClaimPackageFormat)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('json, csv, worksheet, pdf'),
    });
  });
});
