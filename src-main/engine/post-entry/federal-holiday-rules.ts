import { addDays, getDay, lastDayOfMonth } from 'date-fns';
import { isoDate, type IsoDate } from '../../../src-shared/post-entry/calendar-date';

/**
 * The legal public holidays of 5 U.S.C. 6103(a) and the days they are observed on, used only to
 * generate the editable holiday list (scripts/generate-federal-holidays.ts) and to test it; the
 * deadline rules read the list, never these rules, so a closure by Executive order can be added.
 * Inauguration Day (6103(c)) is left out: it is a holiday only in the Washington, DC area.
 */
export interface ObservedHoliday {
  date: IsoDate;
  name: string;
}

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;

/** The n-th given weekday of a month (month 0–11), e.g. the third Monday of January. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  const first = new Date(year, month, 1);
  return addDays(first, ((weekday - getDay(first) + 7) % 7) + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): Date {
  const last = lastDayOfMonth(new Date(year, month, 1));
  return addDays(last, -((getDay(last) - weekday + 7) % 7));
}

/**
 * A fixed-date holiday on a Saturday is observed the Friday before (5 U.S.C. 6103(b)(1)); on a Sunday,
 * the Monday after (Executive Order 11582 §3(a)). So 1 January on a Saturday is observed on
 * 31 December of the year before.
 */
function observed(date: Date, name: string): ObservedHoliday {
  const weekday = getDay(date);
  if (weekday === SATURDAY) return { date: isoDate(addDays(date, -1)), name: `${name} (observed; ${isoDate(date)} is a Saturday)` };
  if (weekday === SUNDAY) return { date: isoDate(addDays(date, 1)), name: `${name} (observed; ${isoDate(date)} is a Sunday)` };
  return { date: isoDate(date), name };
}

/** The observed legal public holidays of one year, in date order (some may fall in the year before). */
export function federalHolidays(year: number): ObservedHoliday[] {
  const days: ObservedHoliday[] = [
    observed(new Date(year, 0, 1), "New Year's Day"),
    { date: isoDate(nthWeekday(year, 0, MONDAY, 3)), name: 'Birthday of Martin Luther King, Jr.' },
    { date: isoDate(nthWeekday(year, 1, MONDAY, 3)), name: "Washington's Birthday" },
    { date: isoDate(lastWeekday(year, 4, MONDAY)), name: 'Memorial Day' },
    observed(new Date(year, 6, 4), 'Independence Day'),
    { date: isoDate(nthWeekday(year, 8, MONDAY, 1)), name: 'Labor Day' },
    { date: isoDate(nthWeekday(year, 9, MONDAY, 2)), name: 'Columbus Day' },
    observed(new Date(year, 10, 11), 'Veterans Day'),
    { date: isoDate(nthWeekday(year, 10, THURSDAY, 4)), name: 'Thanksgiving Day' },
    observed(new Date(year, 11, 25), 'Christmas Day'),
  ];
  // Juneteenth National Independence Day was added to 6103(a) in June 2021 (Pub. L. 117-17).
  if (year >= 2021) days.push(observed(new Date(year, 5, 19), 'Juneteenth National Independence Day'));
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Every observed holiday from `from` to `to` inclusive, including a 31 December observed for the next New Year's Day. */
export function federalHolidaysBetween(from: IsoDate, to: IsoDate): ObservedHoliday[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const all: ObservedHoliday[] = [];
  for (let year = first; year <= last + 1; year++) all.push(...federalHolidays(year));
  return all.filter((d) => d.date >= from && d.date <= to).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
