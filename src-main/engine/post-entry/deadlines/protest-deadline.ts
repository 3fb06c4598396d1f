import { addDays } from 'date-fns';
import { dateOf, isoDate, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { WorkingCalendar } from '../working-days';
import { calendarDayDeadline, type Deadline } from './deadline';

/** 19 CFR 174.12(e): 180 days for entries made on or after 18 December 2004, 90 days before. */
const LONGER_PERIOD_FROM = '2004-12-18';

/**
 * Protest due date (19 U.S.C. 1514(c)(3); 19 CFR 174.12(e)(1)): within 180 days after the date of
 * liquidation (90 days for entries made before 18 Dec 2004). A liquidation posted after the deemed
 * liquidation date cannot move the start: the entry was already liquidated by law on the deemed date
 * (19 CFR 159.9(c)(2)(i), (iii)), so the period runs from the earlier of the two.
 */
export function protestDeadline(entryDate: IsoDate, liquidationDate: IsoDate, deemedLiquidationDate: IsoDate, calendar: WorkingCalendar): Deadline {
  const period = entryDate >= LONGER_PERIOD_FROM ? 180 : 90;
  const which = entryDate >= LONGER_PERIOD_FROM ? 'entries made on or after 18 Dec 2004' : 'entries made before 18 Dec 2004';
  const deemedFirst = deemedLiquidationDate < liquidationDate;
  const start = deemedFirst ? deemedLiquidationDate : liquidationDate;
  const date = isoDate(addDays(dateOf(start), period));
  const from = deemedFirst
    ? `the deemed liquidation date ${deemedLiquidationDate} (the liquidation posted on ${liquidationDate} came after the entry was already deemed liquidated, 19 CFR 159.9(c)(2)(i), (iii))`
    : `the liquidation date ${liquidationDate}`;
  return calendarDayDeadline(
    'protest',
    date,
    `${period} days after ${from} (19 U.S.C. 1514(c)(3); 19 CFR 174.12(e), ${which}); the protest counts as filed when CBP receives it (19 CFR 174.12(f)).`,
    calendar,
  );
}
