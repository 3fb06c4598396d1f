import { addYearsToDay } from './epoch-days';
import { lowToHighEngine } from './low-to-high-engine';
import type { AccountingMethod } from './types';

/** The statutory period: export within 5 years after importation (19 U.S.C. 1313(j)(1) as amended; 19 CFR 190.51(e)). */
export const STATUTORY_YEARS = 5;

/**
 * Low-to-high blanket (19 CFR 191.14(c), low-to-high method): domestic withdrawals are not recorded; an
 * export may draw on any earlier receipt still within the statutory period, lowest drawback per unit
 * first, ties oldest first.
 *
 * Window boundaries: receipt date R is eligible for export date E when R <= E <= R + 5 years, where R +
 * 5 years is the same calendar date five years on (29 February -> 28 February). The anniversary itself
 * is still "within 5 years after" the receipt; the day after is not. A receipt on the export's own date
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
        last = addYearsToDay(day, STATUTORY_YEARS);
      }
      lastEligibleDay[i] = last;
    }
    return lowToHighEngine(book, lastEligibleDay);
  },
};
