import { formatAmount } from '../../../../src-shared/money';
import { describeDifference, formatQuantity, withinTolerance } from './numeric-difference';
import type { NumericRule, Severity, VarianceConfig } from './variance-config';

/** One entry-summary line as pre-entry data has it and as the broker filed it (CBP Form 7501). */
export interface EntryLineData {
  /** 7501 block 31. */
  line: number;
  /** 7501 block 33A: one or more 10-digit HTSUS numbers (e.g. a Chapter 99 number and the base number). */
  hts: readonly string[];
  /** 7501 block 10, ISO-2. */
  origin: string;
  /** 7501 block 35, in 1/10,000 of the HTS unit. */
  quantity: bigint;
  unit?: string;
  /** 7501 block 36A, money in 1/10,000 dollar. */
  value: bigint;
  /** 7501 block 37A as printed: "5.3%", "Free", "2.4¢/kg + 5%". */
  dutyRate: string;
  /** 7501 block 38. */
  dutyAmount: bigint;
  /** Fees by class code ("499" MPF, "501" HMF), money in 1/10,000 dollar. */
  fees: Readonly<Record<string, bigint>>;
}

export type VarianceField = 'line' | 'hts' | 'origin' | 'quantity' | 'value' | 'dutyRate' | 'dutyAmount' | 'fee';

export interface Variance {
  entry: string;
  line: number;
  field: VarianceField;
  /** The fee class for field "fee". */
  feeClass?: string;
  preEntry: string;
  filed: string;
  difference?: string;
  withinTolerance: boolean;
  severity: Severity;
  message: string;
}

const FEE_NAMES: Record<string, string> = { '499': 'merchandise processing fee (class 499)', '501': 'harbor maintenance fee (class 501)' };
const FIELD_ORDER: VarianceField[] = ['line', 'hts', 'origin', 'quantity', 'value', 'dutyRate', 'dutyAmount', 'fee'];

const htsText = (hts: readonly string[]) => hts.map((h) => (h.length === 10 ? `${h.slice(0, 4)}.${h.slice(4, 6)}.${h.slice(6)}` : h)).join(' + ');
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/** "5.30 %" and "5.3%" are one rate; "Free" and "0%" too. Other rates are compared as printed. */
function normalRate(rate: string): string {
  const text = rate.trim().toLowerCase().replace(/\s+/g, '');
  if (text === 'free') return '0%';
  const percent = /^(\d+)(?:\.(\d*))?%$/.exec(text);
  if (!percent) return text;
  const fraction = (percent[2] ?? '').replace(/0+$/, '');
  return `${Number(percent[1])}${fraction ? `.${fraction}` : ''}%`;
}

/**
 * Every difference between the pre-entry lines and the filed lines of one entry, matched by line
 * number. A line on one side only, a changed classification or origin or rate, and any numeric
 * difference is reported; numeric differences within tolerance are information only.
 */
export function compareEntry(entry: string, preEntry: readonly EntryLineData[], filed: readonly EntryLineData[], config: VarianceConfig): Variance[] {
  const variances: Variance[] = [];
  const filedByLine = new Map(filed.map((l) => [l.line, l]));
  const preByLine = new Map(preEntry.map((l) => [l.line, l]));
  const add = (line: number, v: Omit<Variance, 'entry' | 'line'>) => variances.push({ entry, line, ...v });

  for (const pre of preEntry) {
    const got = filedByLine.get(pre.line);
    if (!got) {
      add(pre.line, {
        field: 'line',
        preEntry: `line ${pre.line} (${htsText(pre.hts)})`,
        filed: 'none',
        withinTolerance: false,
        severity: config.missingLine,
        message: `line ${pre.line} of the pre-entry data is not on the filed entry summary; check whether it was merged into another line or left out`,
      });
      continue;
    }
    compareLine(pre, got, config, (v) => add(pre.line, v));
  }
  for (const got of filed) {
    if (!preByLine.has(got.line)) {
      add(got.line, {
        field: 'line',
        preEntry: 'none',
        filed: `line ${got.line} (${htsText(got.hts)})`,
        withinTolerance: false,
        severity: config.missingLine,
        message: `line ${got.line} of the filed entry summary has no pre-entry line; find what was imported under it`,
      });
    }
  }
  return variances.sort(
    (a, b) => a.line - b.line || FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || (a.feeClass ?? '').localeCompare(b.feeClass ?? ''),
  );
}

