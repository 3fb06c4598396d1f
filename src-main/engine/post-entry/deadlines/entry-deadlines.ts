import type { IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { WorkingCalendar } from '../working-days';
import { dailyStatementDue } from './daily-statement-due';
import type { Deadline } from './deadline';
import { deemedLiquidation } from './deemed-liquidation';
import { monthlyStatementDue, type PublishedPmsDates } from './monthly-statement-due';
import { protestDeadline } from './protest-deadline';
import { pscCutoff } from './psc-cutoff';
import { reconciliationDue } from './reconciliation-due';

/** One entry's dates, as the `calendar` command and (later) the post-entry service give them. */
export interface EntryDates {
  /** The entry number as printed, XXX-NNNNNNN-C. */
  entry: string;
  entryDate: IsoDate;
  releaseDate: IsoDate;
  scheduledLiquidation?: IsoDate;
  liquidationDate?: IsoDate;
  extendedLiquidation?: IsoDate;
  reconciliationFlagDate?: IsoDate;
  statement: 'daily' | 'monthly';
}

export interface EntryDeadlines {
  entry: string;
  psc: Deadline;
  deemedLiquidation: Deadline;
  protest?: Deadline;
  reconciliation?: Deadline;
  statement: Deadline;
}

/** The reference data the rules need, loaded and checked by the caller (the engine reads no files). */
export interface DeadlineReference {
  calendar: WorkingCalendar;
  pmsDates: PublishedPmsDates;
}

/** Every deadline of one entry, each with the rule that produced it. */
export function entryDeadlines(entry: EntryDates, reference: DeadlineReference): EntryDeadlines {
  const { calendar } = reference;
  const deemed = deemedLiquidation(entry.entryDate, entry.extendedLiquidation, calendar);
  const result: EntryDeadlines = {
    entry: entry.entry,
    psc: pscCutoff(entry, calendar),
    deemedLiquidation: deemed,
    statement:
      entry.statement === 'daily' ? dailyStatementDue(entry.releaseDate, calendar) : monthlyStatementDue(entry.releaseDate, reference.pmsDates, calendar),
  };
  if (entry.liquidationDate) result.protest = protestDeadline(entry.entryDate, entry.liquidationDate, deemed.date, calendar);
  if (entry.reconciliationFlagDate) result.reconciliation = reconciliationDue(entry.reconciliationFlagDate, calendar);
  return result;
}

/** The deadlines of an entry as a list, in the order a person reads them. */
export function deadlineList(deadlines: EntryDeadlines): Deadline[] {
  return [deadlines.statement, deadlines.psc, deadlines.deemedLiquidation, deadlines.protest, deadlines.reconciliation].filter(
    (d): d is Deadline => d !== undefined,
  );
}
