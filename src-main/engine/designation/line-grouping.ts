import { int32s } from './typed-memory';

/**
 * Lines grouped by class and, within a class, in date order (equal dates keep request order):
 * `order` lists request positions, class c's lines being order[start[c]..start[c + 1]). Two
 * counting sorts (by day, then stably by class) make it linear, where a comparator sort of a
 * million lines is not. A date range too wide for a counting array (never in practice) falls back
 * to sorting for the first step. The result is in shared memory when asked (a worker reads it).
 */
export interface GroupedLines {
  order: Int32Array;
  start: Int32Array;
}

export function groupByClassAndDay(classOf: Int32Array, day: Int32Array, classes: number, shared: boolean): GroupedLines {
  const byDay = orderByDay(day);
  const start = int32s(classes + 1, shared);
  for (let k = 0; k < classOf.length; k++) if (classOf[k]! >= 0) start[classOf[k]! + 1]!++;
  for (let c = 0; c < classes; c++) start[c + 1]! += start[c]!;
  const order = int32s(start[classes]!, shared);
  const fill = start.slice(0, classes);
  for (const k of byDay) if (classOf[k]! >= 0) order[fill[classOf[k]!]!++] = k;
  return { order, start };
}

function orderByDay(days: Int32Array): Int32Array {
  const order = new Int32Array(days.length);
  if (days.length === 0) return order;
  let first = days[0]!;
  let last = days[0]!;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (last - first > 4 * days.length + 100_000) {
    order.set(Array.from({ length: days.length }, (_, k) => k).sort((a, b) => days[a]! - days[b]! || a - b));
    return order;
  }
  const start = new Int32Array(last - first + 2);
  for (const day of days) start[day - first + 1]!++;
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
  for (let k = 0; k < days.length; k++) order[start[days[k]! - first]!++] = k;
  return order;
}
