import type { DeadlineReference } from '../../engine/post-entry/deadlines/entry-deadlines';
import { dispositionLookup, type DispositionLookup } from '../../engine/post-entry/status/status-message';
import { workingCalendar } from '../../engine/post-entry/working-days';
import { loadDispositionCodes, loadHolidays, loadPmsDates } from '../reference/post-entry-reference';

/**
 * The shipped post-entry reference data (holidays, CBP's monthly statement dates, disposition codes),
 * read and checked once per process: the files change with a new release of the desk, not while it runs.
 */
let deadlines: DeadlineReference | undefined;
let codes: DispositionLookup | undefined;

export function deadlineReference(): DeadlineReference {
  if (!deadlines) {
    const pms = loadPmsDates();
    deadlines = {
      calendar: workingCalendar(loadHolidays()),
      pmsDates: new Map(pms.months.map((m) => [m.month, { due: m.due, source: m.source ?? 'the monthly statement calendar file' }])),
    };
  }
  return deadlines;
}

export function dispositionCodes(): DispositionLookup {
  codes ??= dispositionLookup(loadDispositionCodes());
  return codes;
}