function compareLine(pre: EntryLineData, got: EntryLineData, config: VarianceConfig, add: (v: Omit<Variance, 'entry' | 'line'>) => void): void {
  if (!sameSet(pre.hts, got.hts)) {
    const sameSubheading = sameSet(
      pre.hts.map((h) => h.slice(0, 8)),
      got.hts.map((h) => h.slice(0, 8)),
    );
    add({
      field: 'hts',
      preEntry: htsText(pre.hts),
      filed: htsText(got.hts),
      withinTolerance: false,
      severity: 'alert', // a classification change always raises an alert (issue 12)
      message: `classification changed from ${htsText(pre.hts)} to ${htsText(got.hts)} (${sameSubheading ? 'same 8-digit subheadings' : 'the 8-digit subheading changed too, which decides substitution for drawback'}); check the duty rate and any drawback designation of this line`,
    });
  }
  if (pre.origin.toUpperCase() !== got.origin.toUpperCase()) {
    add({
      field: 'origin',
      preEntry: pre.origin,
      filed: got.origin,
      withinTolerance: false,
      severity: config.origin,
      message: `country of origin changed from ${pre.origin} to ${got.origin}; origin decides duty rates, special programs and Section 301/232 duties`,
    });
  }
  numeric(
    'quantity',
    pre.quantity,
    got.quantity,
    config.quantity,
    (a) => `${formatQuantity(a)}${pre.unit ? ` ${pre.unit}` : ''}`,
    'quantity',
    add,
    undefined,
    formatQuantity,
  );
  // A valuation change beyond its tolerance always raises an alert (issue 12).
  numeric('value', pre.value, got.value, { ...config.value, severity: 'alert' }, formatAmount, 'entered value (valuation)', add);
  if (normalRate(pre.dutyRate) !== normalRate(got.dutyRate)) {
    add({
      field: 'dutyRate',
      preEntry: pre.dutyRate,
      filed: got.dutyRate,
      withinTolerance: false,
      severity: config.dutyRate,
      message: `duty rate changed from ${pre.dutyRate} to ${got.dutyRate}`,
    });
  }
  numeric('dutyAmount', pre.dutyAmount, got.dutyAmount, config.dutyAmount, formatAmount, 'duty', add);
  for (const feeClass of [...new Set([...Object.keys(pre.fees), ...Object.keys(got.fees)])].sort()) {
    numeric(
      'fee',
      pre.fees[feeClass] ?? 0n,
      got.fees[feeClass] ?? 0n,
      config.fees,
      formatAmount,
      FEE_NAMES[feeClass] ?? `fee class ${feeClass}`,
      add,
      feeClass,
    );
  }
}

function numeric(
  field: VarianceField,
  expected: bigint,
  filed: bigint,
  rule: NumericRule,
  show: (a: bigint) => string,
  name: string,
  add: (v: Omit<Variance, 'entry' | 'line'>) => void,
  feeClass?: string,
  showDifference: (a: bigint) => string = formatAmount,
): void {
  if (expected === filed) return;
  const within = withinTolerance(expected, filed, rule.tolerance);
  const difference = describeDifference(expected, filed, showDifference);
  add({
    field,
    ...(feeClass ? { feeClass } : {}),
    preEntry: show(expected),
    filed: show(filed),
    difference,
    withinTolerance: within,
    severity: within ? 'info' : rule.severity,
    message: `${name} is ${show(filed)} on the filed entry summary against ${show(expected)} before entry (${difference})${within ? ', within tolerance' : ''}`,
  });
}
