import { addDays } from 'date-fns';
import { dateOf, describeDate, isoDate, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import { addWorkingDays, type WorkingCalendar } from '../working-days';
import { workingDayDeadline, type Deadline } from './deadline';

/** 19 CFR 24.25(c)(1)-(2): the statement date and payment fall within 10 working days after entry. */
export const DAILY_STATEMENT_WORKING_DAYS = 10;

/**
 * Daily statement payment: 10 working days after release (19 CFR 24.25(c); the entry summary itself
 * is due in 10 working days, 19 CFR 142.12(b)). Working days exclude weekends and the observed
 * federal holidays of the caller's holiday list; the holidays skipped are named in the rule.
 */
export function dailyStatementDue(releaseDate: IsoDate, calendar: WorkingCalendar): Deadline {
  const date = addWorkingDays(releaseDate, DAILY_STATEMENT_WORKING_DAYS, calendar);
  const skipped: string[] = [];
  for (let day = addDays(dateOf(releaseDate), 1); isoDate(day) < date; day = addDays(day, 1)) {
    const holiday = calendar.holidays.get(isoDate(day));
    if (holiday) skipped.push(`${holiday} on ${describeDate(isoDate(day))}`);
  }
  const skipping = skipped.length > 0 ? `, not counting ${skipped.join(' and ')}` : '';
  return workingDayDeadline(
    'daily-statement',
    date,
    `${DAILY_STATEMENT_WORKING_DAYS} working days after release on ${releaseDate}${skipping} (19 CFR 24.25(c)(1)-(2); weekends and federal holidays are not working days). The regulation counts from the time of entry (19 CFR 141.68); the release date stands for it here.`,
  );
}
