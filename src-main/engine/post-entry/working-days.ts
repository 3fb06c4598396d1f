import { addDays, getDay } from 'date-fns';
import { AppError } from '../../../src-shared/errors';
import { dateOf, isoDate, type IsoDate } from '../../../src-shared/post-entry/calendar-date';
import type { HolidayCalendarData } from '../../../src-shared/post-entry/reference-data';

/**
 * Working days for statement deadlines: Monday to Friday minus the observed federal holidays
 * (5 U.S.C. 6103; post-entry-facts §7). The holidays are reference data the caller loads and passes
 * in, so a closure ordered by Executive order can be added without changing code.
 */
export interface WorkingCalendar {
  from: IsoDate;
  to: IsoDate;
  holidays: ReadonlyMap<IsoDate, string>;
}

export function workingCalendar(data: HolidayCalendarData): WorkingCalendar {
  return { from: data.covers.from, to: data.covers.to, holidays: new Map(data.days.map((d) => [d.date, d.name])) };
}

/** A date outside the holiday list cannot be called a working day with any confidence. */
function assertCovered(calendar: WorkingCalendar, date: IsoDate): void {
  if (date < calendar.from || date > calendar.to) {
    throw new AppError(
      'VALIDATION',
      `working days can be counted only from ${calendar.from} to ${calendar.to}, the years the holiday list covers, and ${date} is outside them; add that year's holidays to the holiday list (resources/reference/post-entry/us-federal-holidays.json)`,
    );
  }
}

/** Why a day is not a working day ("Saturday", "Independence Day (observed)"), or undefined if it is one. */
export function nonWorkingReason(date: IsoDate, calendar: WorkingCalendar): string | undefined {
  assertCovered(calendar, date);
  const weekday = getDay(dateOf(date));
  if (weekday === 0) return 'Sunday';
  if (weekday === 6) return 'Saturday';
  return calendar.holidays.get(date);
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return nonWorkingReason(date, calendar) === undefined;
}

/** The n-th working day after `date` (the day itself is not counted, whatever it is). */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('addWorkingDays counts 1 or more working days');
  let day = dateOf(date);
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(isoDate(day), calendar)) counted++;
  }
  return isoDate(day);
}

/** The n-th working day of a month (month 1–12), e.g. the 15th working day for monthly statements. */
export function nthWorkingDayOfMonth(year: number, month: number, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 1 || n > 23) throw new RangeError('a month has between 1 and 23 working days');
  let day = new Date(year, month - 1, 1);
  for (let counted = isWorkingDay(isoDate(day), calendar) ? 1 : 0; counted < n;) {
    day = addDays(day, 1);
    if (day.getMonth() !== month - 1) throw new RangeError(`${year}-${String(month).padStart(2, '0')} has fewer than ${n} working days`);
    if (isWorkingDay(isoDate(day), calendar)) counted++;
  }
  return isoDate(day);
}

/** The last working day on or before `date`: when to act on a deadline that falls on a closed day. */
export function workingDayOnOrBefore(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  let day = dateOf(date);
  while (!isWorkingDay(isoDate(day), calendar)) day = addDays(day, -1);
  return isoDate(day);
}
