import { workingCalendar } from '../../../src-main/engine/post-entry/working-days';
import type { PublishedPmsDates } from '../../../src-main/engine/post-entry/deadlines/monthly-statement-due';
import { loadHolidays, loadPmsDates } from '../../../src-main/services/reference/post-entry-reference';

/** The reference data the desk ships (resources/reference/post-entry), read through the real loader. */
export const holidays = loadHolidays();
export const calendar = workingCalendar(holidays);
export const pmsDates: PublishedPmsDates = new Map(loadPmsDates().months.map((m) => [m.month, { due: m.due, source: m.source }]));
export const noPmsDates: PublishedPmsDates = new Map();
