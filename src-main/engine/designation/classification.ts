import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { DesignationRequest, ExportLine, ImportLine } from './designation-types';

/**
 * The substitution standard (19 U.S.C. 1313(j)(2) and 1313(b); 19 CFR 190.22(a)(1)(ii), 190.32):
 * same 8-digit HTSUS subheading. For unused substitution only, where the 8-digit description begins
 * with "other", the 10-digit numbers must match and that 10-digit description must not itself begin
 * with "other". A Schedule B number may stand for the export's classification: its first 8 digits.
 *
 * A class key is "8:<subheading>" or "10:<statistical number>"; an import or export either gets one
 * key or a reason why it cannot be substituted at all.
 */
export type ClassKey = string;
export type Classified = { key: ClassKey } | { key: undefined; reason: string };

const dotted8 = (digits: string) => `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6, 8)}`;
const dotted10 = (digits: string) => `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6, 10)}`;

const described = new Map<ClassKey, string>();

/** Reasons name the class for every leftover line: each key's text is built once (bounded cache). */
export function describeClass(key: ClassKey): string {
  let text = described.get(key);
  if (text === undefined) {
    const [kind, digits] = key.split(':') as [string, string];
    text = kind === '8' ? `subheading ${dotted8(digits)}` : `statistical number ${dotted10(digits)}`;
    if (described.size >= 100_000) described.clear();
    described.set(key, text);
  }
  return text;
}

/** Class of an import line under the request's provision. */
export function classifyImport(line: ImportLine, unused: boolean): Classified {
  if (!unused || !line.hts8Other) return { key: `8:${line.hts.slice(0, 8)}` };
  if (line.hts10Other) {
    return {
      key: undefined,
      reason: `both the 8-digit (${dotted8(line.hts)}) and the 10-digit (${dotted10(line.hts)}) descriptions begin with "other", so no substitution is allowed (19 CFR 190.32)`,
    };
  }
  return { key: `10:${line.hts}` };
}

/** Class of an export, given which 8-digit subheadings are "other" subheadings among the imports. */
export function classifyExport(line: ExportLine, otherSubheadings: ReadonlySet<string>): Classified {
  const digits = line.hts ?? line.scheduleB!;
  const sub8 = digits.slice(0, 8);
  if (!otherSubheadings.has(sub8)) return { key: `8:${sub8}` };
  if (line.hts === undefined) {
    return {
      key: undefined,
      reason: `subheading ${dotted8(sub8)} begins with "other", so the 10-digit HTS numbers must match; a Schedule B number only stands for the first 8 digits (19 CFR 190.32)`,
    };
  }
  return { key: `10:${line.hts}` };
}

/**
 * The "other" flags describe the tariff, so every line of one subheading (or statistical number)
 * must agree; a contradiction is a data error to fix at the source, not something to guess about.
 * Lines repeat a few thousand numbers, so `note` is given each distinct number and flag pattern
 * once (build-classes.ts classifies each pattern once); only when the flags disagree are the lines
 * walked again, to name every contradicting field.
 */
export class OtherFlags {
  private readonly flagsOf = new Map<string, number>();
  private readonly flag8Of = new Map<string, boolean>();
  private consistent = true;

  note(line: ImportLine): void {
    const flags = (line.hts8Other ? 1 : 0) + (line.hts10Other ? 2 : 0);
    const known = this.flagsOf.get(line.hts);
    if (known === flags) return;
    if (known !== undefined) this.consistent = false;
    this.flagsOf.set(line.hts, flags);
    const digits = line.hts.slice(0, 8);
    const known8 = this.flag8Of.get(digits);
    if (known8 === undefined) this.flag8Of.set(digits, line.hts8Other);
    else if (known8 !== line.hts8Other) this.consistent = false;
  }

  /** The 8-digit subheadings whose description begins with "other"; throws when the flags disagree. */
  subheadings(request: DesignationRequest): Set<string> {
    if (!this.consistent) throw contradictions(request);
    return new Set([...this.flag8Of].filter(([, other]) => other).map(([digits]) => digits));
  }
}

function contradictions(request: DesignationRequest): AppError {
  const issues: FieldIssue[] = [];
  const by8 = new Map<string, { flag: boolean; index: number }>();
  const by10 = new Map<string, { flag: boolean; index: number }>();
  request.imports.forEach((line, index) => {
    const checks: [Map<string, { flag: boolean; index: number }>, string, 'hts8Other' | 'hts10Other'][] = [
      [by8, line.hts.slice(0, 8), 'hts8Other'],
      [by10, line.hts, 'hts10Other'],
    ];
    for (const [seen, digits, field] of checks) {
      const first = seen.get(digits);
      if (!first) seen.set(digits, { flag: line[field], index });
      else if (first.flag !== line[field]) {
        issues.push({
          field: `imports.${index}.${field}`,
          message: `is ${line[field]} but imports.${first.index} has the same number (${digits}) with ${first.flag}; the tariff description is the same for both`,
        });
      }
    }
  });
  return new AppError('VALIDATION', `designation request is not valid: ${issues[0]!.field} ${issues[0]!.message}`, issues);
}
