import { electionOf } from '../../../src-shared/domain/claims';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { EligibilityFacts } from '../../engine/claims/eligibility-rules';
import { eligibilityRows } from '../../ledger/repos/claim-facts-repo';
import type { ClaimRow } from '../../ledger/repos/claims-repo';
import { destinationRulesInForce, htsOtherFacts } from '../../ledger/repos/reference-repo';
import { allocationMethod, claimMethod } from './allocation-methods';

/** What the eligibility rules read of a claim: its counted lines' destinations, classifications and methods, and the reference data. */
export function eligibilityFacts(db: Sqlite, claim: ClaimRow): EligibilityFacts {
  const rows = eligibilityRows(db, claim.id);
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
