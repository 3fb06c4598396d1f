import { lowToHighEngine } from './low-to-high-engine';
import type { AccountingMethod } from './types';

/**
 * Ordinary low-to-high (19 CFR 191.14(c), low-to-high method): every withdrawal — domestic as well as
 * export — is recorded and takes the receipts with the lowest drawback per unit first. Receipts with no
 * drawback (domestic or duty-free goods) count as zero, so domestic withdrawals use them up before any
 * drawback-bearing receipt; equal amounts go oldest first.
 */
export const lowToHigh: AccountingMethod = {
  name: 'low-to-high',
  recordsDomestic: true,
  create(book) {
    return lowToHighEngine(book);
  },
};
