import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src-main/engine/accounting-methods/epoch-days';
import { earliestImportDayReaching, lastDayWithinFiveYears, withinFiveYears } from '../../src-main/engine/five-years';

const day = (iso: string) => parseIsoDay(iso)!;
const last = (iso: string) => formatIsoDay(lastDayWithinFiveYears(day(iso)));

/**
 * 19 U.S.C. 1313(j)(1)(A): exported "before the close of the 5-year period beginning on the date of
 * importation". A period that begins on a date counts it as its first day: a one-year period beginning
 * on 1 January 2020 closes at the end of 31 December 2020, so five years beginning on 15 March 2020
 * close at the end of 14 March 2025. 19 U.S.C. 1313(r)(1) ("not later than 5 years after the date ...
 * imported") would reach the anniversary; the desk stops a day earlier so one rule meets both texts.
 */
describe('the five-year window of drawback', () => {
  it('closes on the day before the fifth anniversary of the import', () => {
    expect(last('2020-03-15')).toBe('2025-03-14');
    expect(last('2023-05-01')).toBe('2028-04-30');
    expect(last('2020-01-01')).toBe('2024-12-31');
  });

  it('takes the import date itself as the first day of the five years', () => {
    expect(withinFiveYears(day('2020-03-15'), day('2020-03-15'))).toBe(true);
    expect(withinFiveYears(day('2020-03-15'), day('2025-03-14'))).toBe(true);
    expect(withinFiveYears(day('2020-03-15'), day('2025-03-15'))).toBe(false);
  });

  it('for an import on 29 February, closes on 27 February of a common year (the anniversary taken as 28 February, the stricter reading)', () => {
    expect(last('2020-02-29')).toBe('2025-02-27');
    // five years on is a leap year again only every so often; 2000-02-29 + 5 = 2005 (common)
    expect(last('2000-02-29')).toBe('2005-02-27');
    expect(last('2020-02-28')).toBe('2025-02-27');
    expect(last('2020-03-01')).toBe('2025-02-28');
  });

  it('the earliest import still reaching a day is exactly where the window starts to include it', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1990-01-01'), max: day('2090-12-31') }), (target) => {
        const earliest = earliestImportDayReaching(target);
        expect(withinFiveYears(earliest, target)).toBe(true);
        expect(withinFiveYears(earliest - 1, target)).toBe(false);
      }),
    );
  });

  it('never moves back as the import moves forward (so windows can be cut with one comparison)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1990-01-01'), max: day('2090-12-31') }), (importDay) => {
        expect(lastDayWithinFiveYears(importDay + 1)).toBeGreaterThanOrEqual(lastDayWithinFiveYears(importDay));
      }),
    );
  });
});
