import { EXCEPTION_KINDS, type Kpis } from '../../../src-shared/domain/claims';
import { formatClaimed } from '../../../src-shared/money';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { IN_FORCE } from '../../ledger/repos/allocations-repo';
import { OPEN_EXCEPTION_SQL } from '../../ledger/repos/claim-exceptions-repo';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL, REFUND_SUMS_SQL, statedRefunds, type RefundSums } from '../../ledger/repos/claims-repo';

/** The desk's numbers: how much matching the engine does alone, what waits in the queue and for how long, refunds by month. */
export function claimKpis(db: Sqlite, now: Date): Kpis {
  const lines = db
    .prepare(
      `SELECT x.quantity, COALESCE(SUM(a.quantity), 0) AS allocated, COALESCE(SUM(CASE WHEN a.run_id IS NULL THEN 1 ELSE 0 END), 0) AS manual
       FROM export_lines x LEFT JOIN allocations a ON a.export_line_id = x.id AND ${IN_FORCE} GROUP BY x.id`,
    )
    .all() as { quantity: number; allocated: number; manual: number }[];
  let automatic = 0;
  let manual = 0;
  let partial = 0;
  let unmatched = 0;
  for (const l of lines) {
    if (l.allocated === 0) unmatched++;
    else if (l.allocated < l.quantity) partial++;
    else if (l.manual > 0) manual++;
    else automatic++;
  }
  const open = db.prepare(`SELECT x.kind, x.created_at FROM claim_exceptions x WHERE ${OPEN_EXCEPTION_SQL}`).all() as { kind: (typeof EXCEPTION_KINDS)[number]; created_at: string }[];
  const age = (created: string) => Math.max(0, Math.floor((now.getTime() - Date.parse(created)) / 86_400_000));
  const byKind = new Map<string, { count: number; oldest: number }>();
  const buckets = { under7Days: 0, from7To30Days: 0, over30Days: 0 };
  for (const x of open) {
    const days = age(x.created_at);
    const k = byKind.get(x.kind) ?? { count: 0, oldest: 0 };
    byKind.set(x.kind, { count: k.count + 1, oldest: Math.max(k.oldest, days) });
    if (days < 7) buckets.under7Days++;
    else if (days <= 30) buckets.from7To30Days++;
    else buckets.over30Days++;
  }
  // each claim's total as it states it (each type rounded down to the cent), added up by period
  const byClaim = db
    .prepare(
      `SELECT substr(c.claim_date, 1, 7) AS period, ${REFUND_SUMS_SQL}
       FROM claims c LEFT JOIN claim_lines cl ON cl.claim_id = c.id AND ${LINE_COUNTS_SQL} WHERE ${CLAIM_STATE_SQL} != 'withdrawn' GROUP BY c.id ORDER BY period, c.id`,
    )
    .safeIntegers(true)
    .all() as ({ period: string } & RefundSums)[];
  const periods: { period: string; claims: number; refund: bigint }[] = [];
  for (const c of byClaim) {
    let last = periods[periods.length - 1];
    if (last?.period !== c.period) periods.push((last = { period: c.period, claims: 0, refund: 0n }));
    last.claims++;
    last.refund += statedRefunds(c).total;
  }
  const share = lines.length === 0 ? 0n : (BigInt(automatic) * 1000n + BigInt(lines.length) / 2n) / BigInt(lines.length);
  return {
    exportLines: lines.length,
    matchedAutomatically: automatic,
    matchedManually: manual,
    partiallyMatched: partial,
    unmatched,
    automaticMatchShare: `${share / 10n}.${share % 10n}%`,
    openExceptions: EXCEPTION_KINDS.filter((k) => byKind.has(k)).map((k) => ({ kind: k, count: byKind.get(k)!.count, oldestAgeDays: byKind.get(k)!.oldest })),
    openExceptionAge: buckets,
    refundByPeriod: periods.map((p) => ({ period: p.period, claims: p.claims, refund: formatClaimed(p.refund) })),
  };
}
