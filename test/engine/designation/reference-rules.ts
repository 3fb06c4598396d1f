import type { DesignationRequest, ExportLine, ImportLine } from '../../../src-main/engine/designation/designation-types';

/**
 * An independent, deliberately plain statement of the substitution rules, pair by pair, used to
 * check the engine: it shares no code with it. Dates compare as strings (YYYY-MM-DD sorts), the
 * five-year anniversary is built by hand (the five years close the day before it), and duties are floats — acceptable only in tests, where
 * results are compared after rounding to cents.
 */
export function plusFiveYears(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 5, m, 0)).getUTCDate();
  return `${y + 5}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const importDuty = (line: ImportLine) => (line.dutyPerUnit !== undefined ? Number(line.dutyPerUnit) : Number(line.lineDuty) / line.quantity);

function sameClass(request: DesignationRequest, imp: ImportLine, exp: ExportLine): boolean {
  const exportDigits = exp.hts ?? exp.scheduleB!;
  if (imp.hts.slice(0, 8) !== exportDigits.slice(0, 8)) return false;
  if (request.provision !== 'unused-substitution' || !imp.hts8Other) return true;
  return !imp.hts10Other && exp.hts === imp.hts;
}

/** May this import line be designated against this export at all? */
export function eligiblePair(request: DesignationRequest, imp: ImportLine, exp: ExportLine): boolean {
  if (imp.election === 'direct-identification') return false;
  if (request.claimDate >= plusFiveYears(imp.importDate)) return false;
  if (exp.exportDate > request.claimDate) return false;
  if (exp.exportDate < imp.importDate || exp.exportDate >= plusFiveYears(imp.importDate)) return false;
  return sameClass(request, imp, exp);
}

/** Refund per unit of the pair in currency: 99% of the lesser per-unit duty. */
export const pairRefundPerUnit = (imp: ImportLine, exp: ExportLine) => 0.99 * Math.min(importDuty(imp), Number(exp.dutyPerUnitIfImported));

/** Every eligible pair with a positive refund, grouped by 8 digits first so this stays fast. */
export function eligiblePairs(request: DesignationRequest): { imp: number; exp: number; weight: number }[] {
  const by8 = new Map<string, number[]>();
  request.imports.forEach((line, i) => {
    const key = line.hts.slice(0, 8);
    const list = by8.get(key);
    if (list) list.push(i);
    else by8.set(key, [i]);
  });
  const pairs: { imp: number; exp: number; weight: number }[] = [];
  request.exports.forEach((exp, e) => {
    for (const i of by8.get((exp.hts ?? exp.scheduleB!).slice(0, 8)) ?? []) {
      const imp = request.imports[i]!;
      const weight = pairRefundPerUnit(imp, exp);
      if (weight > 0 && eligiblePair(request, imp, exp)) pairs.push({ imp: i, exp: e, weight });
    }
  });
  return pairs;
}
