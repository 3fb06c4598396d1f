import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inDateOrder } from '../../../src-main/engine/accounting-methods/date-order';
import { addYearsToDay, formatIsoDay, parseIsoDay } from '../../../src-main/engine/accounting-methods/epoch-days';

describe('date order and calendar days', () => {
  it('orders by date, then input position, like a stable sort — whatever order the list is in', () => {
    const item = fc.record({ day: fc.integer({ min: 10_000, max: 10_010 }), index: fc.nat({ max: 1_000 }) });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (r) => r.index, maxLength: 60 }), (records) => {
        const expected = [...records].sort((a, b) => a.day - b.day || a.index - b.index);
        expect(inDateOrder(records)).toEqual(expected);
        const byIndex = [...records].sort((a, b) => a.index - b.index);
        expect(inDateOrder(byIndex)).toEqual(expected);
      }),
    );
  });

  it('reads real calendar dates only and agrees with the UTC calendar', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('2000-02-29')).toBe(11_016);
    for (const bad of ['2001-02-29', '1900-02-29', '2001-13-01', '2001-04-31', '2001-1-1', '0999-12-31', ' 2001-01-01'])
      expect(parseIsoDay(bad)).toBeUndefined();
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_900_000 }), (day) => {
        expect(parseIsoDay(formatIsoDay(day))).toBe(day);
      }),
    );
  });

  it('adds years by calendar date, 29 February landing on 28 February', () => {
    expect(formatIsoDay(addYearsToDay(parseIsoDay('2001-03-15')!, 5))).toBe('2006-03-15');
    expect(formatIsoDay(addYearsToDay(parseIsoDay('2004-02-29')!, 5))).toBe('2009-02-28');
    expect(formatIsoDay(addYearsToDay(parseIsoDay('2004-02-29')!, 4))).toBe('2008-02-29');
  });
});
