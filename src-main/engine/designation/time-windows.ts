/**
 * For the imports and exports of one class, each in date order: export k may be designated against
 * the imports at positions 0..hi[k] (none when hi[k] is -1), those dated on or before it, since the
 * export cannot precede the import (19 U.S.C. 1313(j)(2)). Both lists are in date order, so one
 * pointer finds every window in linear time, and windows grow with the export date.
 *
 * Why a window is a prefix: the export must also be within five years of the import, and the claim
 * date within five years of it too (19 CFR 190.51(e)). Imports whose five years end before the
 * claim date are excluded from every class and exports after the claim date too, so for every pair
 * left, export date <= claim date <= end of the import's five years: the first rule follows from
 * the other two and cuts nothing off the window's old end.
 */
export function exportWindows(importDay: Int32Array, imports: Int32Array, exportDay: Int32Array, exports: Int32Array, hi: Int32Array): void {
  let end = 0;
  for (let k = 0; k < exports.length; k++) {
    const day = exportDay[exports[k]!]!;
    while (end < imports.length && importDay[imports[end]!]! <= day) end++;
    hi[k] = end - 1;
  }
}
