import { formatIsoDay } from '../accounting-methods/epoch-days';
import { describeRestriction, type DestinationRule } from '../eligibility/destination-rules';
import type { MatchExportLine, MatchLot, MatchRequest } from './matching-types';

/** Why the rest is not taken from other stock: the lot named at pick is the identification. */
const NOT_REPLACED = 'a lot named at pick identifies the goods shipped (direct identification), so the rest is not tied to other stock';

/** Says, in the words a specialist would use, why `left` units of a line pegged to a lot found no lot. */
export function peggedReason(
  line: MatchExportLine,
  left: number,
  lot: MatchLot | undefined,
  state: { lotLeft(lot: MatchLot): number; lineLeft(lot: MatchLot): number; inWindow(lot: MatchLot, line: MatchExportLine): boolean },
): string {
  const short = `${left} of ${line.quantity} units unmatched: lot ${line.lotCode} named at pick`;
  if (!lot) return `${short} is not in the ledger for SKU ${line.sku}; ${NOT_REPLACED}`;
  if (lot.blocked !== null) return `${short} is held back (${lot.blocked}); ${NOT_REPLACED}`;
  if (!state.inWindow(lot, line)) {
    return `${short} was imported on ${formatIsoDay(lot.importDay)} (entry ${lot.entryNumber}), ${lot.importDay > line.day ? 'after' : 'more than five years before'} the export date ${formatIsoDay(line.day)} (19 U.S.C. 1313(j)); ${NOT_REPLACED}`;
  }
  if (lot.receivedDay > line.day)
    return `${short} was first received on ${formatIsoDay(lot.receivedDay)}, after the export date ${formatIsoDay(line.day)}; ${NOT_REPLACED}`;
  const taken = line.quantity - left;
  const gave = taken > 0 ? `gave the ${taken} units it could` : 'has nothing to give';
  if (state.lineLeft(lot) <= 0 && state.lotLeft(lot) > 0)
    return `${short} ${gave}: its line of entry ${lot.entryNumber} has no units left to designate; ${NOT_REPLACED}`;
  return `${short} ${gave}: its other units are tied to other exports or were never received; ${NOT_REPLACED}`;
}

/** Says why `left` units of a line identified by accounting method (and perhaps substitution) found no lot. */
export function unmatchedReason(
  request: MatchRequest,
  line: MatchExportLine,
  left: number,
  lotLeft: Map<number, number>,
  rules: { inWindow(lot: MatchLot, line: MatchExportLine): boolean; eligible(lot: MatchLot): boolean; restriction: DestinationRule | undefined },
): string {
  const short = `${left} of ${line.quantity} units unmatched`;
  const noSubstitution = rules.restriction ? `; substitution was not tried: ${describeRestriction(rules.restriction, line.day)}` : '';
  // in lot id order, so the text does not depend on the order the lots came in
  const own = request.lots.filter((l) => l.itemId === line.itemId).sort((a, b) => a.id - b.id);
  if (own.length === 0 && (!request.policy.substitution || rules.restriction)) return `${short}: no lot of SKU ${line.sku} has been received${noSubstitution}`;
  const blocked = own.filter((l) => l.blocked !== null);
  const usable = own.filter((l) => l.blocked === null);
  if (usable.length === 0 && blocked.length > 0) return `${short}: every lot of SKU ${line.sku} is held back (${blocked[0]!.blocked})${noSubstitution}`;
  const windowed = usable.filter((l) => rules.inWindow(l, line));
  if (usable.length > 0 && windowed.length === 0) {
    return `${short}: every lot of SKU ${line.sku} was imported after the export date ${formatIsoDay(line.day)} or five years or more before it, its five years closed (19 U.S.C. 1313(j))${noSubstitution}`;
  }
  const eligible = windowed.filter(rules.eligible);
  if (windowed.length > 0 && eligible.length === 0) {
    const turnover =
      request.policy.method === 'low-to-high-turnover'
        ? ` or more than the ${request.policy.turnoverDays} days of the turnover period before it (19 CFR 191.14(c))`
        : '';
    return `${short}: every lot of SKU ${line.sku} that qualifies was received after the export date ${formatIsoDay(line.day)}${turnover}${noSubstitution}`;
  }
  if (eligible.length > 0) {
    // units still in a lot whose entry line is used up: the line, not the lot, is the limit
    const lineBound = eligible.filter((l) => lotLeft.get(l.id)! > 0);
    const named = blocked.slice(0, 3).map((l) => `lot ${l.lotCode} is held back (${l.blocked})`);
    const held = blocked.length > 0 ? `; ${named.join('; ')}${blocked.length > 3 ? `; and ${blocked.length - 3} more lots are held back` : ''}` : '';
    if (lineBound.length > 0) {
      return `${short}: the entry line of the lots of SKU ${line.sku} that qualify (entry ${[...new Set(lineBound.map((l) => l.entryNumber))].sort().join(', ')}) has no units left to designate; a lot cannot give more than its entry line imported${held}${noSubstitution}`;
    }
    return `${short}: the lots of SKU ${line.sku} that qualify are already tied to other exports${held}${noSubstitution}`;
  }
  if (rules.restriction) return `${short}: no lot of SKU ${line.sku} qualifies${noSubstitution}`;
  return `${short}: no lot of SKU ${line.sku}, nor of another item under HTS ${line.hts10.slice(0, 8)} from ${line.origin}, qualifies`;
}
