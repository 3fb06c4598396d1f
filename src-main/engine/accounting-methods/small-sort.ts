/**
 * Sorts items [0, count) of a scratch Int32Array in place without allocating: insertion sort for the
 * short runs the identification methods usually produce, the native sort on a view for longer ones.
 * `before(a, b)` is a strict "a comes first" order; omit it for ascending numbers.
 */
export function sortPrefix(items: Int32Array, count: number, before?: (a: number, b: number) => boolean): void {
  if (count > 24) {
    const view = items.subarray(0, count);
    if (before) view.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    else view.sort();
    return;
  }
  for (let i = 1; i < count; i += 1) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && (before ? before(item, items[j]!) : item < items[j]!)) {
      items[j + 1] = items[j]!;
      j -= 1;
    }
    items[j + 1] = item;
  }
}
