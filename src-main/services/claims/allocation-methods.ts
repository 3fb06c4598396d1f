import { ACCOUNTING_METHOD_NAMES, type AllocationBasis } from '../../../src-shared/domain/exports';

/**
 * The method an allocation was made by, read from the allocation and its matching run:
 * - a lot named at pick ('lot') or a person's choice of lot ('manual'): 'specific-lot', no method;
 * - a substitute ('substitution'): 'designation', nothing identified;
 * - commingled stock ('entry', 'sku'): the accounting method the run recorded. Runs made before the
 *   method was recorded kept only their `order`, which is what they drew by (so a run ordered by
 *   highest-duty reads as 'highest-duty', which no claim may rest on).
 * SQL: RUN_METHOD_COLUMNS (ledger/repos/matching-runs-repo.ts) reads both of the allocation's run.
 */
export function allocationMethod(basis: AllocationBasis, runMethod: string | null, runOrder: string | null): string {
  if (basis === 'lot' || basis === 'manual') return 'specific-lot';
  if (basis === 'substitution') return 'designation';
  return runMethod ?? runOrder ?? 'unrecorded';
}

export const isApprovedMethod = (method: string): boolean => (ACCOUNTING_METHOD_NAMES as readonly string[]).includes(method);

/**
 * The one method a claim's allocations were made by, or why there is none: allocations identified by
 * two accounting methods, or by an order that is not an approved method (19 CFR 190.14, 191.14(c)).
 * Lines identified by lot need no method and do not count against the others.
 */
export function claimMethod(counts: Map<string, number>, substitution: boolean): { method: string } | { problem: string } {
  const identifying = [...counts].filter(([m]) => m !== 'specific-lot' && m !== 'designation');
  if (identifying.length > 1) {
    return {
      problem: `they were identified by different accounting methods (${identifying.map(([m, n]) => `${n} by ${m}`).join(', ')}); a claim is drawn up under one approved method (19 CFR 190.14): release the allocations made by the other method and match them again, or claim one period per method`,
    };
  }
  const [only] = identifying;
  if (only && !isApprovedMethod(only[0])) {
    return {
      problem: `${only[1]} of them were drawn from commingled stock by "${only[0]}", which is not an approved accounting method (19 CFR 191.14(c): ${ACCOUNTING_METHOD_NAMES.join(', ')}); release them and match again with an approved method`,
    };
  }
  return { method: only?.[0] ?? (substitution ? 'designation' : 'specific-lot') };
}
