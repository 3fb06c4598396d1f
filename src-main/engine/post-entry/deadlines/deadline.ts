import { addDays, getDay } from 'date-fns';
import { dateOf, describeDate, isoDate, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { WorkingCalendar } from '../working-days';

export const DEADLINE_KINDS = ['psc', 'deemed-liquidation', 'protest', 'reconciliation', 'daily-statement', 'monthly-statement'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** A computed date with the rule that produced it, in words with its citation. */
export interface Deadline {
  kind: DeadlineKind;
  date: IsoDate;
  /**
   * The last working day on or before `date`. No rule moves these customs dates off a weekend or
   * holiday (19 CFR 159.11, 174.12 and the PSC and reconciliation notices are silent), so a date on
   * a closed day is kept and the desk acts by the working day before it.
   */
  actBy: IsoDate;
  rule: string;
}

/** Closed-day check that also works past the holiday list's years (weekends only, then said so). */
function closedReason(date: IsoDate, calendar: WorkingCalendar): string | undefined {
  const weekday = getDay(dateOf(date));
  if (weekday === 0) return 'a Sunday';
  if (weekday === 6) return 'a Saturday';
  if (date < calendar.from || date > calendar.to) return undefined;
  const holiday = calendar.holidays.get(date);
  return holiday ? `a federal holiday (${holiday})` : undefined;
}

/**
 * Builds a deadline counted in calendar days: the date stands, and when it falls on a closed day the
 * rule says so and names the working day to act by.
 */
export function calendarDayDeadline(kind: DeadlineKind, date: IsoDate, rule: string, calendar: WorkingCalendar): Deadline {
  let actBy = dateOf(date);
  while (closedReason(isoDate(actBy), calendar)) actBy = addDays(actBy, -1);
  const reason = closedReason(date, calendar);
  const note = reason ? ` ${describeDate(date)} is ${reason}; no rule moves the date, so act by ${describeDate(isoDate(actBy))}.` : '';
  const unlisted =
    date > calendar.to || date < calendar.from
      ? ` The holiday list covers ${calendar.from} to ${calendar.to}, so only weekends were checked for this date.`
      : '';
  return { kind, date, actBy: isoDate(actBy), rule: `${rule}${note}${unlisted}` };
}

/** Builds a deadline that is itself a working day (statements). */
export function workingDayDeadline(kind: DeadlineKind, date: IsoDate, rule: string): Deadline {
  return { kind, date, actBy: date, rule };
}

/** The earlier of two ISO dates. */
export function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
