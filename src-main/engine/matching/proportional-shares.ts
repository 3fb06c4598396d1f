import { splitShare } from '../accounting-methods/proportional-share';

/**
 * The average method's split (19 CFR 191.14(c)): a withdrawal of `want` units takes from every lot in
 * proportion to what it holds, in whole units by largest remainder (ties to the earlier lot in
 * `holdings`, which the caller orders oldest first), so the parts add up to the withdrawal. When the
 * lots hold no more than `want` together, each gives all it holds. The same exact arithmetic as the
 * accounting-method engine (average.ts), here over a handful of lots at a time.
 */
export function proportionalShares(want: number, holdings: readonly number[]): number[] {
  const total = holdings.reduce((s, q) => s + q, 0);
  if (want >= total) return [...holdings];
  const share = new Float64Array(2);
  const remainders: number[] = [];
  const shares = holdings.map((q, i) => {
    splitShare(q, want, total, share);
    remainders[i] = share[1]!;
    return share[0]!;
  });
  let missing = want - shares.reduce((s, q) => s + q, 0);
  const byRemainder = holdings.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (const i of byRemainder) {
    if (missing === 0) break;
    shares[i]! += 1;
    missing -= 1;
  }
  return shares;
}
