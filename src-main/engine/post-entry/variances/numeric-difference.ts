import { formatAmount, formatMoney } from '../../../../src-shared/money';
import type { Tolerance } from './variance-config';

/** |a| for bigints. */
const abs = (n: bigint) => (n < 0n ? -n : n);

/**
 * Whether `filed` is within tolerance of `expected`: within the absolute amount, or within the
 * percent of the pre-entry figure (the larger allowance wins). Percent is in 1/10,000 of a percent,
 * so |diff| / |expected| <= percent / 1,000,000.
 */
export function withinTolerance(expected: bigint, filed: bigint, tolerance: Tolerance): boolean {
  const diff = abs(filed - expected);
  return diff <= tolerance.absolute || diff * 1_000_000n <= tolerance.percent * abs(expected);
}

/** A quantity in 1/10,000 units with no needless decimals: 1000, 12.5, 0.0025. */
export function formatQuantity(amount: bigint): string {
  return formatMoney(amount, 4).replace(/\.?0+$/, '');
}

/** "+12.50 (+2.5%)" or "-3 (-100%)": the signed difference (shown by `show`) and its share of the pre-entry figure. */
export function describeDifference(expected: bigint, filed: bigint, show: (amount: bigint) => string = formatAmount): string {
  const diff = filed - expected;
  const sign = diff > 0n ? '+' : '';
  if (expected === 0n) return `${sign}${show(diff)}`;
  // Percent to two decimals, rounded half away from zero, in integers only.
  const tenThousandths = (diff * 1_000_000n) / abs(expected);
  const rounded = (tenThousandths + (tenThousandths >= 0n ? 50n : -50n)) / 100n;
  if (rounded === 0n) return `${sign}${show(diff)} (less than 0.01%)`;
  const whole = rounded / 100n;
  const part = abs(rounded % 100n)
    .toString()
    .padStart(2, '0')
    .replace(/0+$/, '');
  const negativeZero = rounded < 0n && whole === 0n ? '-' : '';
  return `${sign}${show(diff)} (${sign}${negativeZero}${whole}${part ? `.${part}` : ''}%)`;
}
