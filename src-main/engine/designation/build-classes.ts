import { dayNumber, earliestImportDay } from './calendar-days';
import { classifyExport, classifyImport, OtherFlags, type ClassKey, type Classified } from './classification';
import type { DesignationRequest, ExportLine, ImportLine } from './designation-types';
import { groupByClassAndDay } from './line-grouping';
import { PreparedLines } from './prepared-lines';
import { exportWindows } from './time-windows';
import { int32s } from './typed-memory';

/**
 * One substitution class: the request positions of its eligible imports in import-date order and
 * of its eligible exports in export-date order, and each export's window: the export at position
 * k may be designated against the imports at positions 0..hi[k] (time-windows.ts). Classes never
 * interact, so each is solved on its own.
 */
export interface DesignationClass {
  key: ClassKey;
  imports: Int32Array;
  exports: Int32Array;
  hi: Int32Array;
  /** Why same-class imports cannot be designated (each reason once), to explain unused exports. */
  excludedReasons: string[];
}

/**
 * The same classes as flat arrays a worker thread can read: class c's imports are
 * importOrder[importStart[c]..importStart[c + 1]), its exports likewise, with their windows in hi.
 */
export interface ClassLayout {
  importOrder: Int32Array;
  importStart: Int32Array;
  exportOrder: Int32Array;
  exportStart: Int32Array;
  hi: Int32Array;
}

export interface ClassedRequest {
  lines: PreparedLines;
  classes: DesignationClass[];
  layout: ClassLayout;
  /** Reason an import or export is out of every class (undefined when it is in one). */
  importReasons: (string | undefined)[];
  exportReasons: (string | undefined)[];
}

/** `shared`: put what a worker thread reads (the layout, quantities and duties) in shared memory. */
export function buildClasses(request: DesignationRequest, shared = false): ClassedRequest {
  const claimDay = dayNumber(request.claimDate);
  const earliestDay = earliestImportDay(claimDay);
  const unused = request.provision === 'unused-substitution';
  const lines = new PreparedLines(request.imports.length, request.exports.length, shared);
  const keys: ClassKey[] = [];
  const excluded: Set<string>[] = [];
  const classIds = new Map<ClassKey, number>();
  const place = (classified: Classified): Placement => {
    if (classified.key === undefined) return { id: -1, reason: classified.reason };
    let id = classIds.get(classified.key);
    if (id === undefined) {
      classIds.set(classified.key, (id = keys.push(classified.key) - 1));
      excluded.push(new Set());
    }
    return { id, reason: undefined };
  };
  // One pass per side, in request order (memory order): each line's row is filled and its class
  // noted; the lines are then placed into their classes in date order.
  const importReasons = new Array<string | undefined>(request.imports.length);
  const importClass = new Int32Array(request.imports.length).fill(-1);
  const otherFlags = new OtherFlags();
  const placeImport = placer(
    (line: ImportLine) => {
      if (unused) otherFlags.note(line);
      return place(classifyImport(line, unused));
    },
    (line) => (line.hts8Other ? 1 : 0) + (line.hts10Other ? 2 : 0),
    (line) => line.hts,
  );
  for (let i = 0; i < request.imports.length; i++) {
    const line = request.imports[i]!;
    lines.fillImport(i, line);
    const placement = placeImport(line);
    const reason = placement.id < 0 ? placement.reason : lines.importExclusion(i, line, earliestDay);
    importReasons[i] = reason;
    if (placement.id < 0) continue;
    if (reason === undefined) importClass[i] = placement.id;
    else excluded[placement.id]!.add(reason);
  }
  const others = otherFlags.subheadings(request);
  const exportReasons = new Array<string | undefined>(request.exports.length);
  const exportClass = new Int32Array(request.exports.length).fill(-1);
  const placeExport = placer(
    (line: ExportLine) => place(classifyExport(line, others)),
    (line) => (line.hts === undefined ? 1 : 0),
    (line) => line.hts ?? line.scheduleB!,
  );
  for (let e = 0; e < request.exports.length; e++) {
    const line = request.exports[e]!;
    lines.fillExport(e, line);
    const placement = placeExport(line);
    const reason = placement.id < 0 ? placement.reason : lines.exportExclusion(e, claimDay);
    exportReasons[e] = reason;
    if (reason === undefined) exportClass[e] = placement.id;
  }
  const importGroups = groupByClassAndDay(importClass, lines.importDay, keys.length, shared);
  const exportGroups = groupByClassAndDay(exportClass, lines.exportDay, keys.length, shared);
  const hi = int32s(exportGroups.order.length, shared);
  const classes = keys.map((key, c): DesignationClass => {
    const imports = importGroups.order.subarray(importGroups.start[c], importGroups.start[c + 1]);
    const exports = exportGroups.order.subarray(exportGroups.start[c], exportGroups.start[c + 1]);
    const windows = hi.subarray(exportGroups.start[c], exportGroups.start[c + 1]);
    exportWindows(lines.importDay, imports, lines.exportDay, exports, windows);
    return { key, imports, exports, hi: windows, excludedReasons: [...excluded[c]!] };
  });
  const layout = { importOrder: importGroups.order, importStart: importGroups.start, exportOrder: exportGroups.order, exportStart: exportGroups.start, hi };
  return { lines, classes, layout, importReasons, exportReasons };
}

/** A line's class (its id), or why it is in none (id -1). */
type Placement = { id: number; reason: undefined } | { id: -1; reason: string };

/**
 * The classification depends only on the line's number (and, for imports, its two flags): a line's
 * placement is computed once per distinct number and flag pattern, looked up by the number's own
 * text.
 */
function placer<L>(place: (line: L) => Placement, variant: (line: L) => number, digits: (line: L) => string): (line: L) => Placement {
  const known = [new Map<string, Placement>(), new Map<string, Placement>(), new Map<string, Placement>(), new Map<string, Placement>()];
  return (line) => {
    const cache = known[variant(line)]!;
    let answer = cache.get(digits(line));
    if (answer === undefined) cache.set(digits(line), (answer = place(line)));
    return answer;
  };
}
