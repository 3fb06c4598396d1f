import { ACCOUNTING_METHOD_NAMES, type AccountingMethodName, type MatchingPolicy } from '../../../src-shared/domain/exports';
import { AppError } from '../../../src-shared/errors';
import type { MatchingPolicyInput } from '../../../src-shared/schemas/export-inputs';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { readSettings } from '../settings/settings-service';

const isMethod = (name: string): name is AccountingMethodName => (ACCOUNTING_METHOD_NAMES as readonly string[]).includes(name);

/**
 * The policy a run is made with: the request's choices, with the desk's settings for what it leaves
 * out. The method identifying commingled stock is always an approved accounting method (19 CFR
 * 191.14(c)): the request's, else an `order` that is one (fifo, lifo), else the desk's. What was
 * resolved is what the run records, so a claim can say which method its allocations really used.
 */
export function resolveMatchPolicy(db: Sqlite, input: MatchingPolicyInput): MatchingPolicy {
  const settings = readSettings(db);
  const method =
    input.method ?? (input.order !== undefined && isMethod(input.order) ? input.order : (settings['drawback.accounting-method'] as AccountingMethodName));
  const setting = settings['drawback.turnover-days'];
  const turnoverDays = method === 'low-to-high-turnover' ? (input.turnoverDays ?? (setting === '' ? null : Number(setting))) : null;
  if (method === 'low-to-high-turnover' && turnoverDays === null) {
    throw new AppError(
      'VALIDATION',
      "low-to-high with a turnover period needs the inventory's average turnover period in days (19 CFR 191.14(c)): give it with the run, or set drawback.turnover-days",
      [{ field: 'policy.turnoverDays', message: 'the turnover period in days' }],
    );
  }
  return { method, turnoverDays, substitution: input.substitution, order: input.order ?? 'fifo' };
}
