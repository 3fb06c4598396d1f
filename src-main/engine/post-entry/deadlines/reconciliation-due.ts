import { addMonths } from 'date-fns';
import { dateOf, isoDate, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { WorkingCalendar } from '../working-days';
import { calendarDayDeadline, type Deadline } from './deadline';

/**
 * Reconciliation due date: no later than 21 months after the date the importer declared its intent
 * to reconcile (the flag on the entry summary), 19 U.S.C. 1484(b)(1); run as a test under
 * 19 CFR 101.9(b) (83 FR 2645), not a CFR section. Counted in calendar months: a flag on the 31st
 * falls due on the last day of a shorter month.
 */
export function reconciliationDue(flagDate: IsoDate, calendar: WorkingCalendar): Deadline {
  const due = addMonths(dateOf(flagDate), 21);
  const clamped = due.getDate() !== dateOf(flagDate).getDate() ? ` (that month has no day ${dateOf(flagDate).getDate()}, so its last day)` : '';
  return calendarDayDeadline(
    'reconciliation',
    isoDate(due),
    `21 months after the reconciliation flag date ${flagDate}${clamped} (19 U.S.C. 1484(b)(1); reconciliation test under 19 CFR 101.9(b), 83 FR 2645). Issues flagged for AD/CVD or free-trade agreements have other periods.`,
    calendar,
  );
}
