import type { ExceptionKind } from '../../../src-shared/domain/claims';
import type { Sqlite } from '../db/open-ledger';
import type { claimExceptions, claims } from '../db/claims-schema';
import type { exportLines } from '../db/exports-schema';
import { IN_FORCE } from './allocations-repo';
import { OPEN_EXCEPTION_SQL } from './claim-exceptions-repo';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL, REFUND_SUMS_SQL, type RefundSums } from './claims-repo';
import type { SqlRow } from './sql-row';

/** What the desk's numbers (services/claims/claim-kpis.ts) read. */

/** Every export line with the units allocated to it in force, and how many of those allocations a person made. */
export function exportLineAllocation(db: Sqlite): (Pick<SqlRow<typeof exportLines>, 'quantity'> & { allocated: number; manual: number })[] {
  return db
    .prepare<[], Pick<SqlRow<typeof exportLines>, 'quantity'> & { allocated: number; manual: number }>(
      `SELECT x.quantity, COALESCE(SUM(a.quantity), 0) AS allocated, COALESCE(SUM(CASE WHEN a.run_id IS NULL THEN 1 ELSE 0 END), 0) AS manual
       FROM export_lines x LEFT JOIN allocations a ON a.export_line_id = x.id AND ${IN_FORCE} GROUP BY x.id`,
    )
    .all();
}

/** The open exceptions' kinds and ages. */
export function openExceptionKinds(db: Sqlite): (Pick<SqlRow<typeof claimExceptions>, 'created_at'> & { kind: ExceptionKind })[] {
  return db
    .prepare<[], Pick<SqlRow<typeof claimExceptions>, 'created_at'> & { kind: ExceptionKind }>(
      `SELECT x.kind, x.created_at FROM claim_exceptions x WHERE ${OPEN_EXCEPTION_SQL}`,
    )
    .all();
}

/** Each claim in force's refund sums (bigint) with its period (the claim date's year and month), in period order. */
export function claimRefundsByPeriod(db: Sqlite): ({ period: SqlRow<typeof claims>['claim_date'] } & RefundSums)[] {
  return db
    .prepare<[], { period: string } & RefundSums>(
      `SELECT substr(c.claim_date, 1, 7) AS period, ${REFUND_SUMS_SQL}
       FROM claims c LEFT JOIN claim_lines cl ON cl.claim_id = c.id AND ${LINE_COUNTS_SQL} WHERE ${CLAIM_STATE_SQL} != 'withdrawn' GROUP BY c.id ORDER BY period, c.id`,
    )
    .safeIntegers(true)
    .all();
}
