import { differenceInCalendarDays } from 'date-fns';
import { dateOf, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { Deadline } from './deadline';

export interface DeadlineAlert {
  entry: string;
  deadline: Deadline;
  /** Calendar days from `today` to the day to act by (0 = today). */
  daysLeft: number;
}

/**
 * The deadlines to act on within `withinDays` days of `today` (inclusive), soonest first. Counted to
 * each deadline's act-by day, so a date on a weekend or holiday alerts by the working day before it.
 * Deadlines already past are not alerts: they belong to an overdue report.
 */
export function deadlineAlerts(entries: readonly { entry: string; deadlines: readonly Deadline[] }[], today: IsoDate, withinDays: number): DeadlineAlert[] {
  if (!Number.isInteger(withinDays) || withinDays < 0) throw new RangeError('withinDays is a whole number of days, 0 or more');
  const now = dateOf(today);
  const alerts: DeadlineAlert[] = [];
  for (const { entry, deadlines } of entries) {
    for (const deadline of deadlines) {
      const daysLeft = differenceInCalendarDays(dateOf(deadline.actBy), now);
      if (daysLeft >= 0 && daysLeft <= withinDays) alerts.push({ entry, deadline, daysLeft });
    }
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || a.entry.localeCompare(b.entry) || a.deadline.kind.localeCompare(b.deadline.kind));
}
