import { electionOf, type ClaimIssue, type ClaimProvision } from '../../../src-shared/domain/claims';
import type { AllocationBasis } from '../../../src-shared/domain/exports';
import { describeRestriction, destinationRestriction, type DestinationRule } from '../eligibility/destination-rules';
import { checkSubstitutionClassification } from '../eligibility/substitution-classification';

/** One counted claim line with what eligibility needs: where it went, how it is classified, how it was identified. */
export interface EligibilityLine {
  lineNo: number;
  exportLabel: string;
  entryLabel: string;
  basis: AllocationBasis;
  /** the method its allocation was made by (allocation-methods.ts) */
  method: string;
  destination: string;
  exportDay: number;
  exportHts10: string;
  scheduleB: string | null;
  importHts10: string;
}

export interface EligibilityFacts {
  provision: ClaimProvision;
  /** the method the claim records (as stored; claims drafted before it was checked may hold free text) */
  recordedMethod: string;
  /** the method its counted allocations were made by, or why there is none */
  usedMethod: { method: string } | { problem: string };
  lines: EligibilityLine[];
  destinationRules: readonly DestinationRule[];
  htsOther: ReadonlyMap<string, boolean>;
}

/** Free text recorded before methods were checked ("FIFO", "Low to high") read as the method names. */
export function normalizeRecordedMethod(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * Eligibility rules of a claim, checked on every validation whatever made its allocations:
 * - destination: a restriction by destination in force for the export date (19 U.S.C. 1313(j)(4);
 *   19 CFR 181.42(d), 182.42(c); the Chile FTA) excludes, reduces or limits the line's drawback;
 * - classification: every line of a substitution claim meets the substitution standard (19 CFR 190.2;
 *   19 U.S.C. 1313(j)(5)), with the HTS "other" facts the desk holds;
 * - accounting method: the claim records the method its allocations were actually made by, an
 *   approved one (19 CFR 190.14, 191.14(c)).
 * Pure: the facts come in, the issues go out.
 */
export function checkEligibility(facts: EligibilityFacts): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  const substitution = electionOf(facts.provision) === 'substitution';
  const missingFact = new Set<string>();
  for (const line of facts.lines) {
    const at = `claim line ${line.lineNo}`;
    const restriction = destinationRestriction(facts.destinationRules, line.destination, facts.provision, line.exportDay);
    if (restriction) {
      const remedy =
        restriction.effect === 'excluded' ? 'exclude the line' : 'the desk does not compute the restricted amount: exclude the line and claim it separately';
      issues.push({
        kind: 'destination-restricted',
        claimLineNo: line.lineNo,
        subjectKey: `claim-line:${line.lineNo}:destination`,
        message: `${at}: ${line.exportLabel} was ${describeRestriction(restriction, line.exportDay)}; ${remedy}`,
      });
    }
    if (!substitution) continue;
    for (const finding of checkSubstitutionClassification({
      provision: facts.provision,
      exportHts10: line.exportHts10,
      scheduleB: line.scheduleB,
      importHts10: line.importHts10,
      htsOther: facts.htsOther,
    })) {
      if (finding.kind === 'classification-mismatch') {
        issues.push({
          kind: 'classification-mismatch',
          claimLineNo: line.lineNo,
          subjectKey: `claim-line:${line.lineNo}:classification`,
          message: `${at}: ${line.exportLabel} cannot substitute for ${line.entryLabel}: ${finding.message}`,
        });
      } else if (!missingFact.has(finding.hts)) {
        // one exception per missing fact: recording it clears every line that waits on it
        missingFact.add(finding.hts);
        issues.push({ kind: 'hts-fact-missing', claimLineNo: line.lineNo, subjectKey: `hts:${finding.hts}:other`, message: `${at}: ${finding.message}` });
      }
    }
  }
  const recorded = normalizeRecordedMethod(facts.recordedMethod);
  if ('problem' in facts.usedMethod) {
    issues.push({
      kind: 'accounting-method-mismatch',
      claimLineNo: null,
      subjectKey: 'claim:accounting-method',
      message: `the claim's allocations cannot support it: ${facts.usedMethod.problem}`,
    });
  } else if (facts.lines.length > 0 && recorded !== facts.usedMethod.method) {
    issues.push({
      kind: 'accounting-method-mismatch',
      claimLineNo: null,
      subjectKey: 'claim:accounting-method',
      message: `the claim records the accounting method "${facts.recordedMethod}", but its allocations were made by ${facts.usedMethod.method}; a claim states the method actually used (19 CFR 190.14): withdraw it and draft it again`,
    });
  }
  return issues;
}
