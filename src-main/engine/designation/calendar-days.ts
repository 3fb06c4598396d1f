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

/** Shared with the accounting methods: one calendar for the whole engine. */
import { addYearsToDay as addYears } from '../accounting-methods/epoch-days';

export { addYears };
export { formatIsoDay as isoDate } from '../accounting-methods/epoch-days';

/** 19 CFR 190.51(e) and 19 U.S.C. 1313(j)(2): five years from the date of importation. */
export const STATUTORY_YEARS = 5;

/** Last day on which something dated `importDay` is still within the five-year period. */
export function fiveYearDeadline(importDay: number): number {
  return addYears(importDay, STATUTORY_YEARS);
}
