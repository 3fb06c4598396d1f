import { describe, expect, it } from 'vitest';
import { matchExports } from '../../../src-main/engine/matching/match-exports';
import type { MatchResult } from '../../../src-main/engine/matching/matching-types';
import { exportLine, lot, POLO, request, statutoryRules, TEE } from '../../helpers/match-request';

/** [lot code, quantity, basis] per allocation, in the order the engine made them. */
const taken = (result: MatchResult, lots: { id: number; lotCode: string }[]) =>
  result.allocations.map((a) => [lots.find((l) => l.id === a.lotId)!.lotCode, a.quantity, a.basis]);
const flagged = 'entry 2024-000042 is flagged for reconciliation and cannot be designated until the reconciliation is filed';

/**
 * A lot named at pick is direct identification (19 U.S.C. 1313(j)(1)): the exported units are those
 * units of that lot. If the lot cannot be used, the line stays unmatched with the reason; it is never
 * tied to other stock instead, whatever else the ledger holds.
 */
describe('a lot named at pick is never swapped for another', () => {
  const other = () => lot({ lotCode: 'L2', entryNumber: '2023-000187', entryLineId: 2, importDate: '2023-08-14', receivedDate: '2023-08-20', available: 500 });

  it('outside its five-year window (19 U.S.C. 1313(j)(1)): unmatched, with the reason, though another entry has stock', () => {
    const lots = [lot({ lotCode: 'L4', importDate: '2017-03-01', receivedDate: '2017-03-05', entryNumber: '2017-000044' }), other()];
    const result = matchExports(request(lots, [exportLine({ quantity: 40, lotCode: 'L4', date: '2023-11-06' })], { substitution: true }));
    expect(result.allocations).toEqual([]);
    expect(result.outcomes[0]!.reason).toBe(
      '40 of 40 units unmatched: lot L4 named at pick was imported on 2017-03-01 (entry 2017-000044), more than five years before the export date 2023-11-06 (19 U.S.C. 1313(j)); a lot named at pick identifies the goods shipped (direct identification), so the rest is not tied to other stock',
    );
  });

  it('on an entry flagged for reconciliation: unmatched, naming the flag', () => {
    const lots = [lot({ lotCode: 'L4', blocked: flagged, entryNumber: '2024-000042' }), other()];
    const result = matchExports(request(lots, [exportLine({ quantity: 40, lotCode: 'L4' })], { substitution: true }));
    expect(result.allocations).toEqual([]);
    expect(result.outcomes[0]!.reason).toContain(`lot L4 named at pick is held back (${flagged})`);
  });

  it('not in the ledger, or not yet received by the export date: unmatched', () => {
    const ghost = matchExports(request([other()], [exportLine({ quantity: 5, lotCode: 'GHOST' })]));
    expect(ghost.allocations).toEqual([]);
    expect(ghost.outcomes[0]!.reason).toBe(
      `5 of 5 units unmatched: lot GHOST named at pick is not in the ledger for SKU ${TEE.sku}; a lot named at pick identifies the goods shipped (direct identification), so the rest is not tied to other stock`,
    );
    const late = matchExports(
      request([lot({ lotCode: 'LATE', receivedDate: '2023-12-01' }), other()], [exportLine({ quantity: 5, lotCode: 'LATE', date: '2023-11-06' })]),
    );
    expect(late.allocations).toEqual([]);
    expect(late.outcomes[0]!.reason).toContain('lot LATE named at pick was first received on 2023-12-01, after the export date 2023-11-06');
  });

  it('gives what it has; the rest of the line stays unmatched instead of falling to other lots, entries or substitutes', () => {
    const lots = [lot({ lotCode: 'PEGGED', available: 30 }), other(), lot({ lotCode: 'POLO-1', itemId: POLO.itemId, hts10: POLO.hts10, entryLineId: 9 })];
    const result = matchExports(request(lots, [exportLine({ quantity: 130, lotCode: 'PEGGED', entryNumber: '2023-000187' })], { substitution: true }));
    expect(taken(result, lots)).toEqual([['PEGGED', 30, 'lot']]);
    expect(result.outcomes[0]!.reason).toBe(
      '100 of 130 units unmatched: lot PEGGED named at pick gave the 30 units it could: its other units are tied to other exports or were never received; a lot named at pick identifies the goods shipped (direct identification), so the rest is not tied to other stock',
    );
  });

  it('used up by an earlier export: the later one stays unmatched', () => {
    const lots = [lot({ lotCode: 'ONLY', available: 10 }), other()];
    const result = matchExports(
      request(lots, [exportLine({ quantity: 10, lotCode: 'ONLY', date: '2023-11-06' }), exportLine({ quantity: 4, lotCode: 'ONLY', date: '2023-11-07' })]),
    );
    expect(taken(result, lots)).toEqual([['ONLY', 10, 'lot']]);
    expect(result.outcomes[1]!.reason).toContain('lot ONLY named at pick has nothing to give');
  });
});

