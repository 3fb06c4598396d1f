import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimPackage } from '../../../src-main/services/claims/claim-package';
import { claimPackageJson } from '../../../src-main/services/claims/package/claim-json';
import { ENTRIES } from '../../helpers/seed';
import { createTestDesk, type TestDesk } from '../../helpers/test-desk';
import { seedScenarioPackage } from './claim-fixtures';

/** The same values with every object's keys in reverse order, the way another build path might assemble them. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  ) as T;
}

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

describe('the claim package as JSON', () => {
  it('parses back with the claim number, the totals as decimal strings and every line', async () => {
    const pkg = await seedScenarioPackage(t);
    const json = claimPackageJson(pkg);
    const back = JSON.parse(json) as ClaimPackage;
    expect(back.claim).toMatchObject({ number: pkg.claim.number, dutyPaid: '2000.00', dutyRefund: '1980.00', totalRefund: '1980.00', lines: 2, quantity: 400 });
    expect(back.lines.map((l) => [l.lineNo, l.lotCode, l.quantity, l.entryNumber, l.refund])).toEqual([
      [1, 'NW-A', 250, ENTRIES.a, '1237.5000'],
      [2, 'NW-B', 150, ENTRIES.a, '742.5000'],
    ]);
    expect(back.imports).toEqual(pkg.imports);
    expect(back.documents.map((d) => [d.shipmentReference, d.kind, d.reference])).toEqual([['EXP-0001', 'bill-of-lading', 'MAEU998877']]);
    expect(back).toEqual(pkg);
    // pretty: two-space indent, one key per line
    expect(json).toMatch(/^\{\n {2}"generatedAt": "/);
  });

  it('writes the same bytes however the objects were assembled, sections in the claim record order', async () => {
    const pkg = await seedScenarioPackage(t);
    const json = claimPackageJson(pkg);
    expect(claimPackageJson(reversedKeys(pkg))).toBe(json);
    // then the ledger's signed audit chain head (issue 10: packages anchor the chain outside the file)
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'generatedAt',
      'claim',
      'provisionLabel',
      'imports',
      'classifications',
      'exports',
      'lines',
      'documents',
      'auditAnchor',
    ]);
    expect(Object.keys((JSON.parse(json) as ClaimPackage).lines[0]!)).toEqual(Object.keys(pkg.lines[0]!).sort());
  });
});
