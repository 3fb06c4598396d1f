import { afterEach, describe, expect, it } from 'vitest';
import { matchNow, tickAll } from '../helpers/claims';
import { shipment } from '../helpers/exports';
import { BINS, receipt } from '../helpers/seed';
import { createTestDesk, manualClock, type TestDesk } from '../helpers/test-desk';

/**
 * 19 CFR 190.51(e)(1) / 19 U.S.C. 1313(r)(1): a complete claim is filed no later than five years after
 * the import of the merchandise it designates. Entry 2023-000123 was imported on 1 May 2023; its five
 * years close on 30 April 2028 (engine/five-years.ts). A claim drafted in time must still be refused
 * when the desk acts on it after that day, whatever its claim date says.
 */
const LATE = '2028-05-01T09:00:00.000Z';
const LAST_DAY = '2028-04-30T09:00:00.000Z';
const LATE_LINE =
  /claim line 1: (today \(2028-05-01\)|the filing date 2028-05-01) is past the last day to file a claim on entry 2023-000123 line 1, imported on 2023-05-01: the last day was 2028-04-30 \(19 CFR 190\.51\(e\)\)/;

let t: TestDesk;
afterEach(() => t.dispose());

function draftedClaim(clock = manualClock()) {
  t = createTestDesk({ seed: true, clock });
  t.ok('receiving:create-receipt', receipt({ lotCode: 'NW-A', quantity: 400, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }), t.actors.clerk);
  t.ok('exports:record-shipment', shipment({ documents: [{ kind: 'bill-of-lading', reference: 'MAEU998877' }] }), t.actors.specialist);
  matchNow(t);
  const claim = t.ok(
    'claims:draft',
    {
      provision: 'unused-direct-identification',
      claimant: 'Northwind Apparel Inc.',
      periodStart: '2023-11-01',
      periodEnd: '2023-11-30',
      claimDate: '2024-03-04',
    },
    t.actors.specialist,
  );
  expect(claim).toMatchObject({ totalRefund: '1980.00', openExceptions: 0 });
  return { clock, number: claim.number };
}

describe('time limits re-checked on the day of each action (19 CFR 190.51(e))', () => {
  it('refuses to file an approved claim once the clock has passed the last day, naming the line, entry, import date and last day', () => {
    const { clock, number } = draftedClaim();
    t.ok('claims:submit', { claimNumber: number }, t.actors.specialist);
    t.ok('claims:approve', { claimNumber: number }, t.actors.supervisor);

    clock.set(LATE);
    const refused = t.refused('claims:file', { claimNumber: number, filedReference: 'AE1234567', filedOn: '2028-05-01' }, t.actors.specialist);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(new RegExp(`^claim ${number} cannot be filed on 2028-05-01: `));
    expect(refused.message).toMatch(LATE_LINE);
    expect(t.ok('claims:get', { claimNumber: number }, t.actors.specialist).state).toBe('approved');
    // the refusal leaves the problem in the queue for the claim's owner
    const queue = t.ok('exceptions:claim-queue', { state: 'open', claimNumber: number, limit: 50 }, t.actors.specialist);
    expect(queue.map((x) => x.kind)).toEqual(['claim-after-five-years']);
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  });

  it('a filing date stated in time does not get round today: filing is refused on either date past the limit', () => {
    const { clock, number } = draftedClaim();
    t.ok('claims:submit', { claimNumber: number }, t.actors.specialist);
    t.ok('claims:approve', { claimNumber: number }, t.actors.supervisor);
    clock.set(LATE);
    expect(t.refused('claims:file', { claimNumber: number, filedReference: 'AE1234567', filedOn: '2028-04-30' }, t.actors.specialist).message).toMatch(
      LATE_LINE,
    );
    // and a filing date past the limit is refused even while today is in time
    clock.set(LAST_DAY);
    expect(t.refused('claims:file', { claimNumber: number, filedReference: 'AE1234567', filedOn: '2028-05-01' }, t.actors.specialist).message).toMatch(
      /the filing date 2028-05-01 is past the last day to file a claim on entry 2023-000123 line 1/,
    );
  });

  it('files on the last day itself', () => {
    const { clock, number } = draftedClaim();
    t.ok('claims:submit', { claimNumber: number }, t.actors.specialist);
    t.ok('claims:approve', { claimNumber: number }, t.actors.supervisor);
    clock.set(LAST_DAY);
    expect(t.ok('claims:file', { claimNumber: number, filedReference: 'AE1234567', filedOn: '2028-04-30' }, t.actors.specialist).state).toBe('filed');
  });

  it('refuses to approve a claim once the clock has passed the last day', () => {
    const { clock, number } = draftedClaim();
    t.ok('claims:submit', { claimNumber: number }, t.actors.specialist);
    clock.set(LATE);
    const refused = t.refused('claims:approve', { claimNumber: number }, t.actors.supervisor);
    expect(refused.message).toMatch(new RegExp(`^claim ${number} cannot be approved: `));
    expect(refused.message).toMatch(LATE_LINE);
    expect(t.ok('claims:get', { claimNumber: number }, t.actors.specialist).state).toBe('in-review');
  });

  it('refuses to submit a claim once the clock has passed the last day; excluding the late line is the way out', () => {
    const { clock, number } = draftedClaim();
    clock.set(LATE);
    const refused = t.refused('claims:submit', { claimNumber: number }, t.actors.specialist);
    expect(refused.message).toMatch(new RegExp(`^claim ${number} cannot be submitted: `));
    expect(refused.message).toMatch(LATE_LINE);
    expect(t.ok('claims:get', { claimNumber: number }, t.actors.specialist).state).toBe('draft');
    // the problem cannot be waved through: resolving is refused while the line is in the claim
    tickAll(t, number);
    const [late] = t.ok('exceptions:claim-queue', { state: 'open', claimNumber: number, limit: 50 }, t.actors.specialist);
    expect(t.refused('exceptions:resolve', { exceptionId: late!.id, note: 'we will file soon' }, t.actors.specialist).message).toContain('still there');
  });

  it('a claim date planned past the last day raises the exception at draft and stops the submission', () => {
    // a claim is planned at most a year ahead of the desk's day: the desk's day is then in 2027
    t = createTestDesk({ seed: true, clock: manualClock('2027-06-01T09:00:00.000Z') });
    t.ok('receiving:create-receipt', receipt({ lotCode: 'NW-A', quantity: 400, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }), t.actors.clerk);
    t.ok('exports:record-shipment', shipment({ documents: [{ kind: 'bill-of-lading', reference: 'MAEU998877' }] }), t.actors.specialist);
    matchNow(t);
    const claim = t.ok(
      'claims:draft',
      {
        provision: 'unused-direct-identification',
        claimant: 'Northwind Apparel Inc.',
        periodStart: '2023-11-01',
        periodEnd: '2023-11-30',
        claimDate: '2028-05-01',
      },
      t.actors.specialist,
    );
    expect(claim.exceptions.map((x) => x.kind)).toEqual(['claim-after-five-years']);
    expect(t.refused('claims:submit', { claimNumber: claim.number }, t.actors.specialist).message).toContain(
      'the claim date 2028-05-01 is past the last day to file a claim on entry 2023-000123 line 1, imported on 2023-05-01: the last day was 2028-04-30',
    );
  });
});
