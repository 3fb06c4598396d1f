import { describe, expect, it } from 'vitest';
import { matchExports } from '../../../src-main/engine/matching/match-exports';
import { MatchingCancelled, type MatchResult } from '../../../src-main/engine/matching/matching-types';
import { exportLine, lot, POLO, request, TEE } from '../../helpers/match-request';

/** [lot code, quantity, basis] per allocation, in the order the engine made them. */
const taken = (result: MatchResult, lots: { id: number; lotCode: string }[]) =>
  result.allocations.map((a) => [lots.find((l) => l.id === a.lotId)!.lotCode, a.quantity, a.basis]);

describe('matching: which lot an export draws on', () => {
  it('takes the lot pegged at pick, even when FIFO would pick an older one, and nothing else for that line', () => {
    const lots = [lot({ lotCode: 'OLD', receivedDate: '2023-05-02' }), lot({ lotCode: 'PEGGED', receivedDate: '2023-06-01' })];
    const result = matchExports(request(lots, [exportLine({ quantity: 130, lotCode: 'PEGGED' })]));
    // 100 from the pegged lot; the other 30 are not re-tied to OLD (a named lot is direct identification)
    expect(taken(result, lots)).toEqual([['PEGGED', 100, 'lot']]);
    expect(result.outcomes).toEqual([
      {
        exportLineId: expect.any(Number),
        requested: 130,
        allocated: 100,
        reason: expect.stringContaining('30 of 130 units unmatched: lot PEGGED named at pick'),
      },
    ]);
  });

  it('takes lots of the entry the export documents name before other lots of the SKU', () => {
    const lots = [
      lot({ lotCode: 'A-1', entryNumber: '2023-000123', entryLineId: 1, receivedDate: '2023-05-02' }),
      lot({ lotCode: 'B-1', entryNumber: '2023-000187', entryLineId: 2, receivedDate: '2023-08-20', importDate: '2023-08-14' }),
    ];
    const result = matchExports(request(lots, [exportLine({ quantity: 150, entryNumber: '2023-000187' })]));
    expect(taken(result, lots)).toEqual([
      ['B-1', 100, 'entry'],
      ['A-1', 50, 'sku'],
    ]);
  });

  it('a pegged lot is all a line draws on; a stated entry comes before the rest of the SKU', () => {
    const lots = [
      lot({ lotCode: 'FIFO-FIRST', entryNumber: '2023-000001', entryLineId: 1, receivedDate: '2023-05-01' }),
      lot({ lotCode: 'OF-ENTRY', entryNumber: '2023-000002', entryLineId: 2, receivedDate: '2023-05-02' }),
      lot({ lotCode: 'PEGGED', entryNumber: '2023-000003', entryLineId: 3, receivedDate: '2023-05-03' }),
    ];
    const result = matchExports(
      request(lots, [exportLine({ quantity: 250, lotCode: 'PEGGED', entryNumber: '2023-000002' }), exportLine({ quantity: 150, entryNumber: '2023-000002' })]),
    );
    expect(taken(result, lots)).toEqual([
      ['PEGGED', 100, 'lot'],
      ['OF-ENTRY', 100, 'entry'],
      ['FIFO-FIRST', 50, 'sku'],
    ]);
  });

  describe('the policy orders the lots of the SKU by its accounting method, and substitutes by its order', () => {
    // received: R1 < R2 < R3; imported: R3 first; duty per unit: R2 highest
    const lots = () => [
      lot({ lotCode: 'R2', importDate: '2023-03-01', receivedDate: '2023-06-01', dutyPerUnit: 7.25, available: 10 }),
      lot({ lotCode: 'R3', importDate: '2023-01-10', receivedDate: '2023-07-01', dutyPerUnit: 4, available: 10 }),
      lot({ lotCode: 'R1', importDate: '2023-04-01', receivedDate: '2023-05-01', dutyPerUnit: 5, available: 10 }),
    ];
    const byMethod = (method: 'fifo' | 'lifo') => {
      const l = lots();
      return taken(matchExports(request(l, [exportLine({ quantity: 25 })], { method })), l);
    };
    // the same lots as substitutes (another item under the same 8-digit subheading), designated in `order`
    const byOrder = (order: 'fifo' | 'lifo' | 'oldest-import' | 'highest-duty') => {
      const l = lots().map((x) => ({ ...x, itemId: POLO.itemId, hts10: POLO.hts10 }));
      return taken(matchExports(request(l, [exportLine({ quantity: 25 })], { substitution: true, order })), l);
    };

    it('fifo: the earliest received lot first', () => {
      expect(byMethod('fifo')).toEqual([
        ['R1', 10, 'sku'],
        ['R2', 10, 'sku'],
        ['R3', 5, 'sku'],
      ]);
    });
    it('lifo: the latest received lot first', () => {
      expect(byMethod('lifo')).toEqual([
        ['R3', 10, 'sku'],
        ['R2', 10, 'sku'],
        ['R1', 5, 'sku'],
      ]);
    });
    it('oldest-import designates substitutes by the earliest import date first', () => {
      expect(byOrder('oldest-import')).toEqual([
        ['R3', 10, 'substitution'],
        ['R2', 10, 'substitution'],
        ['R1', 5, 'substitution'],
      ]);
    });
    it('highest-duty designates substitutes with the highest duty per unit first', () => {
      expect(byOrder('highest-duty')).toEqual([
        ['R2', 10, 'substitution'],
        ['R1', 10, 'substitution'],
        ['R3', 5, 'substitution'],
      ]);
    });
  });

  describe('substitution', () => {
    // a polo shirt: another item under the same 8-digit subheading 6109.10.00 (10-digit 6109.10.0040), made in VN
    const polo = () => lot({ lotCode: 'POLO-1', itemId: POLO.itemId, hts10: POLO.hts10, entryLineId: 9, entryNumber: '2023-000555' });

    it('is never used when the policy has it off', () => {
      const lots = [polo()];
      const result = matchExports(request(lots, [exportLine({ quantity: 10 })], { substitution: false }));
      expect(result.allocations).toEqual([]);
      expect(result.outcomes[0]!.reason).toBe(`10 of 10 units unmatched: no lot of SKU ${TEE.sku} has been received`);
    });

    it('with it on, draws on another item of the same 8-digit HTS and origin, after the item’s own lots', () => {
      const lots = [polo(), lot({ lotCode: 'TEE-1', available: 4 })];
      const result = matchExports(request(lots, [exportLine({ quantity: 10 })], { substitution: true }));
      expect(taken(result, lots)).toEqual([
        ['TEE-1', 4, 'sku'],
        ['POLO-1', 6, 'substitution'],
      ]);
    });

    it('with it on, refuses another 8-digit subheading or another origin', () => {
      const lots = [
        lot({ lotCode: 'OTHER-HTS8', itemId: 3, hts10: '6109901000', entryLineId: 10 }),
        lot({ lotCode: 'OTHER-ORIGIN', itemId: 4, hts10: TEE.hts10, origin: 'BD', entryLineId: 11 }),
      ];
      const result = matchExports(request(lots, [exportLine({ quantity: 10 })], { substitution: true }));
      expect(result.allocations).toEqual([]);
      expect(result.outcomes[0]!.reason).toBe(`10 of 10 units unmatched: no lot of SKU ${TEE.sku}, nor of another item under HTS 61091000 from VN, qualifies`);
    });

    it('with it on, still keeps the export within the substitute’s date window', () => {
      const lots = [lot({ lotCode: 'POLO-LATE', itemId: POLO.itemId, hts10: POLO.hts10, importDate: '2023-12-01', entryLineId: 9 })];
      expect(matchExports(request(lots, [exportLine({ quantity: 10, date: '2023-11-06' })], { substitution: true })).allocations).toEqual([]);
    });
  });

  describe('the date window of 19 U.S.C. 1313(j)(1): on or after import, within five years of it', () => {
    const windowCase = (importDate: string, exportDate: string) => {
      const lots = [lot({ importDate })];
      return matchExports(request(lots, [exportLine({ quantity: 10, date: exportDate })]));
    };

    it('refuses an export dated before the import', () => {
      const result = windowCase('2023-05-01', '2023-04-30');
      expect(result.allocations).toEqual([]);
      expect(result.outcomes[0]!.reason).toBe(
        `10 of 10 units unmatched: every lot of SKU ${TEE.sku} was imported after the export date 2023-04-30 or five years or more before it, its five years closed (19 U.S.C. 1313(j))`,
      );
    });

    // "before the close of the 5-year period beginning on the date of importation": the import date is
    // the period's first day, so its five years close the day before the fifth anniversary
    it('accepts an export on the import date and on the day before the fifth anniversary', () => {
      expect(windowCase('2023-05-01', '2023-05-01').outcomes[0]!.allocated).toBe(10);
      expect(windowCase('2023-05-01', '2028-04-30').outcomes[0]!.allocated).toBe(10);
    });

    it('refuses an export on the fifth anniversary: the five years have closed', () => {
      const result = windowCase('2023-05-01', '2028-05-01');
      expect(result.allocations).toEqual([]);
      expect(result.outcomes[0]!.reason).toContain('five years or more before it, its five years closed (19 U.S.C. 1313(j))');
    });

    it('for a 29 February import the five years close on 27 February (the anniversary taken as 28 February)', () => {
      expect(windowCase('2020-02-29', '2025-02-27').outcomes[0]!.allocated).toBe(10);
      expect(windowCase('2020-02-29', '2025-02-28').outcomes[0]!.allocated).toBe(0);
    });

    it('skips the lot outside the window and takes the next one in order', () => {
      const lots = [lot({ lotCode: 'TOO-OLD', importDate: '2018-01-02', receivedDate: '2018-01-05' }), lot({ lotCode: 'RECENT', importDate: '2023-01-02' })];
      const result = matchExports(request(lots, [exportLine({ quantity: 10, date: '2023-11-06' })]));
      expect(taken(result, lots)).toEqual([['RECENT', 10, 'sku']]);
    });
  });

  describe('a lot never gives more than it has, nor more than its entry line has left', () => {
    it('splits an export over lots when the first runs out', () => {
      const lots = [lot({ lotCode: 'SMALL', available: 3, receivedDate: '2023-05-01' }), lot({ lotCode: 'BIG', receivedDate: '2023-05-02' })];
      const result = matchExports(request(lots, [exportLine({ quantity: 8 })]));
      expect(taken(result, lots)).toEqual([
        ['SMALL', 3, 'sku'],
        ['BIG', 5, 'sku'],
      ]);
    });

    it('two lots of one entry line hold 400 units but the line imported 300: 300 are matched, and the reason says why the rest are not', () => {
      const lots = [
        lot({ lotCode: 'L-1', available: 200, entryLineId: 7, receivedDate: '2023-05-01' }),
        lot({ lotCode: 'L-2', available: 200, entryLineId: 7, receivedDate: '2023-05-02' }),
      ];
      const result = matchExports(request(lots, [exportLine({ quantity: 250 }), exportLine({ quantity: 150, date: '2023-11-07' })], {}, { 7: 300 }));
      expect(taken(result, lots)).toEqual([
        ['L-1', 200, 'sku'],
        ['L-2', 50, 'sku'],
        ['L-2', 50, 'sku'],
      ]);
      expect(result.outcomes.map((o) => [o.requested, o.allocated])).toEqual([
        [250, 250],
        [150, 50],
      ]);
      expect(result.outcomes[1]!.reason).toBe(
        `100 of 150 units unmatched: the entry line of the lots of SKU ${TEE.sku} that qualify (entry 2023-000123) has no units left to designate; a lot cannot give more than its entry line imported`,
      );
    });

    it('later exports see what earlier ones took', () => {
      const lots = [lot({ lotCode: 'ONLY', available: 10 })];
      const result = matchExports(
        request(lots, [exportLine({ id: 2, quantity: 6, date: '2023-11-07' }), exportLine({ id: 1, quantity: 6, date: '2023-11-06' })]),
      );
      // in date order: the 6 November export first
      expect(result.outcomes.map((o) => [o.exportLineId, o.allocated])).toEqual([
        [1, 6],
        [2, 4],
      ]);
      expect(result.outcomes[1]!.reason).toBe(`2 of 6 units unmatched: the lots of SKU ${TEE.sku} that qualify are already tied to other exports`);
    });
  });

  describe('partial and unmatched lines say why', () => {
    it('a lot named at pick that was never received, with other lots it is not replaced by', () => {
      const lots = [lot({ lotCode: 'REAL', available: 3 })];
      const result = matchExports(request(lots, [exportLine({ quantity: 5, lotCode: 'GHOST' })]));
      expect(result.outcomes[0]).toMatchObject({
        requested: 5,
        allocated: 0,
        reason: `5 of 5 units unmatched: lot GHOST named at pick is not in the ledger for SKU ${TEE.sku}; a lot named at pick identifies the goods shipped (direct identification), so the rest is not tied to other stock`,
      });
    });
  });

  describe('blocked lots (an entry flagged for reconciliation) are never used', () => {
    const flagged = 'entry 2024-000042 is flagged for reconciliation and cannot be designated until the reconciliation is filed';

    it('leaves the export unmatched and names the block', () => {
      const lots = [lot({ lotCode: 'RECON', entryNumber: '2024-000042', blocked: flagged, available: 500 })];
      const result = matchExports(request(lots, [exportLine({ quantity: 10, entryNumber: '2024-000042' })], { substitution: true }));
      expect(result.allocations).toEqual([]);
      expect(result.outcomes[0]!.reason).toBe(`10 of 10 units unmatched: every lot of SKU ${TEE.sku} is held back (${flagged})`);
    });

    it('when other lots run out, the reason still names the lot held back', () => {
      const lots = [
        lot({ lotCode: 'FREE', available: 4, receivedDate: '2023-05-01' }),
        lot({ lotCode: 'RECON', entryLineId: 5, entryNumber: '2024-000042', blocked: flagged, available: 500, receivedDate: '2023-04-01' }),
      ];
      const result = matchExports(request(lots, [exportLine({ quantity: 10 })]));
      expect(taken(result, lots)).toEqual([['FREE', 4, 'sku']]);
      expect(result.outcomes[0]!.reason).toContain('6 of 10 units unmatched');
      expect(result.outcomes[0]!.reason).toContain(`lot RECON is held back (${flagged})`);
    });

    it('a blocked substitute is not used either', () => {
      const lots = [lot({ lotCode: 'POLO-RECON', itemId: POLO.itemId, hts10: POLO.hts10, blocked: flagged, entryLineId: 9 })];
      expect(matchExports(request(lots, [exportLine({ quantity: 10 })], { substitution: true })).allocations).toEqual([]);
    });
  });

  describe('progress and cancellation', () => {
    const many = (n: number) => {
      const lots = [lot({ available: n })];
      return request(
        lots,
        Array.from({ length: n }, (_, i) => exportLine({ id: 10_000 + i, quantity: 1 })),
      );
    };

    it('reports progress every 500 export lines and at the end', () => {
      const seen: [number, number][] = [];
      const result = matchExports(many(1_200), { progress: (done, total) => seen.push([done, total]) });
      expect(seen).toEqual([
        [0, 1_200],
        [500, 1_200],
        [1_000, 1_200],
        [1_200, 1_200],
      ]);
      expect(result.allocations.reduce((s, a) => s + a.quantity, 0)).toBe(1_200);
    });

    it('stops with MatchingCancelled as soon as shouldStop says so, and returns nothing', () => {
      let asked = 0;
      const run = () => matchExports(many(1_200), { shouldStop: () => ++asked > 1 });
      expect(run).toThrow(MatchingCancelled);
      expect(asked).toBe(2);
      expect(() => matchExports(many(10), { shouldStop: () => true })).toThrow('the matching run was cancelled');
    });
  });

  it('does not change the request it is given (the same request matches the same way twice)', () => {
    const req = request([lot({ available: 50, entryLineId: 3 })], [exportLine({ quantity: 30 })], {}, { 3: 40 });
    const first = matchExports(req);
    expect(req.entryLineLeft.get(3)).toBe(40);
    expect(matchExports(req)).toEqual(first);
  });
});
