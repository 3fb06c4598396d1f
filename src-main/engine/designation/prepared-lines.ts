import { dayNumber, fiveYearDeadline } from './calendar-days';
import type { DesignationRequest, ExportLine, ImportLine } from './designation-types';
import { averagedDuty, isZeroDuty, perUnitDuty, type UnitDuty } from './unit-duty';

/** An import line with its dates as day numbers and its exact per-unit duty. */
export interface PreparedImport {
  index: number;
  line: ImportLine;
  day: number;
  /** Last day of the five-year period that starts on the import date. */
  deadline: number;
  duty: UnitDuty;
}

export interface PreparedExport {
  index: number;
  line: ExportLine;
  day: number;
  /** Duty per unit that would apply if the export were imported: the other side of "lesser of". */
  value: UnitDuty;
}

export function prepareImports(request: DesignationRequest): PreparedImport[] {
  return request.imports.map((line, index) => {
    const day = dayNumber(line.importDate);
    const duty = line.dutyPerUnit !== undefined ? perUnitDuty(line.dutyPerUnit) : averagedDuty(line.lineDuty!, line.quantity);
    return { index, line, day, deadline: fiveYearDeadline(day), duty };
  });
}

export function prepareExports(request: DesignationRequest): PreparedExport[] {
  return request.exports.map((line, index) => ({ index, line, day: dayNumber(line.exportDate), value: perUnitDuty(line.dutyPerUnitIfImported) }));
}

/**
 * Why an import line cannot be designated at all, whatever the exports: its election is fixed as
 * direct identification (190.51(a)(3)), the claim would come more than five years after import
 * (190.51(e)), or no duty was paid on it (nothing to refund).
 */
export function importExclusion(item: PreparedImport, claimDay: number): string | undefined {
  if (item.line.election === 'direct-identification') return 'the line is elected for direct identification; one entry-summary line cannot also be designated for substitution (19 CFR 190.51(a)(3))';
  if (claimDay > item.deadline) return 'the claim date is more than 5 years after the import date (19 CFR 190.51(e))';
  if (isZeroDuty(item.duty)) return 'no duty was paid on the line, so designating it refunds nothing';
  return undefined;
}

/** Why an export cannot be claimed at all: exported after the claim, or nothing would be refunded. */
export function exportExclusion(item: PreparedExport, claimDay: number): string | undefined {
  if (item.day > claimDay) return 'exported after the claim date; a claim covers only exports made before it is filed';
  if (isZeroDuty(item.value)) return 'no duty would apply to the exported article if it were imported, so the "lesser of" rule leaves nothing to refund (19 CFR 190.51(b)(1))';
  return undefined;
}
