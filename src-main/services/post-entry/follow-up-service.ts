import type { FollowUp } from '../../../src-shared/domain/post-entry';
import { AppError } from '../../../src-shared/errors';
import { formatAmount } from '../../../src-shared/money';
import { withAudit } from '../../ledger/audit/audit-log';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { findNoticeByUid, insertSettlement, notices, settlements, type NoticeRow } from '../../ledger/repos/post-entry-liquidations-repo';
import { latestStatementEntries } from '../../ledger/repos/post-entry-statements-repo';
import { filedTotals } from '../../ledger/repos/post-entry-summaries-repo';
import type { Actor, ServiceContext } from '../service-context';

/** Two decimals, or four where there is a part of a cent: nothing is hidden. */
const money = (v: bigint) => formatAmount(v);

/**
 * Liquidation closes an entry's life: where the liquidated amount differs from what was paid, CBP
 * bills the difference or refunds it, each with interest, due 30 days after the bill or paid within
 * 30 days of liquidation (19 U.S.C. 1505(b)). The desk lists each as a follow-up until it is settled.
 * Paid is the final amount on a paid statement; failing that, the deposit the filed summary shows.
 * Liquidated is the notice's total when it gives one; failing that, the deposit plus or minus the
 * increase or decrease the notice states.
 */
export function followUps(db: Sqlite, entryNumber?: string): FollowUp[] {
  const deposits = filedTotals(db, entryNumber);
  const paid = new Map<string, { amount: bigint; statement: string; on: string }>();
  for (const row of latestStatementEntries(db, entryNumber)) {
    if (row.paid_date) paid.set(row.entry_number, { amount: BigInt(row.final_4dp ?? row.preliminary_4dp), statement: row.statement_number, on: row.paid_date });
  }
  const settled = settlements(db);
  const latest = new Map<string, NoticeRow>();
  for (const n of notices(db, entryNumber)) if (n.kind === 'liquidation') latest.set(n.entry_number, n);
  const list: FollowUp[] = [];
  for (const n of latest.values()) {
    const deposit = deposits.get(n.entry_number);
    const onStatement = paid.get(n.entry_number);
    const stated = n.change === 'increase' ? BigInt(n.amount_4dp ?? 0) : n.change === 'decrease' ? -BigInt(n.amount_4dp ?? 0) : 0n;
    const paidAmount = onStatement?.amount ?? (deposit === undefined ? undefined : BigInt(deposit));
    const liquidated = n.liquidated_total_4dp !== null ? BigInt(n.liquidated_total_4dp) : deposit === undefined ? undefined : BigInt(deposit) + stated;
    const difference = liquidated !== undefined && paidAmount !== undefined ? liquidated - paidAmount : stated;
    if (difference === 0n) continue;
    const basis = onStatement
      ? `paid ${money(onStatement.amount)} on statement ${onStatement.statement} (${onStatement.on})`
      : paidAmount !== undefined
        ? `deposited ${money(paidAmount)} with the filed entry summary (no paid statement lists the entry yet)`
        : `the ${n.change} CBP stated (nothing paid for the entry is in the ledger)`;
    const kind = difference > 0n ? 'bill' : 'refund';
    const amount = money(difference > 0n ? difference : -difference);
    const s = settled.get(n.id);
    list.push({
      liquidationId: n.uid,
      entryNumber: n.entry_number,
      liquidationDate: n.notice_date,
      kind,
      amount,
      basis,
      message:
        kind === 'bill'
          ? `entry ${n.entry_number} liquidated on ${n.notice_date} at ${liquidated === undefined ? `an increase of ${amount}` : money(liquidated)}; against ${basis}, CBP will bill ${amount} plus interest, due 30 days after the bill (19 U.S.C. 1505(b))`
          : `entry ${n.entry_number} liquidated on ${n.notice_date} at ${liquidated === undefined ? `a decrease of ${amount}` : money(liquidated)}; against ${basis}, CBP owes a refund of ${amount} plus interest within 30 days of liquidation (19 U.S.C. 1505(b))`,
      settled: s ? { on: s.settled_on, reference: s.reference, note: s.note } : null,
    });
  }
  return list.sort((a, b) => a.liquidationDate.localeCompare(b.liquidationDate) || a.entryNumber.localeCompare(b.entryNumber));
}

/** Records that a bill was paid or a refund received; audited, once per liquidation. */
export function settleFollowUp(
  ctx: ServiceContext,
  actor: Actor,
  input: { liquidationId: string; settledOn: string; reference: string; note?: string | undefined },
): FollowUp {
  const notice = findNoticeByUid(ctx.db, input.liquidationId);
  if (!notice)
    throw new AppError('NOT_FOUND', `there is no liquidation ${input.liquidationId}; pick one from the follow-up list`, [
      { field: 'liquidationId', message: 'not found' },
    ]);
  const followUp = followUps(ctx.db, notice.entry_number).find((f) => f.liquidationId === input.liquidationId);
  if (!followUp)
    throw new AppError(
      'CONFLICT',
      `the liquidation of entry ${notice.entry_number} on ${notice.notice_date} matches what was paid: there is no bill or refund to settle`,
    );
  if (followUp.settled)
    throw new AppError(
      'CONFLICT',
      `the ${followUp.kind} for entry ${notice.entry_number} was already settled on ${followUp.settled.on} (${followUp.settled.reference})`,
    );
  if (input.settledOn < notice.notice_date)
    throw new AppError('VALIDATION', `settled on ${input.settledOn} is before the liquidation on ${notice.notice_date}`, [
      { field: 'settledOn', message: 'on or after the liquidation date' },
    ]);
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'post-entry:settle-follow-up',
      subject: `entry ${notice.entry_number}`,
      actor: actor.username,
      after: { kind: followUp.kind, amount: followUp.amount, settledOn: input.settledOn, reference: input.reference },
    },
    (seq) => {
      insertSettlement(
        ctx.db,
        {
          liquidationId: notice.id,
          settledOn: input.settledOn,
          reference: input.reference,
          note: input.note ?? null,
          at: ctx.clock.now().toISOString(),
          userId: actor.userId,
        },
        seq,
      );
    },
  );
  return followUps(ctx.db, notice.entry_number).find((f) => f.liquidationId === input.liquidationId)!;
}
