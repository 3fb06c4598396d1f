import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import { matchingRuns } from '../db/matching-schema';
import { ormOf } from './orm';

/** The SQL columns `run_method`, `run_order` of an allocation `a` (joins its run as `mr`); read by allocationMethod (services/claims/allocation-methods.ts). */
export const RUN_METHOD_COLUMNS = `json_extract(mr.policy_json, '$.method') AS run_method, json_extract(mr.policy_json, '$.order') AS run_order`;
export const RUN_JOIN = 'LEFT JOIN matching_runs mr ON mr.id = a.run_id';
/** What RUN_METHOD_COLUMNS read. */
export interface RunMethodColumns {
  run_method: string | null;
  run_order: string | null;
}

/** A run that wrote allocations, with its summary; returns its row id for the allocations it wrote. */
export function insertMatchingRun(db: Sqlite, run: Omit<typeof matchingRuns.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): number {
  return Number(
    ormOf(db)
      .insert(matchingRuns)
      .values({ ...run, auditSeq: seq })
      .run().lastInsertRowid,
  );
}
