import { withinFiveYears } from '../five-years';
import { destinationRestriction, type DestinationRule } from '../eligibility/destination-rules';
import { CandidatePool, designationOrder, methodOrder } from './candidate-pool';
import {
  MatchingCancelled,
  type Basis,
  type LineOutcome,
  type MatchExportLine,
  type MatchHooks,
  type MatchLot,
  type MatchRequest,
  type MatchResult,
  type PlannedAllocation,
} from './matching-types';
import { proportionalShares } from './proportional-shares';
import { peggedReason, unmatchedReason } from './unmatched-reason';

const CHECK_EVERY = 500;

/**
 * Ties export lines to imported lots. Exports go in date order; each line is identified one way:
 * - a line whose pick named a lot draws on that lot only (direct identification by lot). If the lot
 *   cannot give (not in the ledger, not yet received, outside the window, held back, used up), the
 *   rest stays unmatched with the reason: a lot named at pick is never silently replaced by other stock.
 * - any other line is commingled fungible stock of its item, identified by the approved accounting
 *   method of the policy (19 CFR 190.14, 191.14(c)): first among the lots of the entry its documents
 *   name, then among all lots of the item. The named entry is where the documents say the goods came
 *   from; beyond what it can give, the method, not a guess, says which receipts the rest drew on.
 * - then, with substitution on, lots of other items of the same 8-digit HTS and origin are designated
 *   in the policy's order, unless a destination rule excludes substitution drawback for the export
 *   (19 U.S.C. 1313(j)(4): no 1313(j)(2) drawback on exports to Canada or Mexico; the Chile FTA).
 * A lot qualifies only when the export is on or after its import date and within five years of it;
 * direct identification also needs the lot received by the export date. No lot gives more than it
 * has left or than its entry line has left. Pure: the ledger is read and written by the caller.
 */
