import type { StatementDifference, StatementReport, StatementView } from '../../../src-shared/domain/post-entry';
import { formatAmount } from '../../../src-shared/money';
import { isoDate } from '../../../src-shared/post-entry/calendar-date';
import { preEntryNumbers } from '../../ledger/repos/post-entry-pre-entries-repo';
import { latestStatementEntries, latestStatements, type StatementEntryRow } from '../../ledger/repos/post-entry-statements-repo';
import { filedTotals } from '../../ledger/repos/post-entry-summaries-repo';
import type { ServiceContext } from '../service-context';

/** Two decimals, or four where there is a part of a cent (a 7501 may carry one): nothing is hidden. */
const money = (v: number | bigint) => formatAmount(BigInt(v));

/**
 * Entries matched to the statements that list them and to the payments (19 CFR 24.25; PMS test), and
 * every difference flagged: preliminary against final amounts, final against what the filed entry
 * summary says, the payment against the statement's final total, payments after the due date,
 * statements past due and unpaid, and entries on a statement the ledger does not know.
 */
export function statementReport(ctx: ServiceContext, today = isoDate(ctx.clock.now())): StatementReport {
  const { db } = ctx;
  const filed = filedTotals(db);
  const known = new Set([...filed.keys(), ...preEntryNumbers(db)]);
  const byStatement = new Map<number, StatementEntryRow[]>();
  for (const row of latestStatementEntries(db)) {
    let list = byStatement.get(row.statement_id);
    if (!list) byStatement.set(row.statement_id, (list = []));
    list.push(row);
  }
  const statements: StatementView[] = [];
  const differences: StatementDifference[] = [];
  for (const s of latestStatements(db)) {
    const entries = byStatement.get(s.id) ?? [];
    const flag = (kind: StatementDifference['kind'], entryNumber: string | null, message: string) =>
      differences.push({ statementNumber: s.statement_number, entryNumber, kind, message });
    const preliminary = entries.reduce((sum, e) => sum + BigInt(e.preliminary_4dp), 0n);
    const allFinal = entries.length > 0 && entries.every((e) => e.final_4dp !== null);
    const final = allFinal ? entries.reduce((sum, e) => sum + BigInt(e.final_4dp!), 0n) : null;
    for (const e of entries) {
      const where = `entry ${e.entry_number} on statement ${s.statement_number}`;
      if (!known.has(e.entry_number))
        flag(
          'unknown-entry',
          e.entry_number,
          `${where} is not in the ledger (no pre-entry, no filed entry summary); check that the statement is this importer's and import the entry summary`,
        );
      if (e.final_4dp !== null && e.final_4dp !== e.preliminary_4dp) {
        flag(
          'preliminary-final',
          e.entry_number,
          `${where}: the final amount ${money(e.final_4dp)} differs from the preliminary ${money(e.preliminary_4dp)} (by ${money(BigInt(e.final_4dp) - BigInt(e.preliminary_4dp))}); the final statement is what was collected (19 CFR 24.25(c)(4))`,
        );
      }
      const deposited = filed.get(e.entry_number);
      const charged = e.final_4dp ?? e.preliminary_4dp;
      if (deposited !== undefined && deposited !== charged) {
        flag(
          'final-filed',
          e.entry_number,
          `${where}: the statement charges ${money(charged)} but the filed entry summary totals ${money(deposited)} in duty, fees and AD/CVD (by ${money(BigInt(charged) - BigInt(deposited))}); ask the broker which is right`,
        );
      }
    }
    const owed = final ?? preliminary;
    if (s.paid_4dp !== null && BigInt(s.paid_4dp) !== owed) {
      flag(
        'final-paid',
        null,
        `statement ${s.statement_number}: paid ${money(s.paid_4dp)} but the ${final === null ? 'preliminary' : 'final'} statement totals ${money(owed)} (by ${money(BigInt(s.paid_4dp) - owed)})`,
      );
    }
    if (s.paid_date && s.paid_date > s.due_date)
      flag(
        'paid-late',
        null,
        `statement ${s.statement_number} was paid on ${s.paid_date}, after its due date ${s.due_date}; late payment draws interest and may be a bond claim`,
      );
    if (!s.paid_date && s.due_date < today)
      flag(
        'unpaid-past-due',
        null,
        `statement ${s.statement_number} was due on ${s.due_date} and no payment is recorded; import the paid statement, or pay it`,
      );
    statements.push({
      statementNumber: s.statement_number,
      version: s.version,
      kind: s.kind,
      stage: s.paid_date ? 'paid' : allFinal ? 'final' : 'preliminary',
      statementDate: s.statement_date,
      dueDate: s.due_date,
      paidDate: s.paid_date,
      paidAmount: s.paid_4dp === null ? null : money(s.paid_4dp),
      preliminaryTotal: money(preliminary),
      finalTotal: final === null ? null : money(final),
      entries: entries.length,
    });
  }
  return { statements, differences };
}
