import { addDays } from 'date-fns';
import { dateOf, isoDate, type IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { WorkingCalendar } from '../working-days';
import { calendarDayDeadline, earlier, type Deadline } from './deadline';

export interface PscInput {
  entryDate: IsoDate;
  scheduledLiquidation?: IsoDate;
  extendedLiquidation?: IsoDate;
  liquidationDate?: IsoDate;
}

const days = (date: IsoDate, n: number) => isoDate(addDays(dateOf(date), n));

/**
 * Post-summary correction cut-off (an NCAP test under 19 CFR 101.9(b), not a CFR section):
 * - 82 FR 50656 (1 Nov 2017): within 300 days of the date of entry or 15 days before the scheduled
 *   liquidation date, whichever is earlier;
 * - 84 FR 40430 (14 Aug 2019; CSMS #43528998): with a liquidation extension, up to 15 days before the
 *   extended liquidation date;
 * - and only while the entry is unliquidated (DESIGN §5), so never on or after a liquidation date.
 */
export function pscCutoff(input: PscInput, calendar: WorkingCalendar): Deadline {
  let date: IsoDate;
  let rule: string;
  if (input.extendedLiquidation) {
    date = days(input.extendedLiquidation, -15);
    rule = `15 days before the extended liquidation date ${input.extendedLiquidation}, as allowed once liquidation is extended (PSC test, 84 FR 40430, 14 Aug 2019; CSMS #43528998).`;
  } else {
    const after300 = days(input.entryDate, 300);
    if (input.scheduledLiquidation) {
      const before15 = days(input.scheduledLiquidation, -15);
      date = earlier(after300, before15);
      rule = `The earlier of 300 days after the entry date ${input.entryDate} (${after300}) and 15 days before the scheduled liquidation date ${input.scheduledLiquidation} (${before15}) (PSC test, 82 FR 50656, 1 Nov 2017).`;
    } else {
      date = after300;
      rule = `300 days after the entry date ${input.entryDate} (PSC test, 82 FR 50656, 1 Nov 2017). The scheduled liquidation date is not known: 15 days before it may come earlier, so check it in ACE.`;
    }
  }
  if (input.liquidationDate && input.liquidationDate <= date) {
    date = days(input.liquidationDate, -1);
    rule = `The day before the entry liquidated on ${input.liquidationDate}: a post-summary correction is possible only while the entry is unliquidated (PSC test, 76 FR 37136 as amended). Otherwise: ${rule}`;
  }
  return calendarDayDeadline('psc', date, rule, calendar);
}
