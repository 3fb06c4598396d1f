import { average } from './average';
import { fifo } from './fifo';
import { lifo } from './lifo';
import { lowToHigh } from './low-to-high';
import { lowToHighBlanket } from './low-to-high-blanket';
import { lowToHighTurnover } from './low-to-high-turnover';
import type { AccountingMethod, MethodName } from './types';

/** The approved accounting methods of 19 CFR 191.14(c), by the name the input file uses. */
export const ACCOUNTING_METHODS: Readonly<Record<MethodName, AccountingMethod>> = {
  fifo,
  lifo,
  'low-to-high': lowToHigh,
  'low-to-high-turnover': lowToHighTurnover,
  'low-to-high-blanket': lowToHighBlanket,
  average,
};
