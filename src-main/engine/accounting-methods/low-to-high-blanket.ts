import { lastDayWithinFiveYears } from '../five-years';
import { lowToHighEngine } from './low-to-high-engine';
import type { AccountingMethod } from './types';

/**
 * Low-to-high blanket (19 CFR 191.14(c), low-to-high method): domestic withdrawals are not recorded; an
 * export may draw on any earlier receipt still within the statutory period, lowest drawback per unit
 * first, ties oldest first.
 *
 * Window boundaries: receipt date R is eligible for export date E when R <= E and E is on or before
 * the last day of the five years that begin on R, the day before the fifth anniversary (19 U.S.C.
 * 1313(j)(1): "before the close of the 5-year period beginning on the date of importation"; the one
 * rule of engine/five-years.ts). A receipt on the export's own date
 * is earlier (receipts are booked first on a date). Units of an export that no eligible receipt covers
 * are reported as unattributed, with no drawback.
 */
export const lowToHighBlanket: AccountingMethod = {
  name: 'low-to-high-blanket',
  recordsDomestic: false,
  create(book) {
    const lastEligibleDay = new Float64Array(book.receipts.length);
    let day = Number.NaN;
    let last = Number.NaN;
    for (let i = 0; i < book.receipts.length; i += 1) {
      const receiptDay = book.receipts[i]!.day;
      if (receiptDay !== day) {
        day = receiptDay;
        last = lastDayWithinFiveYears(day);
      }
      lastEligibleDay[i] = last;
    }
    return lowToHighEngine(book, lastEligibleDay);
  },
};
