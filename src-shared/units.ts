/**
 * Units of measure. Quantities are whole numbers in a unit; conversions are explicit
 * factors to the item's base unit, and a conversion that would leave a fraction is refused.
 */
export const UNITS = ['EA', 'PCS', 'CS', 'DZ', 'PR', 'KG', 'G', 'LB', 'L', 'M', 'M2', 'PAL'] as const;
export type UnitCode = (typeof UNITS)[number];

/** Fixed conversions that hold for every item: to -> from -> factor (1 from = factor to). */
const FIXED: Record<string, Record<string, number>> = {
  EA: { PCS: 1, DZ: 12, PR: 2 },
  PCS: { EA: 1, DZ: 12, PR: 2 },
  G: { KG: 1000 },
};

/** Item-specific packs (a case of 24, a pallet of 40 cases) come from the item's own conversions. */
export interface PackConversion {
  uom: string;
  /** how many base units one of `uom` holds */
  factor: number;
}

export function convertToBase(quantity: number, fromUom: string, baseUom: string, packs: readonly PackConversion[] = []): number | undefined {
  if (fromUom === baseUom) return quantity;
  const factor = FIXED[baseUom]?.[fromUom] ?? packs.find((p) => p.uom === fromUom)?.factor;
  if (factor === undefined) return undefined;
  return quantity * factor;
}
