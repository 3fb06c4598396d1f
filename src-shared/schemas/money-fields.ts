import { z } from 'zod';
import { formatMoney, MONEY_LIMIT_4DP, MONEY_SCALE } from '../money';

const dollars = (whole: bigint) => whole * 10n ** BigInt(MONEY_SCALE);

/**
 * Each amount field's largest credible value, in 1/10,000 dollar. Far above anything real, so a
 * true amount is never refused, yet small enough that (1) every stored amount stays below 2^53
 * (MONEY_LIMIT_4DP: read back exactly) and (2) a claim of MAX_CLAIM_LINES lines at the bounds
 * still sums inside a signed 64-bit integer (SQLite's SUM, test/shared/money-fields.test.ts).
 */
export const MONEY_BOUNDS = {
  /** entered value of one entry line: the dearest single cargoes (an airliner, a laden VLCC) are well under $1bn */
  enteredValue: dollars(100_000_000_000n),
  /**
   * duty on one entry line, and any duty per unit: even a $300M line at a stacked 145% rate stays
   * under it. 19 CFR 190.51(b): a claim line refunds at most 99% of it.
   */
  lineDuty: dollars(500_000_000n),
  /** MPF, HMF or other fees on one entry line (MPF is capped per entry, 19 CFR 24.23(b); HMF is 0.125% of value, 24.24) */
  lineFee: dollars(200_000_000n),
  /** a claim's liquidated amount: more than all US drawback of a year */
  claimAmount: dollars(100_000_000_000n),
} as const;

/** The most lines one claim plausibly has (a year of a large exporter's shipments): the sums above are sized for it. */
export const MAX_CLAIM_LINES = 1_000_000;

export interface MoneyFieldRule {
  /** the field as a person knows it: "duty", "entered value" */
  label: string;
  /** what one value covers, for the message: "one entry line" */
  per: string;
  max: bigint;
  /** 0n (the default): never negative; an adjustment that may go below zero passes its own */
  min?: bigint;
}

/** 12,345.67: bounds read more easily with separators. */
export function formatBound(amount: bigint): string {
  const [whole = '', fraction] = formatMoney(amount < 0n ? -amount : amount, 2).split('.');
  return `${amount < 0n ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

const SHAPE = /^-?\d+(\.\d+)?$/;
/** sign, up to 11 whole digits, up to 4 decimals: below 2^53 once scaled */
const PLAIN = /^(-?)(\d{1,11})(?:\.(\d{1,4}))?$/;
const minNumber = (min: bigint) => (min === 0n ? 0 : Number(min));

/**
 * What is wrong with an amount for its field, in words naming the field, or null. The amount is a
 * decimal string, or a whole number (a JSON number with decimals is a float, never exact).
 */
export function moneyProblem(value: string | number, { label, per, max, min = 0n }: MoneyFieldRule): string | null {
  if (typeof value === 'number' && !Number.isInteger(value))
    return `write ${label} with decimals as text, e.g. "${value}": a number with decimals is a float and may not be exact`;
  if (typeof value === 'number' && !Number.isSafeInteger(value))
    return value < 0 && min === 0n ? `${label} cannot be negative` : `${label} is more than ${formatBound(max)}, the most for ${per}; check the amount`;
  const text = String(value).trim();
  // the common case in one match: a plain amount below 2^53 ten-thousandths, read exactly as a number
  const plain = PLAIN.exec(text);
  if (plain) {
    const scaled = Number(plain[2]) * 10_000 + Number((plain[3] ?? '').padEnd(MONEY_SCALE, '0'));
    if (plain[1] === '' ? scaled >= minNumber(min) && scaled <= Number(max) : -scaled >= minNumber(min)) return null;
  }
  if (!SHAPE.test(text)) return `${label} is an amount in digits with at most 4 decimals, e.g. 5000.00 (no letters, spaces or signs other than a leading -)`;
  const [whole = '', fraction = ''] = text.replace('-', '').split('.');
  if (fraction.length > MONEY_SCALE) return `${label} has more than 4 decimals: the ledger keeps amounts to 1/10,000 of a dollar`;
  const negative = text.startsWith('-');
  if (negative && min === 0n && /[1-9]/.test(text)) return `${label} cannot be negative`;
  const tooBig = () =>
    `${label} ${text.length > 24 ? `${text.slice(0, 24)}…` : text} is more than ${formatBound(max)}, the most for ${per}; check the amount (it is refused rather than stored inexactly)`;
  const tooSmall = () => (min === 0n ? `${label} cannot be negative` : `${label} is at least ${formatBound(min)}`);
  const digits = whole.replace(/^0+/, '').length;
  // 17 digits already pass every bound; a longer string is not read at all (BigInt of a huge string is slow)
  if (digits > 16) return negative ? tooSmall() : tooBig();
  // up to 11 whole digits and 4 decimals the scaled amount is below 2^53: exact as a number, and far cheaper than a bigint
  const scaled =
    digits <= 11
      ? (negative ? -1 : 1) * (Number(whole) * 10_000 + Number(fraction.padEnd(MONEY_SCALE, '0')))
      : (negative ? -1n : 1n) * (BigInt(whole) * 10n ** BigInt(MONEY_SCALE) + BigInt(fraction.padEnd(MONEY_SCALE, '0')));
  if (scaled < min) return tooSmall();
  if (scaled > max) return tooBig();
  return null;
}

function checkBounds({ label, max, min = 0n }: MoneyFieldRule): void {
  if (max > MONEY_LIMIT_4DP || -min > MONEY_LIMIT_4DP) throw new RangeError(`${label}: bounds beyond MONEY_LIMIT_4DP cannot be stored exactly`);
}

/**
 * One amount field: a decimal string (or a whole JSON number) with at most four decimals, its sign
 * rule and its bound; the trimmed text comes out (services scale it with parseMoney). Every
 * refusal names the field and says what to do.
 */
export function moneyField(rule: MoneyFieldRule) {
  checkBounds(rule);
  return z.union([z.string(), z.number()], { error: `${rule.label} is an amount such as "5000.00"` }).transform((value, ctx) => {
    const problem = moneyProblem(value, rule);
    if (problem === null) return String(value).trim();
    ctx.issues.push({ code: 'custom', message: problem, input: value });
    return z.NEVER;
  });
}

/** The same rules for a schema that already holds the amount as text (a file format that wants strings). */
export function moneyTextCheck(rule: MoneyFieldRule) {
  checkBounds(rule);
  return (text: string, ctx: z.RefinementCtx) => {
    const problem = moneyProblem(text, rule);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: text });
  };
}
