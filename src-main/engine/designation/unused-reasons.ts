import type { DesignationClass } from './build-classes';
import { isoDate } from './calendar-days';
import { describeClass } from './classification';
import type { Objective } from './designation-types';

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

/** Running totals of import quantities by position, so a window's units cost O(1). */
export function quantityPrefix(cls: DesignationClass): Float64Array {
  const prefix = new Float64Array(cls.imports.length + 1);
  cls.imports.forEach((item, i) => (prefix[i + 1] = prefix[i]! + item.line.quantity));
  return prefix;
}

export function unusedExportReason(cls: DesignationClass, e: number, objective: Objective, prefix: Float64Array): string {
  const item = cls.exports[e]!;
  const when = isoDate(item.day);
  if (cls.lo[e]! <= cls.hi[e]!) {
    const units = prefix[cls.hi[e]! + 1]! - prefix[cls.lo[e]!]!;
    return `the ${units} eligible import units dated ${isoDate(cls.imports[cls.lo[e]!]!.day)} to ${isoDate(cls.imports[cls.hi[e]!]!.day)} (within the 5 years before export) are all designated; ${BY_OBJECTIVE[objective]}`;
  }
  if (cls.imports.length === 0) return noEligibleImport(cls);
  if (cls.hi[e]! < 0) return `exported on ${when}, before every eligible import of ${describeClass(cls.key)} (first on ${isoDate(cls.imports[0]!.day)}); the export cannot precede the designated import`;
  const latest = cls.imports[cls.hi[e]!]!;
  return `every eligible import of ${describeClass(cls.key)} dated on or before ${when} is more than 5 years older (latest ${isoDate(latest.day)}); the export must be within 5 years of the import (19 U.S.C. 1313(j)(2), 19 CFR 190.51(e))`;
}

function noEligibleImport(cls: DesignationClass): string {
  if (cls.excludedImports.length === 0) return `no import line of the same classification (${describeClass(cls.key)})`;
  const kinds = new Set(cls.excludedImports.map(({ reason }) => firstClause(reason)));
  return `import lines of ${describeClass(cls.key)} exist but none can be designated: ${[...kinds].join('; ')}`;
}

const firstClause = (text: string) => text.split(';')[0]!.split(' (')[0]!;

/** Positions of imports that at least one eligible export of the class may use. */
export function coveredImports(cls: DesignationClass): Uint8Array {
  const diff = new Int32Array(cls.imports.length + 1);
  for (let e = 0; e < cls.exports.length; e++) {
    if (cls.lo[e]! > cls.hi[e]!) continue;
    diff[cls.lo[e]!]!++;
    diff[cls.hi[e]! + 1]!--;
  }
  const covered = new Uint8Array(cls.imports.length);
  let run = 0;
  for (let i = 0; i < cls.imports.length; i++) covered[i] = (run += diff[i]!) > 0 ? 1 : 0;
  return covered;
}

export function unusedImportReason(cls: DesignationClass, covered: boolean, objective: Objective): string {
  if (!covered) return `no eligible export of ${describeClass(cls.key)} within 5 years after its import date`;
  return `every export that may use it is already fully designated; ${objective === 'max-refund' ? 'other imports give a larger refund' : `exports take ${objective === 'fifo' ? 'older' : 'newer'} imports first (${objective})`}`;
}
