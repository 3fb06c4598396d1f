import { AppError } from '../../../src-shared/errors';
import { describeDate } from '../../../src-shared/post-entry/calendar-date';
import type { Deadline } from './deadlines/deadline';
import { deadlineList, entryDeadlines, type DeadlineReference, type EntryDates, type EntryDeadlines } from './deadlines/entry-deadlines';

/** The `calendar --json` shape of one entry (issue 12): dates only, optional ones left out. */
export interface CalendarJsonEntry {
  entry: string;
  pscDeadline: string;
  deemedLiquidation: string;
  protestDeadline?: string;
  reconciliationDue?: string;
  statementDue: string;
}

/** Computes every entry's deadlines; a problem (a date past the holiday list) names the entry. */
export function computeCalendar(entries: readonly EntryDates[], reference: DeadlineReference): EntryDeadlines[] {
  return entries.map((entry, index) => {
    try {
      return entryDeadlines(entry, reference);
    } catch (error) {
      if (error instanceof AppError)
        throw new AppError(error.code, `entry ${index + 1} (${entry.entry}): ${error.message}`, [{ field: `entries.${index}`, message: error.message }]);
      throw error;
    }
  });
}

export function calendarJson(results: readonly EntryDeadlines[]): { entries: CalendarJsonEntry[] } {
  return {
    entries: results.map((r) => ({
      entry: r.entry,
      pscDeadline: r.psc.date,
      deemedLiquidation: r.deemedLiquidation.date,
      ...(r.protest ? { protestDeadline: r.protest.date } : {}),
      ...(r.reconciliation ? { reconciliationDue: r.reconciliation.date } : {}),
      statementDue: r.statement.date,
    })),
  };
}

const LABELS: Record<Deadline['kind'], string> = {
  'daily-statement': 'Daily statement due',
  'monthly-statement': 'Monthly statement due',
  psc: 'Post-summary correction cut-off',
  'deemed-liquidation': 'Deemed liquidation',
  protest: 'Protest due',
  reconciliation: 'Reconciliation due',
};

/** A table per entry: what, when (with the weekday), and the rule that produced the date. */
export function calendarTable(results: readonly EntryDeadlines[]): string {
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  const blocks = results.map((r) => {
    const rows = deadlineList(r).map((d) => `  ${LABELS[d.kind].padEnd(width)}  ${describeDate(d.date)}  ${d.rule}`);
    return [`Entry ${r.entry}`, `  ${'Deadline'.padEnd(width)}  ${'Date'.padEnd(14)}  Rule`, ...rows].join('\n');
  });
  return blocks.join('\n\n');
}