/**
 * Commingled fungible stock is identified by an approved accounting method (19 CFR 190.14,
 * 191.14(c)), the one the policy names; orders that are not accounting methods (highest duty, oldest
 * import) only designate substitutes.
 */
describe('commingled stock is drawn by the approved accounting method', () => {
  // received R1 (5 May, $5/unit), R2 (1 Jun, $7.25), R3 (1 Jul, $4), R0 (1 Jul, $0: duty-free)
  const lots = () => [
    lot({ lotCode: 'R2', importDate: '2023-03-01', receivedDate: '2023-06-01', dutyPerUnit: 7.25, available: 10 }),
    lot({ lotCode: 'R3', importDate: '2023-01-10', receivedDate: '2023-07-01', dutyPerUnit: 4, available: 10 }),
    lot({ lotCode: 'R1', importDate: '2023-04-01', receivedDate: '2023-05-05', dutyPerUnit: 5, available: 10 }),
    lot({ lotCode: 'R0', importDate: '2023-04-01', receivedDate: '2023-07-01', dutyPerUnit: 0, available: 10 }),
  ];
  const run = (policy: Parameters<typeof request>[2], quantity = 25, date = '2023-11-06') => {
    const l = lots();
    return taken(matchExports(request(l, [exportLine({ quantity, date })], policy)), l);
  };

  it('FIFO: the oldest remaining receipt first', () => {
    expect(run({ method: 'fifo' })).toEqual([
      ['R1', 10, 'sku'],
      ['R2', 10, 'sku'],
      ['R3', 5, 'sku'],
    ]);
  });
  it('LIFO: the newest remaining receipt first (same-day receipts: the later record first)', () => {
    expect(run({ method: 'lifo' })).toEqual([
      ['R0', 10, 'sku'],
      ['R3', 10, 'sku'],
      ['R2', 5, 'sku'],
    ]);
  });
  it('low-to-high: the lowest drawback per unit first, zero lowest of all, ties to the oldest receipt', () => {
    expect(run({ method: 'low-to-high' })).toEqual([
      ['R0', 10, 'sku'],
      ['R3', 10, 'sku'],
      ['R1', 5, 'sku'],
    ]);
    expect(run({ method: 'low-to-high-blanket' })).toEqual([
      ['R0', 10, 'sku'],
      ['R3', 10, 'sku'],
      ['R1', 5, 'sku'],
    ]);
  });
  it('low-to-high with a turnover period: only receipts within the period before the export', () => {
    // export 2023-07-20, 30-day period: receipts from 2023-06-20 on qualify (R3, R0), not R1 or R2
    expect(run({ method: 'low-to-high-turnover', turnoverDays: 30 }, 25, '2023-07-20')).toEqual([
      ['R0', 10, 'sku'],
      ['R3', 10, 'sku'],
    ]);
  });
  it('average: every receipt gives in proportion to what it holds, whole units adding up to the withdrawal', () => {
    const l = lots();
    const result = matchExports(request(l, [exportLine({ quantity: 10 })], { method: 'average' }));
    // 10 of 40 units from four receipts of 10: 2.5 each; the two oldest receipts take the extra units
    expect(taken(result, l).sort()).toEqual([
      ['R0', 2, 'sku'],
      ['R1', 3, 'sku'],
      ['R2', 3, 'sku'],
      ['R3', 2, 'sku'],
    ]);
  });
  it('an order that is not an accounting method never draws commingled stock: highest-duty designates substitutes only', () => {
    const l = [
      ...lots(),
      lot({ lotCode: 'POLO-9', itemId: POLO.itemId, hts10: POLO.hts10, entryLineId: 9, dutyPerUnit: 9, available: 10 }),
      lot({ lotCode: 'POLO-1', itemId: POLO.itemId, hts10: POLO.hts10, entryLineId: 8, dutyPerUnit: 1, available: 10 }),
    ];
    const result = matchExports(request(l, [exportLine({ quantity: 45 })], { method: 'fifo', order: 'highest-duty', substitution: true }));
    expect(taken(result, l)).toEqual([
      ['R1', 10, 'sku'],
      ['R2', 10, 'sku'],
      ['R3', 10, 'sku'],
      ['R0', 10, 'sku'],
      ['POLO-9', 5, 'substitution'],
    ]);
  });
  it('a receipt booked after the export date is not drawn on: a withdrawal takes what is in the inventory', () => {
    expect(run({ method: 'fifo' }, 25, '2023-06-15')).toEqual([
      ['R1', 10, 'sku'],
      ['R2', 10, 'sku'],
    ]);
  });
});

