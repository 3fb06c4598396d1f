import type { BrokerStats, CycleLeg } from '../../../src-shared/domain/post-entry';

export const LEG_NAMES: Record<CycleLeg['leg'], string> = {
  'arrival-release': 'Arrival → release',
  'release-summary': 'Release → summary',
  'summary-payment': 'Summary → payment',
  'payment-liquidation': 'Payment → liquidation',
};

/** RFC 4180 quoting, written here because no CSV writer is among the renderer's packages (csv-parse only reads). */
const cell = (v: string | number | null) => {
  const text = v === null ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The dashboard's table as CSV: one row per broker, plain numbers (no separators) so a spreadsheet reads them. */
export function brokerCsv(brokers: readonly BrokerStats[]): string {
  const legs = Object.keys(LEG_NAMES) as CycleLeg['leg'][];
  const header = [
    'Broker',
    'Filer codes',
    'Entries',
    'Re-filings',
    'Re-filings per entry',
    'Messages per entry',
    'Entries compared',
    'Entries with variances',
    'Variance rate (%)',
    ...legs.map((l) => `${LEG_NAMES[l].replace(' → ', ' to ')} (average days)`),
  ];
  const rows = brokers.map((b) => [
    b.broker,
    b.filerCodes.join(' '),
    b.entries,
    b.refilings,
    b.refilingsPerEntry,
    b.messagesPerEntry,
    b.entriesCompared,
    b.entriesWithVariances,
    Math.round(b.varianceRate * 1000) / 10,
    ...legs.map((l) => b.cycleTimes.find((c) => c.leg === l)?.averageDays ?? null),
  ]);
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
