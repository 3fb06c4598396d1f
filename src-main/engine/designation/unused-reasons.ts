import type { ClassedRequest, DesignationClass } from './build-classes';
import { isoDate } from './calendar-days';
import { describeClass } from './classification';
import type { DesignationRequest, Objective } from './designation-types';

/**
 * Why part of an export (or import) is left undesignated, in words a drawback specialist can act on.
 * Reasons that hold whatever the allocation (classification, dates, elections) are given first; the
 * last reason — everything in the window is already used — names how the objective decided.
 */
const BY_OBJECTIVE: Record<Objective, string> = {
  'max-refund': 'the designation with the largest total refund puts the rest on other exports',
  fifo: 'exports earlier in date order took them first (fifo)',
  lifo: 'exports earlier in date order took them first (lifo)',
};

/**
 * Fills in the reason of every line of a class that has units left (lines out of every class already
 * have theirs). Lines of a class share their reasons — by window, and every export dated before
 * the class's first eligible import has the same one (its own date is on the export) — so each
 * text is built once and shared: a million leftovers would otherwise be a million new strings.
 */
export function explainLeftovers(request: DesignationRequest, classed: ClassedRequest, importLeft: Int32Array, exportLeft: Int32Array): void {
  const { objective } = request;
  for (const cls of classed.classes) {
    const byWindow = new Map<number, string>();
    let prefix: Float64Array | undefined;
    cls.exports.forEach((e, k) => {
      if (!(exportLeft[e]! > 0)) return;
      const hi = cls.hi[k]!;
      let reason = byWindow.get(hi);
      if (reason === undefined) {
        prefix ??= quantityPrefix(classed, cls);
        reason = unusedExportReason(classed, cls, hi, objective, prefix);
        byWindow.set(hi, reason);
      }
      classed.exportReasons[e] = reason;
    });
    // Windows are prefixes that grow with the export date: the last export's window covers them all.
    const reach = cls.exports.length > 0 ? cls.hi[cls.exports.length - 1]! : -1;
    const reasons = [unusedImportReason(cls, true, objective), unusedImportReason(cls, false, objective)];
    cls.imports.forEach((i, k) => {
      if (importLeft[i]! > 0) classed.importReasons[i] = reasons[k <= reach ? 0 : 1];
    });
  }
}

/** Running totals of import quantities by class position, so a window's units cost O(1). */
function quantityPrefix(classed: ClassedRequest, cls: DesignationClass): Float64Array {
  const prefix = new Float64Array(cls.imports.length + 1);
  cls.imports.forEach((i, k) => (prefix[k + 1] = prefix[k]! + classed.lines.importQty[i]!));
  return prefix;
}

/** The reason for an export of the class whose window ends at import position `hi` (-1: none). */
function unusedExportReason(classed: ClassedRequest, cls: DesignationClass, hi: number, objective: Objective, prefix: Float64Array): string {
  const { importDay } = classed.lines;
  if (hi >= 0) {
    return `the ${prefix[hi + 1]} eligible import units dated ${isoDate(importDay[cls.imports[0]!]!)} to ${isoDate(importDay[cls.imports[hi]!]!)} (within the 5 years before export) are all designated; ${BY_OBJECTIVE[objective]}`;
  }
  if (cls.imports.length === 0) return noEligibleImport(cls);
  return `exported before every eligible import of ${describeClass(cls.key)} (the first on ${isoDate(importDay[cls.imports[0]!]!)}); the export cannot precede the designated import`;
}

function noEligibleImport(cls: DesignationClass): string {
  if (cls.excludedReasons.length === 0) return `no import line of the same classification (${describeClass(cls.key)})`;
  const kinds = new Set(cls.excludedReasons.map(firstClause));
  return `import lines of ${describeClass(cls.key)} exist but none can be designated: ${[...kinds].join('; ')}`;
}

const firstClause = (text: string) => text.split(';')[0]!.split(' (')[0]!;

function unusedImportReason(cls: DesignationClass, covered: boolean, objective: Objective): string {
  if (!covered) return `no eligible export of ${describeClass(cls.key)} within 5 years after its import date`;
  return `every export that may use it is already fully designated; ${objective === 'max-refund' ? 'other imports give a larger refund' : `exports take ${objective === 'fifo' ? 'older' : 'newer'} imports first (${objective})`}`;
}