/**
 * 19 U.S.C. 1313(j)(4): the exportation to Canada or Mexico of merchandise substituted for imported
 * merchandise does not constitute an exportation for 1313(j)(2) (19 CFR 181.42(d) since 1994-01-01,
 * 182.42(c) under USMCA); for Chile, from 2015-01-01 (1313(j)(4)(B)). Substitution is never designated
 * for such an export, and the line says why.
 */
describe('destination rules: no substitution designated for exports that cannot earn 1313(j)(2) drawback', () => {
  const polo = () =>
    lot({
      lotCode: 'POLO-1',
      itemId: POLO.itemId,
      hts10: POLO.hts10,
      entryLineId: 9,
      entryNumber: '2023-000555',
      importDate: '2010-01-04',
      receivedDate: '2010-01-05',
      available: 500,
    });
  const substitute = (destination: string, date: string) => {
    const lots = [polo()];
    return matchExports(request(lots, [exportLine({ quantity: 10, destination, date })], { substitution: true }, {}, statutoryRules()));
  };

  it.each(['CA', 'MX'])('an export to %s gets no substitute, under NAFTA or USMCA, and the reason cites 1313(j)(4)', (country) => {
    for (const date of ['2013-06-03', '2020-06-30', '2020-07-01', '2014-12-31']) {
      const result = substitute(country, date);
      expect(result.allocations, `${country} ${date}`).toEqual([]);
      expect(result.outcomes[0]!.reason).toContain(
        `substitution was not tried: exported to ${country} on ${date}: no unused-merchandise substitution drawback is paid on exports to ${country} (19 U.S.C. 1313(j)(4)`,
      );
    }
  });

  it('an export to Chile gets no substitute from 2015-01-01; before that the phase-out only reduces it (checked on the claim)', () => {
    expect(substitute('CL', '2015-01-01').allocations).toEqual([]);
    expect(substitute('CL', '2014-12-31').allocations).toHaveLength(1);
  });

  it('an export elsewhere is designated as before', () => {
    expect(substitute('JP', '2013-06-03').outcomes[0]).toMatchObject({ allocated: 10, reason: null });
  });

  it('direct identification of an export to Canada is unaffected (1313(j)(1) remains available)', () => {
    const lots = [lot({ available: 10 })];
    expect(
      matchExports(request(lots, [exportLine({ quantity: 10, destination: 'CA' })], { substitution: true }, {}, statutoryRules())).outcomes[0],
    ).toMatchObject({ allocated: 10, reason: null });
  });
});
