import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchExports } from '../../../src-main/engine/matching/match-exports';
import { destinationRestriction } from '../../../src-main/engine/eligibility/destination-rules';
import type { DesignationOrder, MatchExportLine, MatchLot, MatchMethod, MatchRequest } from '../../../src-main/engine/matching/matching-types';
import { day, statutoryRules } from '../../helpers/match-request';

/** Three items: 1 and 2 share subheading 6109.10.00 and origin VN (substitutes); 3 is a bolt from CN. */
const ITEMS = [
  { itemId: 1, sku: 'TEE', hts10: '6109100012', origin: 'VN' },
  { itemId: 2, sku: 'POLO', hts10: '6109100040', origin: 'VN' },
  { itemId: 3, sku: 'BOLT', hts10: '7318152095', origin: 'CN' },
] as const;
const FIRST_DAY = day('2019-01-01');
const SPAN = 9 * 366; // exports and imports over nine years: some exports precede imports, some are too late

/**
 * The five-year limit of 19 U.S.C. 1313(j)(1), written independently of the engine: the five years
 * beginning on the import date close the day before the anniversary (the same day and month five
 * years on, or 28 February when the import was on a 29 February).
 */
function lastExportDay(importDay: number): number {
  const d = new Date(importDay * 86_400_000);
  const y = d.getUTCFullYear() + 5;
  const same = Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
  const slipped = new Date(same).getUTCMonth() !== d.getUTCMonth();
  return (slipped ? Date.UTC(y, d.getUTCMonth() + 1, 0) : same) / 86_400_000 - 1;
}

const entryLine = fc.record({ importOffset: fc.integer({ min: 0, max: SPAN }), size: fc.integer({ min: 0, max: 120 }), item: fc.constantFrom(...ITEMS) });

const requestArb = fc
  .record({
    lines: fc.array(entryLine, { minLength: 1, maxLength: 4 }),
    lots: fc.array(
      fc.record({
        line: fc.nat(),
        receivedAfter: fc.integer({ min: 0, max: 60 }),
        available: fc.integer({ min: 0, max: 80 }),
        dutyPerUnit4dp: fc.integer({ min: 0, max: 100_000 }),
        otherItem: fc.boolean(),
      }),
      { minLength: 0, maxLength: 8 },
    ),
    exports: fc.array(
      fc.record({
        item: fc.constantFrom(...ITEMS),
        dayOffset: fc.integer({ min: 0, max: SPAN }),
        quantity: fc.integer({ min: 1, max: 60 }),
        pegLot: fc.option(fc.nat(), { nil: null }),
        nameEntry: fc.option(fc.nat(), { nil: null }),
        destination: fc.constantFrom('CA', 'MX', 'CL', 'JP', 'GB'),
      }),
      { minLength: 0, maxLength: 15 },
    ),
    method: fc.constantFrom<MatchMethod>('fifo', 'lifo', 'low-to-high', 'low-to-high-turnover', 'low-to-high-blanket', 'average'),
    turnoverDays: fc.integer({ min: 0, max: 400 }),
    order: fc.constantFrom<DesignationOrder>('fifo', 'lifo', 'oldest-import', 'highest-duty'),
    substitution: fc.boolean(),
    // about one lot in five sits on an entry flagged for reconciliation
    blockSome: fc.array(
      fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      { minLength: 8, maxLength: 8 },
    ),
  })
  .map(({ lines, lots, exports, method, turnoverDays, order, substitution, blockSome }): MatchRequest => {
    const entryLineLeft = new Map(lines.map((l, i) => [100 + i, l.size]));
    const matchLots: MatchLot[] = lots.map((spec, i) => {
      const lineNo = spec.line % lines.length;
      const line = lines[lineNo]!;
      // mostly the entry line's own item; sometimes a substitute received against it
      const item = spec.otherItem && line.item.itemId === 1 ? ITEMS[1] : line.item;
      const importDay = FIRST_DAY + line.importOffset;
      return {
        id: i + 1,
        itemId: item.itemId,
        lotCode: `L${i + 1}`,
        entryLineId: 100 + lineNo,
        entryNumber: `2019-${String(lineNo + 1).padStart(6, '0')}`,
        importDay,
        receivedDay: importDay + spec.receivedAfter,
        hts10: line.item.hts10,
        origin: item.origin,
        dutyPerUnit4dp: spec.dutyPerUnit4dp,
        available: spec.available,
        blocked: blockSome[i] ? `entry 2019-${String(lineNo + 1).padStart(6, '0')} is flagged for reconciliation` : null,
      };
    });
    const matchExportsLines: MatchExportLine[] = exports.map((x, i) => ({
      id: 1_000 + i,
      day: FIRST_DAY + x.dayOffset,
      itemId: x.item.itemId,
      sku: x.item.sku,
      hts10: x.item.hts10,
      origin: x.item.origin,
      quantity: x.quantity,
      lotCode: x.pegLot === null ? null : `L${(x.pegLot % 10) + 1}`,
      entryNumber: x.nameEntry === null ? null : `2019-${String((x.nameEntry % lines.length) + 1).padStart(6, '0')}`,
      destination: x.destination,
    }));
    return {
      policy: { method, turnoverDays: method === 'low-to-high-turnover' ? turnoverDays : null, order, substitution },
      lots: matchLots,
      entryLineLeft,
      exports: matchExportsLines,
      destinationRules: statutoryRules(),
    };
  });

const sumBy = <T>(items: T[], key: (t: T) => number, value: (t: T) => number) => {
  const sums = new Map<number, number>();
  for (const t of items) sums.set(key(t), (sums.get(key(t)) ?? 0) + value(t));
  return sums;
};

