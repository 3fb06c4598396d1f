import { AppError } from '../../../src-shared/errors';
import { divideRoundHalfUp } from '../../../src-shared/money';

/** One entry summary line as the fee apportionment sees it. Amounts are money scaled to 4 decimals. */
export interface MpfLine {
  line: number;
  quantity: number;
  value: bigint;
  /** Merchandise exempt from the fee stays out of the calculation (19 CFR 190.51(b)(2)). */
  mpfExempt: boolean;
}

export interface MpfInput {
  mpfPaid: bigint;
  lines: MpfLine[];
}

/** Every figure at 4 decimals: `ratio` counts ten-thousandths, the amounts are scaled money. */
export type MpfLineResult =
  { line: number; exempt: true } | { line: number; exempt: false; quantity: number; ratio: bigint; apportioned: bigint; eligible: bigint; perUnit: bigint };

const TEN_THOUSAND = 10_000n;

/**
 * Merchandise processing fee apportionment, step by step as 19 CFR 190.51(b)(2) computes it
 * (and its worked example: $485 over lines of $50,000 / $90,000 / $200,000):
 *  1. relative value ratio = line value / total value of the lines subject to the fee, rounded to
 *     4 decimals ($50,000 / $340,000 = .1471);
 *  2. fee apportioned to the line = fee paid x ratio ($485 x .1471 = $71.3435);
 *  3. eligible for drawback = 99% of that (.99 x $71.3435 = $70.6301) — the 99% of 190.51(b)(1);
 *  4. per unit = eligible / units on the line, to 4 decimals ($70.6301 / 5,000 = $.0141).
 * Every rounding is half-up to 4 decimals; exempt lines get no ratio and no amounts.
 */
export function apportionMpf(input: MpfInput): MpfLineResult[] {
  const subject = input.lines.filter((l) => !l.mpfExempt);
  const totalValue = subject.reduce((sum, l) => sum + l.value, 0n);
  if (totalValue <= 0n) {
    throw new AppError('VALIDATION', 'no line subject to the fee has any value, so the fee cannot be apportioned', [
      { field: 'lines', message: 'at least one line must be subject to the fee (mpfExempt false) with a value above zero' },
    ]);
  }
  return input.lines.map((l): MpfLineResult => {
    if (l.mpfExempt) return { line: l.line, exempt: true };
    const ratio = divideRoundHalfUp(l.value * TEN_THOUSAND, totalValue);
    const apportioned = divideRoundHalfUp(input.mpfPaid * ratio, TEN_THOUSAND);
    const eligible = divideRoundHalfUp(apportioned * 99n, 100n);
    const perUnit = divideRoundHalfUp(eligible, BigInt(l.quantity));
    return { line: l.line, exempt: false, quantity: l.quantity, ratio, apportioned, eligible, perUnit };
  });
}

/**
 * Fee refundable for `exportQuantity` units of one line: units x per-unit amount (4 decimals), as the
 * regulation's example continues it (1,000 widgets x $.0141 = $14.10). Exact; round to cents when shown.
 */
export interface MpfRefund {
  line: number;
  exportQuantity: number;
  perUnit: bigint;
  amount: bigint;
}

export function mpfRefund(results: readonly MpfLineResult[], line: number, exportQuantity: number): MpfRefund {
  const found = results.find((r) => r.line === line);
  if (!found)
    throw new AppError('VALIDATION', `there is no line ${line} in the file`, [{ field: 'line', message: `line ${line} is not among the file's lines` }]);
  if (found.exempt) {
    throw new AppError('VALIDATION', `line ${line} is exempt from the merchandise processing fee, so no fee is refundable for it`, [
      { field: 'line', message: `line ${line} is exempt from the fee` },
    ]);
  }
  if (exportQuantity > found.quantity) {
    throw new AppError(
      'VALIDATION',
      `${exportQuantity} units exceed the ${found.quantity} units on line ${line}; a claim may never exceed the imported quantity`,
      [{ field: 'export-quantity', message: `at most ${found.quantity} for line ${line}` }],
    );
  }
  return { line, exportQuantity, perUnit: found.perUnit, amount: BigInt(exportQuantity) * found.perUnit };
}
