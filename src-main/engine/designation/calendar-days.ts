/**
 * Calendar dates as whole days since 1970-01-01 on the UTC calendar (no time zone can move a date).
 * Pure arithmetic: the clock is never read.
 */
const MS_PER_DAY = 86_400_000;

/** "2021-03-15" -> day number. The schema has already checked the text is a real date. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The same calendar date `years` later; 29 February with no counterpart becomes 28 February (the
 * anniversary is the last day of that month). Non-decreasing in `day`, which the window logic needs.
 */
export function addYears(day: number, years: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth();
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfMonth)) / MS_PER_DAY;
}

/** 19 CFR 190.51(e) and 19 U.S.C. 1313(j)(2): five years from the date of importation. */
export const STATUTORY_YEARS = 5;

/** Last day on which something dated `importDay` is still within the five-year period. */
export function fiveYearDeadline(importDay: number): number {
  return addYears(importDay, STATUTORY_YEARS);
}
