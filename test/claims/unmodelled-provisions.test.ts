import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimProvision } from '../../src-shared/domain/claims';
import { draft, matchNow } from '../helpers/claims';
import { shipment } from '../helpers/exports';
import { BINS, receipt } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * 19 CFR 190.51(a)(2): a drawback entry states data that depends on the provision. Manufacturing
 * claims (1313(a), (b)) name the manufacturing ruling and the articles made or the merchandise
 * substituted; rejected-merchandise claims (1313(c)) say why it was rejected and when it went back
 * to CBP custody. The desk records none of that: such a claim drafted from its unused-merchandise
 * data would be a relabelled 1313(j) claim, so drafting one is refused, with nothing written.
 */
let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
  t.ok('receiving:create-receipt', receipt({ lotCode: 'NW-A', quantity: 400, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }), t.actors.clerk);
  t.ok('exports:record-shipment', shipment({ documents: [{ kind: 'bill-of-lading', reference: 'MAEU998877' }] }), t.actors.specialist);
  matchNow(t);
});
afterEach(() => t.dispose());

const REFUSED: [ClaimProvision, string, RegExp][] = [
  ['manufacturing-direct-identification', '1313(a) manufacturing, direct identification', /manufacturing drawback ruling/],
  ['manufacturing-substitution', '1313(b) manufacturing, substitution', /substituted merchandise used in manufacture/],
  ['rejected-merchandise', '1313(c) rejected merchandise', /the reason the merchandise was rejected/],
];

describe('provisions the desk does not model are refused at draft', () => {
  for (const [provision, label, needs] of REFUSED) {
    it(`${provision}: refused with what its claims need, and nothing is written`, () => {
      const claims = t.count('claims');
      const records = t.count('audit_log');
      const refused = t.refused('claims:draft', draft({ provision }), t.actors.specialist);
      expect(refused.code).toBe('VALIDATION');
      expect(refused.message).toMatch(new RegExp(`^${label.replace(/[()]/g, '\\$&')} is not modelled yet: its claims need `));
      expect(refused.message).toMatch(needs);
      expect(refused.message).toContain('(19 CFR 190.51(a)(2))');
      expect(refused.message).toContain('draft an unused-merchandise claim (1313(j)) or file it outside the desk');
      expect(refused.issues).toEqual([{ field: 'provision', message: 'not modelled yet' }]);
      expect(t.count('claims')).toBe(claims);
      expect(t.count('audit_log')).toBe(records);
    });
  }

  it('the same allocations still draft as an unused-merchandise claim', () => {
    expect(t.ok('claims:draft', draft({ provision: 'unused-direct-identification' }), t.actors.specialist)).toMatchObject({
      provision: 'unused-direct-identification',
      totalRefund: '1980.00',
    });
  });
});
