/**
 * Calendar dates as whole days since 1970-01-01 on the UTC calendar (no time zone can move a date).
 * Pure arithmetic: the clock is never read.
 */
import { addYearsToDay as addYears, formatIsoDay } from '../accounting-methods/epoch-days';

const MS_PER_DAY = 86_400_000;

export { addYears };

/** 19 CFR 190.51(e) and 19 U.S.C. 1313(j)(2): five years from the date of importation. */
export const STATUTORY_YEARS = 5;

/**
 * A million lines carry only a few thousand distinct dates, so the pure conversions below remember
 * their answers (bounded, so a long-running process cannot grow them without limit).
 */
function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= 100_000) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

/** "2021-03-15" -> day number. The schema has already checked the text is a real date. */
export const dayNumber = remembered((isoDate: string): number => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
});

/** Day number -> "2021-03-15", shared with the accounting methods: one calendar for the engine. */
export const isoDate = remembered(formatIsoDay);

/** Last day on which something dated `importDay` is still within the five-year period. */
export const fiveYearDeadline = remembered((importDay: number): number => addYears(importDay, STATUTORY_YEARS));
