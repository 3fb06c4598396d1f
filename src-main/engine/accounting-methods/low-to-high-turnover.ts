import { lowToHighEngine } from './low-to-high-engine';
import type { AccountingMethod } from './types';

/**
 * Low-to-high with an established average inventory turnover period (19 CFR 191.14(c), low-to-high
 * method): domestic withdrawals are not recorded against the inventory; an export may draw only on
 * receipts received within the turnover period before it, lowest drawback per unit first, ties oldest
 * first.
 *
 * Window boundaries (our reading of "within the [turnover period] before the export", counted in whole
 * calendar days): with export date E and turnover period T days, receipt date R is eligible when
 *   E - T <= R <= E.
 * - R = E (day 0) is eligible: on one date receipts are booked before withdrawals, so that stock is in
 *   the inventory, received before the export.
 * - R = E - T (day T) is eligible: the period of T days before E covers E-1 ... E-T, counting back from
 *   the export the way customs periods are counted (the day of the event excluded, the last day
 *   included).
 * - R = E - T - 1 is not.
 * Units of an export that no eligible receipt covers are reported as unattributed, with no drawback.
 */
export const lowToHighTurnover: AccountingMethod = {
  name: 'low-to-high-turnover',
  recordsDomestic: false,
  create(book, input) {
    const days = input.turnoverDays ?? 0;
    const lastEligibleDay = new Float64Array(book.receipts.length);
    for (let i = 0; i < book.receipts.length; i += 1) lastEligibleDay[i] = book.receipts[i]!.day + days;
    return lowToHighEngine(book, lastEligibleDay);
  },
};
