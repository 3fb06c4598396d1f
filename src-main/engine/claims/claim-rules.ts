import { electionOf, type ClaimIssue, type ClaimProvision, type Election } from '../../../src-shared/domain/claims';
import { proofOfExportChoices } from '../../../src-shared/domain/export-documents';
import { formatAmount } from '../../../src-shared/money';
import { formatIsoDay } from '../accounting-methods/epoch-days';
import { lastDayWithinFiveYears } from '../five-years';
import { exceedsRefundCeiling, refundCeiling } from './claim-amounts';
import { checkEligibility, type EligibilityFacts } from './eligibility-rules';
import { CHARGE_LABELS, REFUNDED_TYPES, type Refunds } from './refundable-charges';

/** One claim line with the facts the rules need, as the claim service reads them from the ledger. */
export interface RuleLine {
  lineNo: number;
  quantity: number;
  refund4dp: bigint;
  entryLineId: number;
  entryLabel: string;
  importDay: number;
  reconciliationFlag: boolean;
  exportLineId: number;
  exportLabel: string;
  exportDay: number;
  shipmentId: number;
  shipmentReference: string;
  hasProofOfExport: boolean;
  allocationInForce: boolean;
  /** substitution only: the export's duty-if-imported is stated */
  hasExportDuty: boolean;
}

/** Per entry line: its size, and what every claim in force (this one included) takes from it. */
export interface EntryLineUse {
  lineQuantity: number;
  /** what the line paid in each type a claim can refund */
  paid: Refunds;
  claimedQuantity: number;
  /** what claims in force refund of each type */
  claimed: Refunds;
  /** claims in force that use the line, with their share, for the message */
  byClaim: { number: string; quantity: number }[];
  /** the election fixed by the first accepted claim on the line, if any (190.51(a)(3)) */
  fixedElection: { election: Election; claimNumber: string } | null;
}

export interface ExportLineUse {
  exportQuantity: number;
  claimedQuantity: number;
  byClaim: { number: string; quantity: number }[];
}

export interface ClaimFacts {
  claimNumber: string;
  provision: ClaimProvision;
  /** the date the claim is (to be) filed: the planned claim date, or the filing date when it is filed */
  claimDay: number;
  /** what claimDay is, for messages: "the claim date" unless said otherwise ("the filing date") */
  claimDayLabel?: string;
  /**
   * the day of the action the check is for (draft, validate, submit, approve, file) from the desk's
   * clock: a claim not yet filed can be filed no earlier than today, so every time limit is measured
   * to the later of this and the claim day (19 CFR 190.51(e))
   */
  actionDay: number;
  lines: RuleLine[];
  entryLines: Map<number, EntryLineUse>;
  exportLines: Map<number, ExportLineUse>;
  /** destinations, classifications and accounting method (eligibility-rules.ts); checked when present */
  eligibility?: EligibilityFacts;
}

const shares = (byClaim: { number: string; quantity: number }[]) => byClaim.map((c) => `${c.number} ${c.quantity}`).join(', ');

/**
 * The rules a claim must meet before it is approved, each problem naming the claim line it is about.
 * Pure: the facts come in, the issues go out. Sources: 19 U.S.C. 1313; 19 CFR 190.51 (amounts, five
 * years, one election per entry-summary line), 190.72 (proof of export).
 */
