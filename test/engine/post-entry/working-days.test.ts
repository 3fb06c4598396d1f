import { describe, expect, it } from 'vitest';
import { federalHolidays, federalHolidaysBetween } from '../../../src-main/engine/post-entry/federal-holiday-rules';
import {
  addWorkingDays,
  isWorkingDay,
  nonWorkingReason,
  nthWorkingDayOfMonth,
  workingCalendar,
  workingDayOnOrBefore,
} from '../../../src-main/engine/post-entry/working-days';
import { holidayCalendarSchema } from '../../../src-shared/post-entry/reference-data';
import { calendar, holidays } from './shipped-reference';

const datesOf = (year: number) => holidays.days.filter((d) => d.date.startsWith(`${year}`)).map((d) => d.date.slice(5));

describe('the shipped federal holiday list (5 U.S.C. 6103)', () => {
  it('has the observed dates post-entry-facts §7 computed for 2026 and 2027', () => {
    expect(datesOf(2026)).toEqual(['01-01', '01-19', '02-16', '05-25', '06-19', '07-03', '09-07', '10-12', '11-11', '11-26', '12-25']);
    // 2027: Juneteenth on a Saturday (Fri 18 Jun), July 4 on a Sunday (Mon 5 Jul), Christmas on a
    // Saturday (Fri 24 Dec), and 1 Jan 2028 on a Saturday observed on Fri 31 Dec 2027.
    expect(datesOf(2027)).toEqual(['01-01', '01-18', '02-15', '05-31', '06-18', '07-05', '09-06', '10-11', '11-11', '11-25', '12-24', '12-31']);
  });

  it('has no Juneteenth before 2021 and observes the first one on Fri 18 Jun 2021', () => {
    expect(datesOf(2020)).not.toContain('06-19');
    expect(holidays.days.find((d) => d.date === '2021-06-18')?.name).toMatch(/Juneteenth.*observed/);
  });

  it('gives 1 Jan 2022 (a Saturday) to Fri 31 Dec 2021 and leaves 2022 with no New Year holiday in January', () => {
    expect(nonWorkingReason('2021-12-31', calendar)).toMatch(/New Year's Day \(observed/);
    expect(datesOf(2022)[0]).toBe('01-17');
  });

  it('contains every holiday the rules give from 2015 to 2035 and passes its own schema', () => {
    const listed = new Set(holidays.days.map((d) => d.date));
    for (const day of federalHolidaysBetween('2015-01-01', '2035-12-31')) expect(listed.has(day.date), day.date).toBe(true);
    expect(holidayCalendarSchema.safeParse(holidays).success).toBe(true);
    expect(holidays.covers).toEqual({ from: '2015-01-01', to: '2035-12-31' });
  });

  it('never lists Inauguration Day (DC only, 6103(c))', () => {
    // Wed 20 Jan 2021 was Inauguration Day: a working day for CBP statements outside DC.
    expect(isWorkingDay('2021-01-20', calendar)).toBe(true);
    expect(federalHolidays(2021).map((d) => d.name)).not.toContainEqual(expect.stringMatching(/Inauguration/));
  });
});

describe('working days', () => {
  it('are Monday to Friday without observed holidays', () => {
    expect(isWorkingDay('2026-07-03', calendar)).toBe(false); // Independence Day observed (4 Jul is a Saturday)
    expect(isWorkingDay('2026-07-04', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2026-07-06', calendar)).toBe(true);
    expect(isWorkingDay('2022-12-26', calendar)).toBe(false); // Christmas on a Sunday, observed Monday
    expect(nonWorkingReason('2022-12-25', calendar)).toBe('Sunday');
  });

  it('count from the day after, skipping weekends and holidays', () => {
    // July 4 on a Saturday: Fri 3 Jul 2026 is not a working day.
    expect(addWorkingDays('2026-06-26', 10, calendar)).toBe('2026-07-13');
    // Christmas 2022 and New Year 2023 both on Sundays: Mon 26 Dec and Mon 2 Jan are skipped.
    expect(addWorkingDays('2022-12-20', 10, calendar)).toBe('2023-01-05');
    // From a Saturday, the first working day is the Monday.
    expect(addWorkingDays('2025-03-15', 1, calendar)).toBe('2025-03-17');
    expect(addWorkingDays('2025-03-15', 10, calendar)).toBe('2025-03-28');
  });

  it('give the n-th working day of a month across a holiday at its start', () => {
    expect(nthWorkingDayOfMonth(2026, 1, 1, calendar)).toBe('2026-01-02'); // 1 Jan is a holiday
    expect(nthWorkingDayOfMonth(2026, 2, 15, calendar)).toBe('2026-02-23'); // Washington's Birthday, 16 Feb
    expect(nthWorkingDayOfMonth(2025, 7, 15, calendar)).toBe('2025-07-22');
    expect(() => nthWorkingDayOfMonth(2026, 2, 21, calendar)).toThrow(/fewer than 21 working days/);
  });

  it('step back to the last working day on or before a closed day', () => {
    expect(workingDayOnOrBefore('2026-07-05', calendar)).toBe('2026-07-02');
    expect(workingDayOnOrBefore('2026-07-06', calendar)).toBe('2026-07-06');
  });

  it('refuse to count past the years the holiday list covers, saying how to extend it', () => {
    expect(() => addWorkingDays('2035-12-24', 10, calendar)).toThrow(/2015-01-01 to 2035-12-31.*add that year's holidays/);
    expect(() => isWorkingDay('2014-12-31', calendar)).toThrow(/outside/);
  });

  it('use whatever the list says: a closure added by Executive order stops being a working day', () => {
    const withClosure = workingCalendar({ ...holidays, days: [...holidays.days, { date: '2025-01-09', name: 'National Day of Mourning (Executive order)' }] });
    expect(nthWorkingDayOfMonth(2025, 1, 15, calendar)).toBe('2025-01-23');
    expect(nthWorkingDayOfMonth(2025, 1, 15, withClosure)).toBe('2025-01-24');
  });

  it('refuse a holiday list that puts a holiday on a weekend, twice, or outside its years', () => {
    const bad = holidayCalendarSchema.safeParse({
      covers: { from: '2026-01-01', to: '2026-12-31' },
      days: [
        { date: '2026-07-04', name: 'Independence Day' },
        { date: '2026-07-03', name: 'x' },
        { date: '2026-07-03', name: 'y' },
        { date: '2027-01-01', name: 'z' },
      ],
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/2026-07-04 \(Independence Day\) is a Saturday or Sunday/);
    expect(messages).toMatch(/2026-07-03 is listed twice/);
    expect(messages).toMatch(/2027-01-01 lies outside covers/);
  });
});
