/**
 * Money as scaled integers: every amount is a bigint count of 1/10,000 of a currency unit.
 * Four decimals because fee apportionment works at four decimals (19 CFR 190.51(b)(2));
 * claims are reported at two. Never a float: amounts cross the boundary as decimal strings.
 */
export const MONEY_SCALE = 4;
const FACTOR = 10n ** BigInt(MONEY_SCALE);

/** A decimal string with at most four decimals, e.g. "5000", "5000.00", "-0.0125" (its size is checked apart). */
export const MONEY_PATTERN = /^-?\d{1,15}(\.\d{1,4})?$/;

/**
 * The largest amount, either sign, that crosses into the desk, in 1/10,000 dollar: 2^53 - 1
 * ($900,719,925,474.0991). better-sqlite3 reads an INTEGER column as a JS number, exact only up to
 * 2^53, so no stored amount may be larger (the ledger's triggers refuse one too); sums are read as
 * bigint. Each field has its own, much smaller, bound (schemas/money-fields.ts).
 */
export const MONEY_LIMIT_4DP = 2n ** 53n - 1n;

/** An amount that enters the desk, as a scaled integer; refused past ±MONEY_LIMIT_4DP (it could not be stored exactly). */
export function parseMoney(text: string): bigint {
  const scaled = parseExactAmount(text);
  if (scaled > MONEY_LIMIT_4DP || -scaled > MONEY_LIMIT_4DP)
    throw new RangeError(`"${text}" is beyond ±${formatMoney(MONEY_LIMIT_4DP, MONEY_SCALE)}, the largest amount the ledger holds exactly`);
  return scaled;
}

/** The same without the ledger's bound, for calculations that never store (the designation engine's exact fractions). */
export function parseExactAmount(text: string): bigint {
  const trimmed = text.trim().replace(/,/g, '');
  if (!MONEY_PATTERN.test(trimmed)) {
    throw new RangeError(`"${text}" is not an amount with at most ${MONEY_SCALE} decimals`);
  }
  const negative = trimmed.startsWith('-');
  const [whole = '0', fraction = ''] = trimmed.replace('-', '').split('.');
  const scaled = BigInt(whole) * FACTOR + BigInt(fraction.padEnd(MONEY_SCALE, '0'));
  return negative ? -scaled : scaled;
}

/** Formats a scaled amount; `decimals` below four rounds half away from zero. */
export function formatMoney(amount: bigint, decimals = 2): string {
  const divisor = 10n ** BigInt(MONEY_SCALE - decimals);
  const rounded = divideRoundHalfUp(amount, divisor);
  const negative = rounded < 0n;
  const abs = negative ? -rounded : rounded;
  const unit = 10n ** BigInt(decimals);
  const whole = abs / unit;
  const fraction = (abs % unit).toString().padStart(decimals, '0');
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}

/** Integer division rounding half away from zero (the "half-up" customs practice). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** Duty per unit at four decimals, derived from a line's duty and quantity (rounded half-up). */
export function perUnit(lineAmount: bigint, quantity: number): bigint {
  if (quantity <= 0) return 0n;
  return divideRoundHalfUp(lineAmount, BigInt(quantity));
}

/** Two decimals, or up to four when the amount has a part below a cent (nothing is hidden). */
export function formatAmount(amount: bigint): string {
  const full = formatMoney(amount, MONEY_SCALE);
  return full.endsWith('00') ? full.slice(0, -2) : full.replace(/0$/, '');
}

/**
 * THE rounding of every refund the desk states (claims, their package, the KPIs, designation): an
 * exact amount of `numerator / denominator` cents, rounded DOWN to whole cents. A refund is 99% of
 * what was paid (19 CFR 190.51(b)(1)) and is stated to two decimals (190.51(a)(2)(vii)); rounding
 * half up would claim more than 99% (99% of $0.0152 is $0.015048, which half up states as $0.02).
 */
export function refundCents(numerator: bigint, denominator = 1n): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('a claimed amount is never negative');
  return numerator / denominator;
}

/** A four-decimal refund rounded down to the cent (refundCents), still in 1/10,000 units. */
export function claimedToCent(amount: bigint): bigint {
  return refundCents(amount, 100n) * 100n;
}

/**
 * Formats a claimed amount rounded DOWN to `decimals` (for amounts of zero or more): what a claim
 * states must never be more than what the rules allow, not even by half a cent.
 */
export function formatClaimed(amount: bigint, decimals = 2): string {
  if (decimals === 2) return formatMoney(claimedToCent(amount), 2);
  const divisor = 10n ** BigInt(MONEY_SCALE - decimals);
  return formatMoney(refundCents(amount, divisor) * divisor, decimals);
}
