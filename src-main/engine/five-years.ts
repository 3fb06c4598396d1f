import { addYearsToDay } from './accounting-methods/epoch-days';

/**
 * The one five-year window of drawback, used by matching, designation, claims and the accounting
 * methods alike. Days are whole days since 1970-01-01 (epoch-days.ts).
 *
 * The texts:
 * - export: "before the close of the 5-year period beginning on the date of importation" (19 U.S.C.
 *   1313(j)(1)(A), (j)(2)(B); 19 CFR 190.31(b), 190.32(b)). A period that begins on the import date
 *   counts that date as its first day, so five years of it close at the end of the day BEFORE the
 *   fifth anniversary (a one-year period beginning 1 January closes on 31 December).
 * - filing: "not later than 5 years after the date on which merchandise on which drawback is claimed
 *   was imported" (19 U.S.C. 1313(r)(1); 19 CFR 190.51(e)(1)). Counted the usual way (the import
 *   date excluded, the last day included) this would reach the anniversary itself.
 *
 * Decision: the last day of every five-year window is the day before the fifth anniversary. It is
 * what the export text says, and it is inside the filing text under any way of counting, so one rule
 * serves every window and no claim is ever late under either reading; it costs a claimant at most
 * one day of filing time. An import on 29 February has no anniversary in a common year: its
 * anniversary is taken as 28 February (the earlier candidate; date-fns `addYears` does the same),
 * so its last day is 27 February, again the stricter reading.
 */
const YEARS = 5;

/** The last day on which an export may happen, and a claim may be filed, for an import on `importDay`. */
export function lastDayWithinFiveYears(importDay: number): number {
  return addYearsToDay(importDay, YEARS) - 1;
}

/** True when `day` is on or before the last day of the five years that begin on `importDay`. */
export function withinFiveYears(importDay: number, day: number): boolean {
  return day <= lastDayWithinFiveYears(importDay);
}

/**
 * The earliest import day whose five years still reach `day`. The last day never moves back as the
 * import day moves forward (29 February shares 28 February's anniversary in a common year), so every
 * later import day reaches `day` too; a few steps from a close guess find the boundary.
 */
export function earliestImportDayReaching(day: number): number {
  let importDay = addYearsToDay(day, -YEARS);
  while (withinFiveYears(importDay, day)) importDay--;
  while (!withinFiveYears(importDay, day)) importDay++;
  return importDay;
}
