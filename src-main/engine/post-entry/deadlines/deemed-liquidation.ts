import { addYears } from 'date-fns';
import { dateOf, isoDate, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { WorkingCalendar } from '../working-days';
import { calendarDayDeadline, type Deadline } from './deadline';

/** 19 U.S.C. 1504(b); 19 CFR 159.12(e)-(f): extensions total at most 3 years; deemed liquidated 4 years after entry. */
export const MAX_LIQUIDATION_YEARS = 4;

/** The statutory one-year date, and the outer limit an extension may reach. */
export function liquidationLimits(entryDate: IsoDate): { oneYear: IsoDate; outerLimit: IsoDate } {
  return { oneYear: isoDate(addYears(dateOf(entryDate), 1)), outerLimit: isoDate(addYears(dateOf(entryDate), MAX_LIQUIDATION_YEARS)) };
}

/**
 * 19 CFR 159.11(a): an entry not liquidated within one year from the date of entry is deemed
 * liquidated as entered; 19 CFR 159.9(c)(2)(i): the date of a deemed liquidation is the end of that
 * period. With an extension under 19 CFR 159.12 the period ends on the extended date instead.
 * The caller has checked that an extended date lies after the one-year date and within 4 years.
 */
export function deemedLiquidation(entryDate: IsoDate, extendedLiquidation: IsoDate | undefined, calendar: WorkingCalendar): Deadline {
  const { oneYear, outerLimit } = liquidationLimits(entryDate);
  if (extendedLiquidation) {
    return calendarDayDeadline(
      'deemed-liquidation',
      extendedLiquidation,
      `Liquidation was extended to ${extendedLiquidation} (19 CFR 159.12; extensions run 1 year at a time and total at most 3 years, so no later than ${outerLimit}, 4 years after entry, 159.12(e)-(f)); if CBP has not liquidated by then, the entry is deemed liquidated as entered on that date (19 U.S.C. 1504(b); 19 CFR 159.11). A further extension must be requested in writing before then (19 CFR 159.12(d)(2)).`,
      calendar,
    );
  }
  const leapDay = entryDate.endsWith('-02-29') ? ' (an entry dated 29 February reaches its anniversary on 28 February)' : '';
  return calendarDayDeadline(
    'deemed-liquidation',
    oneYear,
    `One year after the entry date ${entryDate}${leapDay}: an entry CBP has not liquidated by then is deemed liquidated as entered (19 U.S.C. 1504(a); 19 CFR 159.11(a); the date is the end of the period, 19 CFR 159.9(c)(2)(i)). An extension must be requested in writing before then (19 CFR 159.12(a)(1)(ii)).`,
    calendar,
  );
}
