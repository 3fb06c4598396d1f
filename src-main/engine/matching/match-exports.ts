import { formatIsoDay } from '../accounting-methods/epoch-days';
import { withinFiveYears } from '../five-years';
import { CandidatePool, compareLots } from './candidate-pool';
import { MatchingCancelled, type Basis, type LineOutcome, type MatchExportLine, type MatchHooks, type MatchLot, type MatchRequest, type MatchResult, type PlannedAllocation } from './matching-types';

const CHECK_EVERY = 500;

/**
 * Ties export lines to imported lots. Exports go in date order; each takes, in this order:
 * 1. the lot pegged at pick (direct identification by lot);
 * 2. lots of the same item from the entry its documents name;
 * 3. any lot of the same item (direct identification of fungible stock, by the policy's order);
 * 4. with substitution on: lots of other items of the same 8-digit HTS and origin.
 * A lot qualifies only when the export is on or after its import date and within five years of it,
 * and never gives more than it has left or than its entry line has left. What cannot be matched stays
 * open with the reason. Pure: the ledger is read and written by the caller.
 */
export function matchExports(request: MatchRequest, hooks: MatchHooks = {}): MatchResult {
  const order = compareLots(request.policy.order);
  const byItem = groupBy(request.lots, (l) => String(l.itemId), order);
  const byClass = request.policy.substitution ? groupBy(request.lots, (l) => classKey(l.hts10, l.origin), order) : new Map<string, CandidatePool>();
  // a copy: the engine is pure, and the caller's map must match the same way when run again
  const lineLeft = new Map(request.entryLineLeft);
  const lotLeft = new Map(request.lots.map((l) => [l.id, l.blocked ? 0 : l.available]));
  const allocations: PlannedAllocation[] = [];
  const outcomes: LineOutcome[] = [];
  const exports = [...request.exports].sort((a, b) => a.day - b.day || a.id - b.id);

  exports.forEach((line, n) => {
    if (n % CHECK_EVERY === 0) {
      if (hooks.shouldStop?.()) throw new MatchingCancelled();
      hooks.progress?.(n, exports.length);
    }
    let left = line.quantity;
    const take = (pool: CandidatePool | undefined, basis: Basis, accept: (lot: MatchLot) => boolean) => {
      if (!pool || left === 0) return;
      for (let i = pool.live(0); i < pool.lots.length && left > 0; i = pool.live(i + 1)) {
        const lot = pool.lots[i]!;
        const units = Math.min(lotLeft.get(lot.id)!, lineLeft.get(lot.entryLineId) ?? 0);
        if (units <= 0) {
          pool.exhaust(i);
          continue;
        }
        if (!accept(lot) || !inWindow(lot, line)) continue;
        const quantity = Math.min(units, left);
        allocations.push({ exportLineId: line.id, lotId: lot.id, quantity, basis });
        lotLeft.set(lot.id, lotLeft.get(lot.id)! - quantity);
        lineLeft.set(lot.entryLineId, lineLeft.get(lot.entryLineId)! - quantity);
        left -= quantity;
        if (quantity === units) pool.exhaust(i);
      }
    };
    const own = byItem.get(String(line.itemId));
    if (line.lotCode !== null) take(own, 'lot', (lot) => lot.lotCode === line.lotCode);
    if (line.entryNumber !== null) take(own, 'entry', (lot) => lot.entryNumber === line.entryNumber);
    take(own, 'sku', () => true);
    if (request.policy.substitution) take(byClass.get(classKey(line.hts10, line.origin)), 'substitution', (lot) => lot.itemId !== line.itemId);
    outcomes.push({ exportLineId: line.id, requested: line.quantity, allocated: line.quantity - left, reason: left === 0 ? null : unmatchedReason(request, line, left, lotLeft) });
  });
  hooks.progress?.(exports.length, exports.length);
  return { allocations, outcomes };
}

/** 19 U.S.C. 1313(j)(1): exported on or after the import, before the close of its five years (five-years.ts). */
function inWindow(lot: MatchLot, line: MatchExportLine): boolean {
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

/** Says, in the words a specialist would use, why `left` units of the line found no lot. */
function unmatchedReason(request: MatchRequest, line: MatchExportLine, left: number, lotLeft: Map<number, number>): string {
  const short = `${left} of ${line.quantity} units unmatched`;
  // in lot id order, so the text does not depend on the order the lots came in
  const own = request.lots.filter((l) => l.itemId === line.itemId).sort((a, b) => a.id - b.id);
  if (line.lotCode !== null && !own.some((l) => l.lotCode === line.lotCode)) {
    return `${short}: lot ${line.lotCode} named at pick is not in the ledger for SKU ${line.sku}${own.length === 0 ? ', and no other lot of it has been received' : ''}`;
  }
  if (own.length === 0 && !request.policy.substitution) return `${short}: no lot of SKU ${line.sku} has been received`;
  const blocked = own.filter((l) => l.blocked !== null);
  const usable = own.filter((l) => l.blocked === null);
  if (usable.length === 0 && blocked.length > 0) return `${short}: every lot of SKU ${line.sku} is held back (${blocked[0]!.blocked})`;
  const windowed = usable.filter((l) => inWindow(l, line));
  if (usable.length > 0 && windowed.length === 0) {
    return `${short}: every lot of SKU ${line.sku} was imported after the export date ${formatIsoDay(line.day)} or five years or more before it, its five years closed (19 U.S.C. 1313(j))`;
  }
  if (windowed.length > 0) {
    // units still in a lot whose entry line is used up: the line, not the lot, is the limit
    const lineBound = windowed.filter((l) => lotLeft.get(l.id)! > 0);
    const named = blocked.slice(0, 3).map((l) => `lot ${l.lotCode} is held back (${l.blocked})`);
    const held = blocked.length > 0 ? `; ${named.join('; ')}${blocked.length > 3 ? `; and ${blocked.length - 3} more lots are held back` : ''}` : '';
    if (lineBound.length > 0) {
      return `${short}: the entry line of the lots of SKU ${line.sku} that qualify (entry ${[...new Set(lineBound.map((l) => l.entryNumber))].sort().join(', ')}) has no units left to designate; a lot cannot give more than its entry line imported${held}`;
    }
    return `${short}: the lots of SKU ${line.sku} that qualify are already tied to other exports${held}`;
  }
  return `${short}: no lot of SKU ${line.sku}, nor of another item under HTS ${line.hts10.slice(0, 8)} from ${line.origin}, qualifies`;
}
