import type { PreparedExport, PreparedImport } from './prepared-lines';

/**
 * For imports and exports of one class, each sorted by date: export e may be designated against the
 * imports at positions lo[e]..hi[e] (empty when lo > hi). An import qualifies when the export is not
 * before it (substitution: the export cannot precede the import) and is within five years of it
 * (19 U.S.C. 1313(j)(2); 19 CFR 190.51(e)). Deadlines rise with import dates and both ends of the
 * window rise with export dates, so two pointers find every window in linear time.
 *
 * Note: an eligible import is claimed within five years of import and an eligible export is made
 * before the claim, so the five-year bound on the export is implied and `lo` is in practice the first
 * import; it is still computed here, from the rule itself.
 */
export function exportWindows(imports: readonly PreparedImport[], exports: readonly PreparedExport[]): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(exports.length);
  const hi = new Int32Array(exports.length);
  let first = 0;
  let end = 0;
  exports.forEach((item, e) => {
    while (first < imports.length && imports[first]!.deadline < item.day) first++;
    while (end < imports.length && imports[end]!.day <= item.day) end++;
    lo[e] = first;
    hi[e] = end - 1;
  });
  return { lo, hi };
}
