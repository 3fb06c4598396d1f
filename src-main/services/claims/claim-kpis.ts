import { EXCEPTION_KINDS, type Kpis } from '../../../src-shared/domain/claims';
import { formatClaimed } from '../../../src-shared/money';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { claimRefundsByPeriod, exportLineAllocation, openExceptionKinds } from '../../ledger/repos/claim-kpis-repo';
import { statedRefunds } from '../../ledger/repos/claims-repo';

/** The desk's numbers: how much matching the engine does alone, what waits in the queue and for how long, refunds by month. */
export function claimKpis(db: Sqlite, now: Date): Kpis {
  const lines = exportLineAllocation(db);
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
  const open = openExceptionKinds(db);
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
  const byClaim = claimRefundsByPeriod(db);
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