export function matchExports(request: MatchRequest, hooks: MatchHooks = {}): MatchResult {
  const { method, turnoverDays } = request.policy;
  const byItem = groupBy(request.lots, (l) => String(l.itemId), methodOrder(method));
  const byClass = request.policy.substitution
    ? groupBy(request.lots, (l) => classKey(l.hts10, l.origin), designationOrder(request.policy.order))
    : new Map<string, CandidatePool>();
  const byCode = new Map(request.lots.map((l) => [`${l.itemId}|${l.lotCode}`, l]));
  // a copy: the engine is pure, and the caller's map must match the same way when run again
  const lineLeft = new Map(request.entryLineLeft);
  const lotLeft = new Map(request.lots.map((l) => [l.id, l.blocked ? 0 : l.available]));
  const allocations: PlannedAllocation[] = [];
  const outcomes: LineOutcome[] = [];
  const exports = [...request.exports].sort((a, b) => a.day - b.day || a.id - b.id);
  const unitsOf = (lot: MatchLot) => Math.min(lotLeft.get(lot.id)!, lineLeft.get(lot.entryLineId) ?? 0);

  exports.forEach((line, n) => {
    if (n % CHECK_EVERY === 0) {
      if (hooks.shouldStop?.()) throw new MatchingCancelled();
      hooks.progress?.(n, exports.length);
    }
    let left = line.quantity;
    const record = (lot: MatchLot, quantity: number, basis: Basis) => {
      allocations.push({ exportLineId: line.id, lotId: lot.id, quantity, basis });
      lotLeft.set(lot.id, lotLeft.get(lot.id)! - quantity);
      lineLeft.set(lot.entryLineId, lineLeft.get(lot.entryLineId)! - quantity);
      left -= quantity;
    };
    const onHand = (lot: MatchLot) => lot.receivedDay <= line.day && inWindow(lot, line);
    // low-to-high with a turnover period: only receipts within the period before the export (191.14(c))
    const eligible =
      method === 'low-to-high-turnover' && turnoverDays !== null ? (lot: MatchLot) => onHand(lot) && lot.receivedDay >= line.day - turnoverDays : onHand;
    const inOrder = (pool: CandidatePool | undefined, basis: Basis, accept: (lot: MatchLot) => boolean) => {
      if (!pool) return;
      for (let i = pool.live(0); i < pool.lots.length && left > 0; i = pool.live(i + 1)) {
        const lot = pool.lots[i]!;
        const units = unitsOf(lot);
        if (units <= 0) {
          pool.exhaust(i);
          continue;
        }
        if (!accept(lot)) continue;
        const quantity = Math.min(units, left);
        record(lot, quantity, basis);
        if (quantity === units) pool.exhaust(i);
      }
    };
    const average = (pool: CandidatePool | undefined, basis: Basis, accept: (lot: MatchLot) => boolean) => {
      while (pool && left > 0) {
        const lots: MatchLot[] = [];
        for (let i = pool.live(0); i < pool.lots.length; i = pool.live(i + 1)) {
          if (unitsOf(pool.lots[i]!) <= 0) pool.exhaust(i);
          else if (accept(pool.lots[i]!)) lots.push(pool.lots[i]!);
        }
        const shares = proportionalShares(
          left,
          lots.map((l) => lotLeft.get(l.id)!),
        );
        const before = left;
        lots.forEach((lot, i) => {
          const quantity = Math.min(shares[i]!, unitsOf(lot));
          if (quantity > 0) record(lot, quantity, basis);
        });
        // an entry line's cap can cut a share: the next round spreads what is still missing
        if (left === before) return;
      }
    };

    let restriction: DestinationRule | undefined;
    if (line.lotCode !== null) {
      const pegged = byCode.get(`${line.itemId}|${line.lotCode}`);
      if (pegged && onHand(pegged) && unitsOf(pegged) > 0) record(pegged, Math.min(unitsOf(pegged), left), 'lot');
    } else {
      const identify = method === 'average' ? average : inOrder;
      const own = byItem.get(String(line.itemId));
      if (line.entryNumber !== null) identify(own, 'entry', (lot) => lot.entryNumber === line.entryNumber && eligible(lot));
      identify(own, 'sku', eligible);
      if (request.policy.substitution && left > 0) {
        restriction = destinationRestriction(request.destinationRules, line.destination, 'unused-substitution', line.day);
        if (restriction?.effect !== 'excluded') {
          restriction = undefined;
          inOrder(byClass.get(classKey(line.hts10, line.origin)), 'substitution', (lot) => lot.itemId !== line.itemId && inWindow(lot, line));
        }
      }
    }
    const reason =
      left === 0
        ? null
        : line.lotCode !== null
          ? peggedReason(line, left, byCode.get(`${line.itemId}|${line.lotCode}`), {
              lotLeft: (l) => lotLeft.get(l.id)!,
              lineLeft: (l) => lineLeft.get(l.entryLineId) ?? 0,
              inWindow,
            })
          : unmatchedReason(request, line, left, lotLeft, { inWindow, eligible, restriction });
    outcomes.push({ exportLineId: line.id, requested: line.quantity, allocated: line.quantity - left, reason });
  });
  hooks.progress?.(exports.length, exports.length);
  return { allocations, outcomes };
}

/** 19 U.S.C. 1313(j)(1): exported on or after the import, before the close of its five years (five-years.ts). */
export function inWindow(lot: MatchLot, line: MatchExportLine): boolean {
  return lot.importDay <= line.day && withinFiveYears(lot.importDay, line.day);
}

function classKey(hts10: string, origin: string): string {
  return `${hts10.slice(0, 8)}|${origin}`;
}

function groupBy(lots: MatchLot[], key: (lot: MatchLot) => string, order: (a: MatchLot, b: MatchLot) => number): Map<string, CandidatePool> {
  const groups = new Map<string, MatchLot[]>();
  for (const lot of lots) {
    const k = key(lot);
    const group = groups.get(k);
    if (group) group.push(lot);
    else groups.set(k, [lot]);
  }
  return new Map([...groups].map(([k, group]) => [k, new CandidatePool(group.sort(order))]));
}
