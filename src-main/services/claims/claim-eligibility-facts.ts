import { electionOf } from '../../../src-shared/domain/claims';
import type { AllocationBasis } from '../../../src-shared/domain/exports';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { EligibilityFacts } from '../../engine/claims/eligibility-rules';
import { LINE_COUNTS_SQL, type ClaimRow } from '../../ledger/repos/claims-repo';
import { destinationRulesInForce, htsOtherFacts } from '../../ledger/repos/reference-repo';
import { allocationMethod, claimMethod, RUN_JOIN, RUN_METHOD_COLUMNS } from './allocation-methods';

interface Row {
  line_no: number;
  reference: string;
  export_line_number: number;
  entry_number: string;
  entry_line_number: number;
  basis: AllocationBasis;
  run_method: string | null;
  run_order: string | null;
  destination_country: string;
  export_date: string;
  export_hts10: string;
  schedule_b: string | null;
  import_hts10: string;
}

/** What the eligibility rules read of a claim: its counted lines' destinations, classifications and methods, and the reference data. */
export function eligibilityFacts(db: Sqlite, claim: ClaimRow): EligibilityFacts {
  const rows = db
    .prepare(
      `SELECT cl.line_no, s.reference, x.line_number AS export_line_number, e.entry_number, el.line_number AS entry_line_number, a.basis, ${RUN_METHOD_COLUMNS},
              s.destination_country, s.export_date, x.hts10 AS export_hts10, x.schedule_b, el.hts10 AS import_hts10
       FROM claim_lines cl JOIN allocations a ON a.id = cl.allocation_id ${RUN_JOIN}
       JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id
       JOIN entry_lines el ON el.id = cl.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       WHERE cl.claim_id = ? AND ${LINE_COUNTS_SQL} ORDER BY cl.line_no`,
    )
    .all(claim.id) as Row[];
  const lines = rows.map((r) => ({
    lineNo: r.line_no,
    exportLabel: `shipment ${r.reference} line ${r.export_line_number}`,
    entryLabel: `entry ${r.entry_number} line ${r.entry_line_number}`,
    basis: r.basis,
    method: allocationMethod(r.basis, r.run_method, r.run_order),
    destination: r.destination_country,
    exportDay: parseIsoDay(r.export_date)!,
    exportHts10: r.export_hts10,
    scheduleB: r.schedule_b,
    importHts10: r.import_hts10,
  }));
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.method, (counts.get(l.method) ?? 0) + 1);
  const numbers = rows.flatMap((r) => [r.import_hts10.slice(0, 8), r.import_hts10]);
  return {
    provision: claim.provision,
    recordedMethod: claim.accounting_method,
    usedMethod: claimMethod(counts, electionOf(claim.provision) === 'substitution'),
    lines,
    destinationRules: destinationRulesInForce(db),
    htsOther: htsOtherFacts(db, numbers),
  };
}
