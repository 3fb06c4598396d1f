/**
 * Calendar dates as whole days since 1970-01-01 on the UTC calendar (no time zone can move a date).
 * Pure arithmetic: the clock is never read.
 */
import { formatIsoDay } from '../accounting-methods/epoch-days';
import { earliestImportDayReaching } from '../five-years';

const MS_PER_DAY = 86_400_000;

/**
 * A million lines carry only a few thousand distinct dates, so a conversion can remember its
 * answers (bounded, so a long-running process cannot grow them without limit).
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

/**
 * "2021-03-15" -> day number, read digit by digit: the schema has already checked the text is a
 * real date, and a million lines are read faster this way than by splitting or looking them up.
 */
export function dayNumber(isoDate: string): number {
  const year = (isoDate.charCodeAt(0) - 48) * 1000 + (isoDate.charCodeAt(1) - 48) * 100 + (isoDate.charCodeAt(2) - 48) * 10 + (isoDate.charCodeAt(3) - 48);
  const month = (isoDate.charCodeAt(5) - 48) * 10 + (isoDate.charCodeAt(6) - 48);
  const day = (isoDate.charCodeAt(8) - 48) * 10 + (isoDate.charCodeAt(9) - 48);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Day number -> "2021-03-15", shared with the accounting methods: one calendar for the engine. */
export const isoDate = remembered(formatIsoDay);

/**
 * The earliest import day whose five years still reach `claimDay` (19 CFR 190.51(e); the window is
 * engine/five-years.ts's, the same for every rule). One comparison per line then replaces a
 * calendar computation per line.
 */
export function earliestImportDay(claimDay: number): number {
  return earliestImportDayReaching(claimDay);
}