describe('matching engine: properties over random requests', () => {
  it('never over-draws a lot, an entry line or an export line, and keeps every allocation in the date window', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const lineLeftBefore = new Map(req.entryLineLeft);
        const { allocations } = matchExports(req);
        const lots = new Map(req.lots.map((l) => [l.id, l]));
        const exports = new Map(req.exports.map((x) => [x.id, x]));
        for (const a of allocations) expect(a.quantity).toBeGreaterThan(0);

        for (const [lotId, q] of sumBy(
          allocations,
          (a) => a.lotId,
          (a) => a.quantity,
        )) {
          const l = lots.get(lotId)!;
          expect(l.blocked).toBeNull();
          expect(q).toBeLessThanOrEqual(l.available);
        }
        for (const [lineId, q] of sumBy(
          allocations,
          (a) => lots.get(a.lotId)!.entryLineId,
          (a) => a.quantity,
        ))
          expect(q).toBeLessThanOrEqual(lineLeftBefore.get(lineId)!);
        for (const [exportId, q] of sumBy(
          allocations,
          (a) => a.exportLineId,
          (a) => a.quantity,
        ))
          expect(q).toBeLessThanOrEqual(exports.get(exportId)!.quantity);

        for (const a of allocations) {
          const l = lots.get(a.lotId)!;
          const x = exports.get(a.exportLineId)!;
          expect(x.day).toBeGreaterThanOrEqual(l.importDay);
          expect(x.day).toBeLessThanOrEqual(lastExportDay(l.importDay));
          if (a.basis === 'substitution') {
            expect(req.policy.substitution).toBe(true);
            expect(l.itemId).not.toBe(x.itemId);
            expect([l.hts10.slice(0, 8), l.origin]).toEqual([x.hts10.slice(0, 8), x.origin]);
            // 19 U.S.C. 1313(j)(4): never a substitute for an export to a destination that excludes it
            expect(destinationRestriction(req.destinationRules, x.destination, 'unused-substitution', x.day)?.effect).not.toBe('excluded');
          } else {
            expect(l.itemId).toBe(x.itemId);
            // identified stock was in the warehouse by the export date
            expect(l.receivedDay).toBeLessThanOrEqual(x.day);
          }
          // a lot named at pick is the only lot its line draws on
          if (x.lotCode !== null) expect([a.basis, l.lotCode]).toEqual(['lot', x.lotCode]);
          if (a.basis === 'lot') expect(l.lotCode).toBe(x.lotCode);
          if (a.basis === 'entry') expect(l.entryNumber).toBe(x.entryNumber);
          if (a.basis === 'sku' || a.basis === 'entry') {
            if (req.policy.method === 'low-to-high-turnover') expect(l.receivedDay).toBeGreaterThanOrEqual(x.day - req.policy.turnoverDays!);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('accounts for every unit: allocated per export line plus unmatched is what was requested, with a reason whenever something is left', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const { allocations, outcomes } = matchExports(req);
        const allocated = sumBy(
          allocations,
          (a) => a.exportLineId,
          (a) => a.quantity,
        );
        expect(outcomes.map((o) => o.exportLineId).sort((a, b) => a - b)).toEqual(req.exports.map((x) => x.id).sort((a, b) => a - b));
        for (const o of outcomes) {
          const x = req.exports.find((e) => e.id === o.exportLineId)!;
          expect(o.requested).toBe(x.quantity);
          expect(o.allocated).toBe(allocated.get(o.exportLineId) ?? 0);
          const unmatched = o.requested - o.allocated;
          expect(unmatched).toBeGreaterThanOrEqual(0);
          if (unmatched === 0) expect(o.reason).toBeNull();
          else expect(o.reason).toMatch(new RegExp(`^${unmatched} of ${o.requested} units unmatched: `));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same request (even in another order, even run twice) gives the same plan', () => {
    fc.assert(
      fc.property(requestArb, fc.integer(), (req, seed) => {
        const first = matchExports(req);
        expect(matchExports(req)).toEqual(first);
        const shuffle = <T>(items: T[]) =>
          items
            .map((v, i) => ({ v, k: (i * 7919 + seed) % 104_729 }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.v);
        const reordered: MatchRequest = {
          ...req,
          lots: shuffle(req.lots),
          exports: shuffle(req.exports),
          entryLineLeft: new Map(shuffle([...req.entryLineLeft])),
        };
        expect(matchExports(reordered)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('does not draw on a lot that could still serve an export line left short (the plan is as full as the rules allow)', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const { allocations, outcomes } = matchExports(req);
        const lotUsed = sumBy(
          allocations,
          (a) => a.lotId,
          (a) => a.quantity,
        );
        const lineUsed = sumBy(
          allocations,
          (a) => req.lots.find((l) => l.id === a.lotId)!.entryLineId,
          (a) => a.quantity,
        );
        for (const o of outcomes) {
          if (o.allocated === o.requested) continue;
          const x = req.exports.find((e) => e.id === o.exportLineId)!;
          // every lot the line may draw on (its pegged lot, else every lot of its item in the window,
          // received by the export date, within the turnover period) is used up, or its entry line is
          for (const l of req.lots) {
            if (l.itemId !== x.itemId || l.blocked !== null || x.day < l.importDay || x.day > lastExportDay(l.importDay) || l.receivedDay > x.day) continue;
            if (x.lotCode !== null && l.lotCode !== x.lotCode) continue;
            if (x.lotCode === null && req.policy.method === 'low-to-high-turnover' && l.receivedDay < x.day - req.policy.turnoverDays!) continue;
            const lotLeft = l.available - (lotUsed.get(l.id) ?? 0);
            const lineLeft = req.entryLineLeft.get(l.entryLineId)! - (lineUsed.get(l.entryLineId) ?? 0);
            expect(Math.min(lotLeft, lineLeft)).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
