import { addMonths, lastDayOfMonth } from 'date-fns';
import { dateOf, describeDate, isoDate, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import { nthWorkingDayOfMonth, type WorkingCalendar } from '../working-days';
import { workingDayDeadline, type Deadline } from './deadline';

/** PMS payment is due on the 15th working day of the month after release (71 FR 3315). */
export const PMS_WORKING_DAY = 15;

/** CBP's published PMS dates (reference data), keyed by the month the payment is made ("2025-07"). */
export type PublishedPmsDates = ReadonlyMap<string, { due: IsoDate; source?: string }>;

/**
 * Periodic monthly statement payment (an NCAP test, 69 FR 5362, restated at 90 FR 48314; not a CFR
 * section): the 15th working day of the month following the month of release. CBP publishes each
 * year's dates by CSMS, and a published date is used as given; a month CBP has not published is
 * computed (post-entry-facts §5).
 */
export function monthlyStatementDue(releaseDate: IsoDate, published: PublishedPmsDates, calendar: WorkingCalendar): Deadline {
  const next = addMonths(dateOf(releaseDate), 1);
  const month = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}`;
  const compute = () => nthWorkingDayOfMonth(next.getFullYear(), next.getMonth() + 1, PMS_WORKING_DAY, calendar);
  const listed = published.get(month);
  const text = `Periodic monthly statement for releases in ${releaseDate.slice(0, 7)} (released ${releaseDate}): paid on the ${PMS_WORKING_DAY}th working day of ${month}`;
  if (listed) {
    // CBP's date stands even where the holiday list does not reach; the comparison is only a check.
    const inList = `${month}-01` >= calendar.from && isoDate(lastDayOfMonth(next)) <= calendar.to;
    const computed = inList ? compute() : listed.due;
    const differs = listed.due === computed ? '' : `; the computed ${PMS_WORKING_DAY}th working day would be ${describeDate(computed)}, but CBP's date governs`;
    return workingDayDeadline(
      'monthly-statement',
      listed.due,
      `${text}, as CBP published it (${listed.source ?? 'CBP PMS calendar'})${differs} (PMS test, 69 FR 5362, 71 FR 3315, 90 FR 48314).`,
    );
  }
  return workingDayDeadline(
    'monthly-statement',
    compute(),
    `${text}, computed (CBP's dates for ${month} are not in the PMS calendar; weekends and federal holidays are not working days) (PMS test, 69 FR 5362, 71 FR 3315, 90 FR 48314).`,
  );
}
