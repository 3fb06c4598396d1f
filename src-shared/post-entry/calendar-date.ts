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

/**
 * date-fns' parse and format cost tens of microseconds a call, and working-day counts read and write
 * the same few thousand days over and over (a year of 100,000 entries made millions of calls), so
 * both directions are remembered. Bounded: cleared when it grows past a few decades of days.
 */
const MEMO_LIMIT = 50_000;
const parsed = new Map<string, number | undefined>();
const written = new Map<number, IsoDate>();

/** "2026-02-29" -> undefined; "2026-02-28" -> that day at local midnight. */
export function parseIsoDate(text: string): Date | undefined {
  let time = parsed.get(text);
  if (time === undefined && !parsed.has(text)) {
    time = SHAPE.test(text) && isMatch(text, PATTERN) ? parse(text, PATTERN, new Date(2000, 0, 1)).getTime() : undefined;
    if (parsed.size >= MEMO_LIMIT) parsed.clear();
    parsed.set(text, time);
  }
  // A new Date each time: callers own what they get.
  return time === undefined ? undefined : new Date(time);
}

/** Like parseIsoDate for dates already checked (schemas, reference data); throws if one slips through. */
export function dateOf(text: IsoDate): Date {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`"${text}" is not a calendar date written YYYY-MM-DD`);
  return date;
}

export function isoDate(date: Date): IsoDate {
  const time = date.getTime();
  let text = written.get(time);
  if (text === undefined) {
    text = format(date, PATTERN);
    if (written.size >= MEMO_LIMIT) written.clear();
    written.set(time, text);
  }
  return text;
}

/** "Fri 2026-07-03": the weekday matters when a reader checks a working-day count. */
export function describeDate(text: IsoDate): string {
  return format(dateOf(text), 'EEE yyyy-MM-dd');
}
