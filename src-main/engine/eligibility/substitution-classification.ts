import type { ClaimProvision } from '../../../src-shared/domain/claims';

export interface ClassificationInput {
  provision: ClaimProvision;
  /** the HTS declared for the export (10 digits) */
  exportHts10: string;
  /** the Schedule B number declared for the export, when there is one (10 digits) */
  scheduleB: string | null;
  /** the HTS of the designated import's entry line (10 digits) */
  importHts10: string;
  /** number (8 or 10 digits) -> its article description begins with "other"; unknown numbers absent */
  htsOther: ReadonlyMap<string, boolean>;
}

export type ClassificationFinding = { kind: 'classification-mismatch'; message: string } | { kind: 'hts-fact-missing'; hts: string; message: string };

/** 6109.10.00 for a subheading, 6109.10.0012 for a statistical reporting number */
const dotted = (hts: string) => `${hts.slice(0, 4)}.${hts.slice(4, 6)}.${hts.slice(6)}`;

/**
 * The substitution standard, checked for one claim line whatever made its allocation:
 * - the substituted (exported) merchandise is classifiable under the same 8-digit HTSUS subheading
 *   as the designated import; a Schedule B number may stand for the export's classification, first 8
 *   digits (19 U.S.C. 1313(j)(5); 19 CFR 190.2 "substituted merchandise"); every classification the
 *   export declares must pass, so a line is never claimed on the one that happens to agree;
 * - for unused merchandise (1313(j)(2)) only: where the 8-digit article description begins with
 *   "other", the 10-digit statistical reporting numbers must be the same (a Schedule B number cannot
 *   stand for them) and that 10-digit description must not itself begin with "other".
 * A fact the desk does not hold (whether a description begins with "other") is a finding of its own:
 * the line is never assumed to pass.
 */
export function checkSubstitutionClassification(input: ClassificationInput): ClassificationFinding[] {
  const import8 = input.importHts10.slice(0, 8);
  const declared = [{ what: 'HTS', number: input.exportHts10 }, ...(input.scheduleB ? [{ what: 'Schedule B', number: input.scheduleB }] : [])];
  const off = declared.filter((d) => d.number.slice(0, 8) !== import8);
  if (off.length > 0) {
    const said = off.map((d) => `${d.what} ${dotted(d.number)}`).join(' and ');
    return [
      {
        kind: 'classification-mismatch',
        message: `the export is declared under ${said}, not under the designated import's 8-digit subheading ${dotted(import8)}; substituted merchandise must be classifiable under the same 8-digit HTSUS subheading (19 U.S.C. 1313(j)(5); 19 CFR 190.2)`,
      },
    ];
  }
  if (input.provision !== 'unused-substitution') return [];
  const eightOther = input.htsOther.get(import8);
  if (eightOther === undefined)
    return [
      {
        kind: 'hts-fact-missing',
        hts: import8,
        message: `the desk does not know whether the description of subheading ${dotted(import8)} begins with "other", which decides whether the 10-digit numbers must match (19 CFR 190.2); record it with "hts set-other ${dotted(import8)} yes|no"`,
      },
    ];
  if (!eightOther) return [];
  if (input.exportHts10 !== input.importHts10) {
    return [
      {
        kind: 'classification-mismatch',
        message: `the description of subheading ${dotted(import8)} begins with "other", so the 10-digit numbers must match (19 CFR 190.2; 19 U.S.C. 1313(j)(5)); the export is ${dotted(input.exportHts10)}, the designated import ${dotted(input.importHts10)}`,
      },
    ];
  }
  const tenOther = input.htsOther.get(input.importHts10);
  if (tenOther === undefined)
    return [
      {
        kind: 'hts-fact-missing',
        hts: input.importHts10,
        message: `subheading ${dotted(import8)} begins with "other" and the desk does not know whether the description of ${dotted(input.importHts10)} does too (19 CFR 190.2); record it with "hts set-other ${dotted(input.importHts10)} yes|no"`,
      },
    ];
  if (tenOther)
    return [
      {
        kind: 'classification-mismatch',
        message: `the descriptions of both ${dotted(import8)} and ${dotted(input.importHts10)} begin with "other": no unused-merchandise substitution is allowed on that classification (19 CFR 190.2; 19 U.S.C. 1313(j)(5))`,
      },
    ];
  return [];
}
