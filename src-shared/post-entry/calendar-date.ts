import { format, isMatch, parse } from 'date-fns';

/**
 * Calendar dates ("YYYY-MM-DD") for customs deadlines, computed with date-fns.
 *
 * date-fns reads and writes a Date's *local* fields (getDate/setDate), so a Date made at UTC midnight
 * would land on the day before in any zone west of UTC and drift by an hour across a daylight-saving
 * change. Every date here is therefore a Date at local midnight of the calendar day, built and read
 * only through the two functions below: date-fns then counts whole calendar days and months in any
 * time zone (the tests run the calendar under several TZ settings). A UTC-only context would need
 * the extra @date-fns/utc package, which the desk does not ship.
 */
export type IsoDate = string;

const PATTERN = 'yyyy-MM-dd';
const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-02-29" -> undefined; "2026-02-28" -> that day at local midnight. */
export function parseIsoDate(text: string): Date | undefined {
  if (!SHAPE.test(text) || !isMatch(text, PATTERN)) return undefined;
  return parse(text, PATTERN, new Date(2000, 0, 1));
}

/** Like parseIsoDate for dates already checked (schemas, reference data); throws if one slips through. */
export function dateOf(text: IsoDate): Date {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`"${text}" is not a calendar date written YYYY-MM-DD`);
  return date;
}

export function isoDate(date: Date): IsoDate {
  return format(date, PATTERN);
}

/** "Fri 2026-07-03": the weekday matters when a reader checks a working-day count. */
export function describeDate(text: IsoDate): string {
  return format(dateOf(text), 'EEE yyyy-MM-dd');
}
