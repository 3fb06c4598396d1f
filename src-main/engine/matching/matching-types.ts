/**
 * Vocabulary of the matching engine: export lines drawing on imported lots. Pure data: no I/O, no
 * clock. Days count from 1970-01-01 on the UTC calendar (accounting-methods/epoch-days.ts).
 */
import type { AccountingMethodName, AllocationOrder, MatchingPolicy } from '../../../src-shared/domain/exports';
import type { MethodName } from '../accounting-methods/types';
import type { DestinationRule } from '../eligibility/destination-rules';

export type Basis = 'lot' | 'entry' | 'sku' | 'substitution';
/** The order substitutes are designated in (any order is lawful there: nothing is identified). */
export type DesignationOrder = AllocationOrder;
/** The approved accounting method commingled lots are drawn by (19 CFR 190.14, 191.14(c)). */
export type MatchMethod = AccountingMethodName;
// the methods a request may name are exactly the engine's (a compile error otherwise)
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodsAgree: Same<MatchMethod, MethodName> = true;
void methodsAgree;

/**
 * - method: how commingled lots of the export's own item are drawn (direct identification by an
 *   approved accounting method); a lot named at pick needs none;
 * - substitution: afterwards, designate lots of other items of the same 8-digit HTS and origin, in
 *   `order`.
 */
export type MatchPolicy = MatchingPolicy;

/** A lot with import provenance and the units not yet tied to any export. */
export interface MatchLot {
  id: number;
  itemId: number;
  lotCode: string;
  entryLineId: number;
  entryNumber: string;
  importDay: number;
  /** first receipt into the lot: what FIFO and LIFO order by */
  receivedDay: number;
  /** the entry line's HTS (ten digits) */
  hts10: string;
  /** the item's country of origin */
  origin: string;
  /** line duty / line quantity at four decimals, as an integer count of 1/10,000 */
  dutyPerUnit4dp: number;
  available: number;
  /** set when the lot may not be designated at all, saying why (reconciliation, not eligible) */
  blocked: string | null;
}

/** An export line with the units still to tie to imports. */
export interface MatchExportLine {
  id: number;
  day: number;
  itemId: number;
  sku: string;
  hts10: string;
  origin: string;
  quantity: number;
  /** the lot picked for it, when the pick pegged one */
  lotCode: string | null;
  /** the entry its documents name, when they do */
  entryNumber: string | null;
  /** the shipment's country of destination (ISO 3166 alpha-2) */
  destination: string;
}

export interface MatchRequest {
  policy: MatchPolicy;
  lots: MatchLot[];
  /** entry line id -> units of the line not yet allocated (a lot cannot give more than its line holds) */
  entryLineLeft: Map<number, number>;
  exports: MatchExportLine[];
  /** restrictions on drawback by destination (reference data), applied before designating substitutes */
  destinationRules: DestinationRule[];
}

export interface PlannedAllocation {
  exportLineId: number;
  lotId: number;
  quantity: number;
  basis: Basis;
}

export interface LineOutcome {
  exportLineId: number;
  requested: number;
  allocated: number;
  /** why some units stayed unmatched; null when all were matched */
  reason: string | null;
}

export interface MatchResult {
  allocations: PlannedAllocation[];
  outcomes: LineOutcome[];
}

export interface MatchHooks {
  /** called every few hundred lines with the lines done so far */
  progress?(done: number, total: number): void;
  /** asked as often; true stops the run with MatchingCancelled */
  shouldStop?(): boolean;
}

export class MatchingCancelled extends Error {
  constructor() {
    super('the matching run was cancelled');
    this.name = 'MatchingCancelled';
  }
}
