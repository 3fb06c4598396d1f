import { dayNumber } from './calendar-days';
import { classifyExport, classifyImport, otherSubheadingsOf, type ClassKey, type Classified } from './classification';
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

interface Group {
  key: ClassKey;
  imports: PreparedImport[];
  excluded: { item: PreparedImport; reason: string }[];
  exports: PreparedExport[];
}

export function buildClasses(request: DesignationRequest): ClassedRequest {
  const claimDay = dayNumber(request.claimDate);
  const unused = request.provision === 'unused-substitution';
  const others = otherSubheadingsOf(request);
  const imports = prepareImports(request);
  const exports = prepareExports(request);
  const importReasons: (string | undefined)[] = new Array(imports.length).fill(undefined);
  const exportReasons: (string | undefined)[] = new Array(exports.length).fill(undefined);
  const groups: Group[] = [];
  const groupOf = new Map<ClassKey, number>();
  const groupIndex = (key: ClassKey) => groupOf.get(key) ?? groupOf.set(key, groups.push({ key, imports: [], excluded: [], exports: [] }) - 1).get(key)!;
  // Lines are classified in request order (memory order: a million lines stay cache friendly);
  // each eligible line's class is noted, and the lines are then placed into classes in date order.
  const importClass = new Int32Array(imports.length).fill(-1);
  const classifyI = classifier((line: PreparedImport['line']) => classifyImport(line, unused), (line) => (line.hts8Other ? 1 : 0) + (line.hts10Other ? 2 : 0), (line) => line.hts);
  for (const item of imports) {
    const classified = classifyI(item.line);
    const reason = classified.key === undefined ? classified.reason : importExclusion(item, claimDay);
    importReasons[item.index] = reason;
    if (classified.key === undefined) continue;
    if (reason === undefined) importClass[item.index] = groupIndex(classified.key);
    else groups[groupIndex(classified.key)]!.excluded.push({ item, reason });
  }
  const exportClass = new Int32Array(exports.length).fill(-1);
  const classifyE = classifier((line: PreparedExport['line']) => classifyExport(line, others), (line) => (line.hts === undefined ? 1 : 0), (line) => line.hts ?? line.scheduleB!);
  for (const item of exports) {
    const classified = classifyE(item.line);
    const reason = classified.key === undefined ? classified.reason : exportExclusion(item, claimDay);
    exportReasons[item.index] = reason;
    if (classified.key !== undefined && reason === undefined) exportClass[item.index] = groupIndex(classified.key);
  }
  for (const i of byDay(imports)) if (importClass[i]! >= 0) groups[importClass[i]!]!.imports.push(imports[i]!);
  for (const e of byDay(exports)) if (exportClass[e]! >= 0) groups[exportClass[e]!]!.exports.push(exports[e]!);
  const classes = groups.map(({ key, imports: classImports, exports: classExports, excluded }): DesignationClass => {
    const { lo, hi } = exportWindows(classImports, classExports);
    return { key, imports: classImports, exports: classExports, lo, hi, excludedImports: excluded };
  });
  return { classes, imports, exports, importReasons, exportReasons };
}

/**
 * The classification depends only on the line's number (and, for imports, its two flags): it is
 * computed once per distinct number and flag pattern, looked up by the number's own text.
 */
function classifier<L>(classify: (line: L) => Classified, variant: (line: L) => number, digits: (line: L) => string): (line: L) => Classified {
  const known = [new Map<string, Classified>(), new Map<string, Classified>(), new Map<string, Classified>(), new Map<string, Classified>()];
  return (line) => {
    const cache = known[variant(line)]!;
    let answer = cache.get(digits(line));
    if (answer === undefined) cache.set(digits(line), (answer = classify(line)));
    return answer;
  };
}

/**
 * Positions of the items by (day, index): a counting sort over the days in use (stable, so equal
 * days keep index order), linear where a comparator sort of a million objects is not. A date range
 * too wide for a counting array (never in practice) falls back to sorting.
 */
function byDay(items: readonly { day: number }[]): Int32Array {
  const days = new Int32Array(items.length);
  for (let k = 0; k < items.length; k++) days[k] = items[k]!.day;
  const order = new Int32Array(items.length);
  if (items.length === 0) return order;
  let first = days[0]!;
  let last = days[0]!;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (last - first > 4 * items.length + 100_000) {
    order.set(Array.from({ length: items.length }, (_, k) => k).sort((a, b) => days[a]! - days[b]! || a - b));
    return order;
  }
  const start = new Int32Array(last - first + 2);
  for (const day of days) start[day - first + 1]!++;
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
  for (let k = 0; k < days.length; k++) order[start[days[k]! - first]!++] = k;
  return order;
}
