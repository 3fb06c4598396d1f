import type { EntrySummaryVersion, SummaryLineView } from '../../../src-shared/domain/post-entry';
import { formatAmount, formatMoney } from '../../../src-shared/money';
import type { EntrySummaryInput } from '../../../src-shared/schemas/post-entry-inputs';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { summaryLines, summaryVersions, type SummaryLineRow, type SummaryRow } from '../../ledger/repos/post-entry-summaries-repo';

/** Entry summary versions as the desk shows them, and back into the shape a new version is written from. */

const quantity = (q: number) => formatMoney(BigInt(q), 4).replace(/\.?0+$/, '');

export function lineView(l: SummaryLineRow): SummaryLineView {
  return {
    lineNumber: l.line_number,
    description: l.description,
    hts: l.hts.split(' '),
    origin: l.origin,
    quantity: quantity(l.quantity_4dp),
    unit: l.unit,
    value: formatAmount(BigInt(l.value_4dp)),
    dutyRate: l.duty_rate,
    duty: formatAmount(BigInt(l.duty_4dp)),
    mpf: formatAmount(BigInt(l.mpf_4dp)),
    hmf: formatAmount(BigInt(l.hmf_4dp)),
    ad: formatAmount(BigInt(l.ad_4dp)),
    cvd: formatAmount(BigInt(l.cvd_4dp)),
    adcvdCase: l.adcvd_case,
  };
}

export function versionView(row: SummaryRow, lines: SummaryLineRow[]): EntrySummaryVersion {
  const total = lines.reduce((sum, l) => sum + BigInt(l.duty_4dp + l.mpf_4dp + l.hmf_4dp + l.ad_4dp + l.cvd_4dp), 0n);
  return {
    id: row.uid,
    entryNumber: row.entry_number,
    version: row.version,
    origin: row.origin,
    entryType: row.entry_type,
    summaryDate: row.summary_date,
    entryDate: row.entry_date,
    importDate: row.import_date,
    releaseDate: row.release_date,
    portCode: row.port_code,
    broker: row.broker,
    importer: row.importer,
    billOfLading: row.bill_of_lading,
    payment: row.payment,
    reconciliationFlag: row.reconciliation_flag === 1,
    scheduledLiquidation: row.scheduled_liquidation,
    reason: row.reason,
    createdAt: row.created_at,
    total: formatAmount(total),
    lines: lines.map(lineView),
  };
}

/** Every version of an entry's summary, oldest first. */
export function entryVersions(db: Sqlite, entryNumber: string): EntrySummaryVersion[] {
  return summaryVersions(db, entryNumber).map((row) => versionView(row, summaryLines(db, row.id)));
}

/** A version as input again (to write the next version from it). */
export function versionInput(v: EntrySummaryVersion): EntrySummaryInput {
  return {
    entryNumber: v.entryNumber,
    entryType: v.entryType,
    summaryDate: v.summaryDate,
    entryDate: v.entryDate,
    importDate: v.importDate,
    ...(v.releaseDate ? { releaseDate: v.releaseDate } : {}),
    portCode: v.portCode,
    broker: v.broker,
    importer: v.importer,
    ...(v.billOfLading ? { billOfLading: v.billOfLading } : {}),
    payment: v.payment,
    reconciliationFlag: v.reconciliationFlag,
    ...(v.scheduledLiquidation ? { scheduledLiquidation: v.scheduledLiquidation } : {}),
    lines: v.lines.map((l) => ({
      lineNumber: l.lineNumber,
      ...(l.description ? { description: l.description } : {}),
      hts: l.hts,
      origin: l.origin,
      quantity: l.quantity,
      unit: l.unit,
      value: l.value,
      dutyRate: l.dutyRate,
      duty: l.duty,
      mpf: l.mpf,
      hmf: l.hmf,
      ad: l.ad,
      cvd: l.cvd,
      ...(l.adcvdCase ? { adcvdCase: l.adcvdCase } : {}),
    })),
  };
}
