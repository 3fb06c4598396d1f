import type { PostEntryVariance, VarianceReport } from '../../../src-shared/domain/post-entry';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { compareEntry, type EntryLineData } from '../../engine/post-entry/variances/compare-entry';
import { latestPreEntryLines } from '../../ledger/repos/post-entry-pre-entries-repo';
import { latestFiledLines } from '../../ledger/repos/post-entry-summaries-repo';
import { varianceConfig } from './post-entry-settings';

/** What the comparison needs of a pre-entry or filed line (amounts and quantities in 1/10,000). */
interface LineRow {
  entry_number: string;
  line_number: number;
  hts: string;
  origin: string;
  quantity_4dp: number;
  unit: string;
  value_4dp: number;
  duty_rate: string;
  duty_4dp: number;
  mpf_4dp: number;
  hmf_4dp: number;
}

/** Fee class codes of the 7501's "Other fee summary": 499 MPF, 501 HMF (post-entry-facts §2). */
const toLine = (r: LineRow): EntryLineData => ({
  line: r.line_number,
  hts: r.hts.split(' '),
  origin: r.origin,
  quantity: BigInt(r.quantity_4dp),
  unit: r.unit,
  value: BigInt(r.value_4dp),
  dutyRate: r.duty_rate,
  dutyAmount: BigInt(r.duty_4dp),
  fees: { '499': BigInt(r.mpf_4dp), '501': BigInt(r.hmf_4dp) },
});

/** Rows sorted by entry and line -> entry -> its rows. */
function byEntry(rows: readonly LineRow[]): Map<string, LineRow[]> {
  const entries = new Map<string, LineRow[]>();
  for (const row of rows) {
    let lines = entries.get(row.entry_number);
    if (!lines) entries.set(row.entry_number, (lines = []));
    lines.push(row);
  }
  return entries;
}

/**
 * Lines that agree field for field, as stored: the engine would find no difference in them, so most
 * entries of a year (filed as sent) skip the conversion to the engine's bigint lines.
 */
function identical(a: readonly LineRow[], b: readonly LineRow[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return (
      x.line_number === y.line_number &&
      x.hts === y.hts &&
      x.origin === y.origin &&
      x.quantity_4dp === y.quantity_4dp &&
      x.unit === y.unit &&
      x.value_4dp === y.value_4dp &&
      x.duty_rate === y.duty_rate &&
      x.duty_4dp === y.duty_4dp &&
      x.mpf_4dp === y.mpf_4dp &&
      x.hmf_4dp === y.hmf_4dp
    );
  });
}

export interface EntryVariances {
  /** variances of each entry compared (an entry with none maps to []) */
  compared: Map<string, PostEntryVariance[]>;
  notFiled: string[];
  noPreEntry: string[];
}

/**
 * Compares each entry's newest pre-entry with the broker's newest filing, line by line, with the
 * desk's tolerances (the engine's compareEntry: classification and valuation changes always alert).
 */
export function entryVariances(db: Sqlite, entryNumber?: string): EntryVariances {
  const config = varianceConfig(db);
  const pre = byEntry(latestPreEntryLines(db, entryNumber));
  const filed = byEntry(latestFiledLines(db, entryNumber));
  const compared = new Map<string, PostEntryVariance[]>();
  const notFiled: string[] = [];
  for (const [entry, lines] of pre) {
    const got = filed.get(entry);
    if (got) compared.set(entry, identical(lines, got) ? [] : compareEntry(entry, lines.map(toLine), got.map(toLine), config));
    else notFiled.push(entry);
  }
  const noPreEntry = [...filed.keys()].filter((entry) => !pre.has(entry));
  return { compared, notFiled, noPreEntry };
}

/** The variance report: every difference by entry and line, counted by severity. */
export function varianceReport(db: Sqlite, entryNumber?: string): VarianceReport {
  const { compared, notFiled, noPreEntry } = entryVariances(db, entryNumber);
  if (entryNumber && compared.size === 0 && notFiled.length === 0 && noPreEntry.length === 0) {
    throw new AppError('NOT_FOUND', `entry ${entryNumber} has neither pre-entry data nor a filed entry summary in the ledger; import them first`, [
      { field: 'entryNumber', message: 'not found' },
    ]);
  }
  const variances = [...compared.values()].flat();
  const bySeverity = { info: 0, warning: 0, alert: 0 };
  for (const v of variances) bySeverity[v.severity]++;
  return {
    entriesCompared: compared.size,
    entriesWithVariances: [...compared.values()].filter((v) => v.length > 0).length,
    bySeverity,
    variances,
    notFiled,
    noPreEntry,
  };
}
