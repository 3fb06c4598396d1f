/**
 * Exact whole-unit share of a proportional split: for a part `q` of a `total`, a withdrawal of `w`
 * units gives it q*w/total units, i.e. `floor` whole units and `remainder`/total of a unit.
 * Products below 2^53 are exact as numbers (floor corrected for the division's rounding); larger ones
 * are computed in bigint. Results are written into `out` ([floor, remainder]) to spare an allocation.
 */
export function splitShare(q: number, w: number, total: number, out: Float64Array): void {
  if (q <= Number.MAX_SAFE_INTEGER / w) {
    const product = q * w;
    let floor = Math.floor(product / total);
    let remainder = product - floor * total;
    if (remainder < 0) {
      floor -= 1;
      remainder += total;
    } else if (remainder >= total) {
      floor += 1;
      remainder -= total;
    }
    out[0] = floor;
    out[1] = remainder;
    return;
  }
  const product = BigInt(q) * BigInt(w);
  const bigTotal = BigInt(total);
  out[0] = Number(product / bigTotal);
  out[1] = Number(product % bigTotal);
}
