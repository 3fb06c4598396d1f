import { dayNumber } from './calendar-days';
import type { ExportLine, ImportLine } from './designation-types';
import { DutyColumn } from './duty-column';
import { int32s } from './typed-memory';

/**
 * The request's lines as columns indexed by request position: dates as day numbers, quantities
 * (whole numbers up to a billion, so Int32) and exact per-unit duties. Columns (typed arrays)
 * rather than an object per line: a million lines would otherwise be millions of small objects
 * that every garbage collection has to walk. Each line is read once, when its row is filled
 * (build-classes.ts classifies it in the same pass). The columns a worker thread reads are in
 * shared memory when asked.
 */
export class PreparedLines {
  readonly importDay: Int32Array;
  readonly importQty: Int32Array;
  readonly importDuty: DutyColumn;
  readonly exportDay: Int32Array;
  readonly exportQty: Int32Array;
  /** Duty per unit that would apply if the export were imported: the other side of "lesser of". */
  readonly exportValue: DutyColumn;

  constructor(imports: number, exports: number, shared: boolean) {
    this.importDay = new Int32Array(imports);
    this.importQty = int32s(imports, shared);
    this.importDuty = new DutyColumn(imports, shared);
    this.exportDay = new Int32Array(exports);
    this.exportQty = int32s(exports, shared);
    this.exportValue = new DutyColumn(exports, shared);
  }

  fillImport(i: number, line: ImportLine): void {
    this.importDay[i] = dayNumber(line.importDate);
    this.importQty[i] = line.quantity;
    if (line.dutyPerUnit !== undefined) this.importDuty.setPerUnit(i, line.dutyPerUnit);
    else this.importDuty.setAveraged(i, line.lineDuty!, line.quantity);
  }

  fillExport(e: number, line: ExportLine): void {
    this.exportDay[e] = dayNumber(line.exportDate);
    this.exportQty[e] = line.quantity;
    this.exportValue.setPerUnit(e, line.dutyPerUnitIfImported);
  }

  /**
   * Why import i cannot be designated at all, whatever the exports: its election is fixed as direct
   * identification (190.51(a)(3)), the claim would come more than five years after import
   * (190.51(e): the import is dated before `earliestDay`, see calendar-days.ts), or no duty was paid
   * on it (nothing to refund).
   */
  importExclusion(i: number, line: ImportLine, earliestDay: number): string | undefined {
    if (line.election === 'direct-identification')
      return 'the line is elected for direct identification; one entry-summary line cannot also be designated for substitution (19 CFR 190.51(a)(3))';
    if (this.importDay[i]! < earliestDay) return 'the claim date is after the five years that began on the import date (19 CFR 190.51(e))';
    if (this.importDuty.isZero(i)) return 'no duty was paid on the line, so designating it refunds nothing';
    return undefined;
  }

  /** Why export e cannot be claimed at all: exported after the claim, or nothing would be refunded. */
  exportExclusion(e: number, claimDay: number): string | undefined {
    if (this.exportDay[e]! > claimDay) return 'exported after the claim date; a claim covers only exports made before it is filed';
    if (this.exportValue.isZero(e))
      return 'no duty would apply to the exported article if it were imported, so the "lesser of" rule leaves nothing to refund (19 CFR 190.51(b)(1))';
    return undefined;
  }
}
