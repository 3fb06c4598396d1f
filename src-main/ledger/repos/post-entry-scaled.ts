/**
 * The stored form of an amount or an HTS quantity the post-entry schemas have already checked: a
 * decimal string of at most 4 decimals, not negative, below 100 billion (amountSchema,
 * htsQuantitySchema). Its count of 1/10,000 is then below 2^53, so whole-number arithmetic on it is
 * exact; it is bound to SQLite as an integer. Written apart from money.ts' parseMoney (bigint)
 * because a year of post-entry traffic converts millions of them and the bigint round trip was the
 * largest single cost of the import.
 */
export function scaledInteger(text: string): number {
  const dot = text.indexOf('.');
  const whole = Number(dot < 0 ? text : text.slice(0, dot));
  const part = dot < 0 ? 0 : Number(text.slice(dot + 1).padEnd(4, '0'));
  const scaled = whole * 10_000 + part;
  if (!Number.isSafeInteger(scaled) || scaled < 0 || !/^\d+(\.\d{1,4})?$/.test(text))
    throw new RangeError(`"${text}" is not a checked amount or quantity of at most 4 decimals`);
  return scaled;
}
