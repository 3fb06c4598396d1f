import { dayNumber } from './calendar-days';
import { classifyExport, classifyImport, otherSubheadingsOf, type ClassKey } from './classification';
import type { DesignationRequest } from './designation-types';
import { exportExclusion, importExclusion, prepareExports, prepareImports, type PreparedExport, type PreparedImport } from './prepared-lines';
import { exportWindows } from './time-windows';

/**
 * One substitution class: the eligible imports sorted by import date, the eligible exports sorted by
 * export date, and each export's window `[lo, hi]` of import positions it may be designated against.
 * Classes never interact, so each is solved on its own.
 */
export interface DesignationClass {
  key: ClassKey;
  imports: PreparedImport[];
  exports: PreparedExport[];
  lo: Int32Array;
  hi: Int32Array;
  /** Same-class imports that cannot be designated, with why, kept to explain unused exports. */
  excludedImports: { item: PreparedImport; reason: string }[];
}

export interface ClassedRequest {
  classes: DesignationClass[];
  imports: PreparedImport[];
  exports: PreparedExport[];
  /** Reason an import or export is out of every class (undefined when it is in one). */
  importReasons: (string | undefined)[];
  exportReasons: (string | undefined)[];
}

const byDay = <T extends { day: number; index: number }>(a: T, b: T) => a.day - b.day || a.index - b.index;

export function buildClasses(request: DesignationRequest): ClassedRequest {
  const claimDay = dayNumber(request.claimDate);
  const unused = request.provision === 'unused-substitution';
  const others = otherSubheadingsOf(request);
  const imports = prepareImports(request);
  const exports = prepareExports(request);
  const importReasons: (string | undefined)[] = new Array(imports.length).fill(undefined);
  const exportReasons: (string | undefined)[] = new Array(exports.length).fill(undefined);
  const groups = new Map<ClassKey, { imports: PreparedImport[]; excluded: { item: PreparedImport; reason: string }[]; exports: PreparedExport[] }>();
  const group = (key: ClassKey) => groups.get(key) ?? groups.set(key, { imports: [], excluded: [], exports: [] }).get(key)!;
  for (const item of imports) {
    const classified = classifyImport(item.line, unused);
    const reason = classified.key === undefined ? classified.reason : importExclusion(item, claimDay);
    importReasons[item.index] = reason;
    if (classified.key === undefined) continue;
    if (reason === undefined) group(classified.key).imports.push(item);
    else group(classified.key).excluded.push({ item, reason });
  }
  for (const item of exports) {
    const classified = classifyExport(item.line, others);
    const reason = classified.key === undefined ? classified.reason : exportExclusion(item, claimDay);
    exportReasons[item.index] = reason;
    if (classified.key !== undefined && reason === undefined) group(classified.key).exports.push(item);
  }
  const classes: DesignationClass[] = [];
  for (const [key, g] of groups) {
    g.imports.sort(byDay);
    g.exports.sort(byDay);
    const { lo, hi } = exportWindows(g.imports, g.exports);
    classes.push({ key, imports: g.imports, exports: g.exports, lo, hi, excludedImports: g.excluded });
  }
  return { classes, imports, exports, importReasons, exportReasons };
}
