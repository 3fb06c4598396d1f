/**
 * Puts records in the order the inventory saw them: by date, and on the same date in input order
 * (a stable sort). Receipts and withdrawals are ordered separately; the runner takes a date's receipts
 * before its withdrawals.
 *
 * Input in date order (the usual case) is recognised in one O(n) pass. Otherwise the (date, position)
 * pairs are packed into one exact float key and sorted natively, O(n log n) without a comparator.
 */
interface Dated {
  day: number;
  index: number;
}

const compare = (a: Dated, b: Dated): number => a.day - b.day || a.index - b.index;

export function inDateOrder<T extends Dated>(records: readonly T[]): T[] {
  let ordered = true;
  let positionsFollowIndex = true;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i]!;
    if (record.day < minDay) minDay = record.day;
    if (record.day > maxDay) maxDay = record.day;
    if (i > 0) {
      const previous = records[i - 1]!;
      if (compare(previous, record) > 0) ordered = false;
      if (previous.index >= record.index) positionsFollowIndex = false;
    }
  }
  if (ordered) return records.slice();
  const slots = 2 ** Math.ceil(Math.log2(records.length + 1));
  if (!positionsFollowIndex || (maxDay - minDay + 1) * slots > Number.MAX_SAFE_INTEGER) return records.slice().sort(compare);
  const keys = new Float64Array(records.length);
  for (let i = 0; i < records.length; i += 1) keys[i] = (records[i]!.day - minDay) * slots + i;
  keys.sort();
  const out = new Array<T>(records.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    out[i] = records[key - Math.floor(key / slots) * slots]!;
  }
  return out;
}