export function checkClaim(facts: ClaimFacts): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  const add = (issue: ClaimIssue) => issues.push(issue);
  const election = electionOf(facts.provision);
  const filingDay = Math.max(facts.claimDay, facts.actionDay);
  const firstLineOf = new Map<string, number>();
  const once = (key: string, lineNo: number) => {
    if (firstLineOf.has(key)) return false;
    firstLineOf.set(key, lineNo);
    return true;
  };

  for (const line of facts.lines) {
    const at = `claim line ${line.lineNo}`;
    if (!line.allocationInForce)
      add({
        kind: 'allocation-released',
        claimLineNo: line.lineNo,
        subjectKey: `claim-line:${line.lineNo}:released`,
        message: `${at}: the allocation it claims was released; exclude the line`,
      });
    if (line.exportDay < line.importDay) {
      add({
        kind: 'export-before-import',
        claimLineNo: line.lineNo,
        subjectKey: `claim-line:${line.lineNo}:export-before-import`,
        message: `${at}: ${line.exportLabel} was exported on ${formatIsoDay(line.exportDay)}, before ${line.entryLabel} was imported on ${formatIsoDay(line.importDay)}; an export cannot draw on a later import (19 U.S.C. 1313(j))`,
      });
    }
    // 19 U.S.C. 1313(j)(1)(A): exported "before the close of the 5-year period beginning on the date of importation"
    const lastDay = lastDayWithinFiveYears(line.importDay);
    if (line.exportDay > lastDay) {
      add({
        kind: 'export-after-five-years',
        claimLineNo: line.lineNo,
        subjectKey: `claim-line:${line.lineNo}:export-late`,
        message: `${at}: ${line.exportLabel} was exported on ${formatIsoDay(line.exportDay)}, after the five years that began when ${line.entryLabel} was imported on ${formatIsoDay(line.importDay)} closed on ${formatIsoDay(lastDay)} (19 U.S.C. 1313(j))`,
      });
    }
    // 19 U.S.C. 1313(j)(1): exported "before the drawback claim is filed" (19 CFR 190.31(b))
    if (line.exportDay > facts.claimDay) {
      add({
        kind: 'export-after-claim-date',
        claimLineNo: line.lineNo,
        subjectKey: `claim-line:${line.lineNo}:export-after-claim`,
        message: `${at}: ${line.exportLabel} is dated ${formatIsoDay(line.exportDay)}, after ${facts.claimDayLabel ?? 'the claim date'} ${formatIsoDay(facts.claimDay)}; an export is claimed only once it has happened, before the claim is filed (19 CFR 190.31(b))`,
      });
    }
    // 19 CFR 190.51(e)(1), 19 U.S.C. 1313(r)(1): filed no later than five years after the import; a claim
    // not yet filed is filed on its claim date at the earliest, and never before today
    if (filingDay > lastDay && once(`entry-line:${line.entryLineId}:claim-late`, line.lineNo)) {
      const when =
        facts.actionDay > facts.claimDay
          ? `today (${formatIsoDay(facts.actionDay)})`
          : `${facts.claimDayLabel ?? 'the claim date'} ${formatIsoDay(facts.claimDay)}`;
      add({
        kind: 'claim-after-five-years',
        claimLineNo: line.lineNo,
        subjectKey: `entry-line:${line.entryLineId}:claim-late`,
        message: `${at}: ${when} is past the last day to file a claim on ${line.entryLabel}, imported on ${formatIsoDay(line.importDay)}: the last day was ${formatIsoDay(lastDay)} (19 CFR 190.51(e)); exclude the line`,
      });
    }
    if (line.reconciliationFlag && once(`entry-line:${line.entryLineId}:reconciliation`, line.lineNo)) {
      add({
        kind: 'reconciliation-flagged',
        claimLineNo: line.lineNo,
        subjectKey: `entry-line:${line.entryLineId}:reconciliation`,
        message: `${at}: ${line.entryLabel} is flagged for reconciliation and cannot be designated until the reconciliation is filed`,
      });
    }
    if (!line.hasProofOfExport && once(`shipment:${line.shipmentId}`, line.lineNo)) {
      add({
        kind: 'missing-proof-of-export',
        claimLineNo: line.lineNo,
        subjectKey: `shipment:${line.shipmentId}:proof`,
        message: `${at}: shipment ${line.shipmentReference} has no bill of lading or other document proving export (19 CFR 190.72(b)); attach one of: ${proofOfExportChoices()}`,
      });
    }
    if (election === 'substitution' && !line.hasExportDuty) {
      add({
        kind: 'missing-export-duty',
        claimLineNo: line.lineNo,
        subjectKey: `claim-line:${line.lineNo}:export-duty`,
        message: `${at}: ${line.exportLabel} does not state the duty its article would pay if imported, which the "lesser of" rule needs (19 U.S.C. 1313(j)(2)); the refund shown assumes the import duty`,
      });
    }
  }

  for (const line of facts.lines) {
    const use = facts.entryLines.get(line.entryLineId);
    if (use && use.claimedQuantity > use.lineQuantity && once(`entry-line:${line.entryLineId}:quantity`, line.lineNo)) {
      add({
        kind: 'over-import-quantity',
        claimLineNo: line.lineNo,
        subjectKey: `entry-line:${line.entryLineId}:quantity`,
        message: `claim line ${line.lineNo}: ${line.entryLabel} covers ${use.lineQuantity} units but claims in force take ${use.claimedQuantity} (${shares(use.byClaim)}); exclude lines until they fit`,
      });
    }
    // 19 CFR 190.51(b)(1): never more than 99% of what was paid, type by type (each type is refunded only from itself)
    for (const type of REFUNDED_TYPES) {
      if (!use || !exceedsRefundCeiling(use.claimed[type], use.paid[type]) || !once(`entry-line:${line.entryLineId}:${type}`, line.lineNo)) continue;
      const label = CHARGE_LABELS[type];
      add({
        kind: 'over-import-duty',
        claimLineNo: line.lineNo,
        subjectKey: `entry-line:${line.entryLineId}:${type}`,
        message: `claim line ${line.lineNo}: claims in force would refund ${formatAmount(use.claimed[type])}${type === 'duty' ? '' : ` of ${label}`} on ${line.entryLabel}, more than 99% of the ${formatAmount(use.paid[type])} ${label} paid (${formatAmount(refundCeiling(use.paid[type]))}) (19 CFR 190.51(b))`,
      });
    }
    if (use?.fixedElection && use.fixedElection.election !== election && once(`entry-line:${line.entryLineId}:election`, line.lineNo)) {
      add({
        kind: 'split-election',
        claimLineNo: line.lineNo,
        subjectKey: `entry-line:${line.entryLineId}:election`,
        message: `claim line ${line.lineNo}: ${line.entryLabel} was claimed as ${use.fixedElection.election} on ${use.fixedElection.claimNumber}; one entry-summary line cannot be split between direct identification and substitution (19 CFR 190.51(a)(3))`,
      });
    }
    const exp = facts.exportLines.get(line.exportLineId);
    if (exp && exp.claimedQuantity > exp.exportQuantity && once(`export-line:${line.exportLineId}:reused`, line.lineNo)) {
      add({
        kind: 'export-reused',
        claimLineNo: line.lineNo,
        subjectKey: `export-line:${line.exportLineId}:reused`,
        message: `claim line ${line.lineNo}: ${line.exportLabel} exported ${exp.exportQuantity} units but claims in force use ${exp.claimedQuantity} (${shares(exp.byClaim)}); an exported unit is claimed once`,
      });
    }
  }
  // Eligibility (destination, substitution classification, accounting method): its own section, eligibility-rules.ts.
  if (facts.eligibility) issues.push(...checkEligibility(facts.eligibility));
  return issues.sort((a, b) => (a.claimLineNo ?? 0) - (b.claimLineNo ?? 0));
}
