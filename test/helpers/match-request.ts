import { parseIsoDay } from '../../src-main/engine/accounting-methods/epoch-days';
import type { DestinationRule } from '../../src-main/engine/eligibility/destination-rules';
import { STATUTORY_DESTINATION_RULES } from '../../src-main/services/reference/statutory-destination-rules';
import type { MatchExportLine, MatchLot, MatchPolicy, MatchRequest } from '../../src-main/engine/matching/matching-types';

/** Builders for pure matching-engine requests: readable dates, sensible defaults, explicit entry-line sizes. */
export const day = (iso: string): number => {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(`not a date: ${iso}`);
  return d;
};

export const TEE = { itemId: 1, sku: 'TSHIRT-COT-M', hts10: '6109100012', origin: 'VN' } as const;
export const POLO = { itemId: 2, sku: 'POLO-COT-M', hts10: '6109100040', origin: 'VN' } as const;

let nextLotId = 1;
let nextExportId = 1;

export function lot(overrides: Partial<MatchLot> & { importDate?: string; receivedDate?: string; dutyPerUnit?: number } = {}): MatchLot {
  const { importDate, receivedDate, dutyPerUnit, ...rest } = overrides;
  const importDay = day(importDate ?? '2023-05-01');
  const id = rest.id ?? nextLotId++;
  return {
    id,
    itemId: TEE.itemId,
    lotCode: `LOT-${id}`,
    entryLineId: 1,
    entryNumber: '2023-000123',
    importDay,
    receivedDay: receivedDate ? day(receivedDate) : importDay,
    hts10: TEE.hts10,
    origin: TEE.origin,
    dutyPerUnit4dp: Math.round((dutyPerUnit ?? 5) * 10_000),
    available: 100,
    blocked: null,
    ...rest,
  };
}

export function exportLine(overrides: Partial<MatchExportLine> & { date?: string } = {}): MatchExportLine {
  const { date, ...rest } = overrides;
  return {
    id: rest.id ?? nextExportId++,
    day: day(date ?? '2023-11-06'),
    itemId: TEE.itemId,
    sku: TEE.sku,
    hts10: TEE.hts10,
    origin: TEE.origin,
    quantity: 10,
    lotCode: null,
    entryNumber: null,
    destination: 'JP',
    ...rest,
  };
}

/**
 * A request over the lots and exports; each entry line holds what its lots hold unless `lineSizes`
 * says otherwise (entry line id -> units of the line not yet allocated).
 */
export function request(
  lots: MatchLot[],
  exports: MatchExportLine[],
  policy: Partial<MatchPolicy> = {},
  lineSizes: Record<number, number> = {},
  destinationRules: DestinationRule[] = [],
): MatchRequest {
  const entryLineLeft = new Map<number, number>();
  for (const l of lots) entryLineLeft.set(l.entryLineId, (entryLineLeft.get(l.entryLineId) ?? 0) + l.available);
  for (const [id, size] of Object.entries(lineSizes)) entryLineLeft.set(Number(id), size);
  return { policy: { method: 'fifo', turnoverDays: null, order: 'fifo', substitution: false, ...policy }, lots, entryLineLeft, exports, destinationRules };
}

/** The destination rules the desk seeds from the law, as the engine reads them. */
export function statutoryRules(): DestinationRule[] {
  return STATUTORY_DESTINATION_RULES.map((r) => ({
    key: r.key,
    country: r.country,
    provision: r.provision,
    effect: r.effect,
    refundPercent: r.refundPercent,
    citation: r.citation,
    from: day(r.from),
    to: r.to === null ? null : day(r.to),
  }));
}
