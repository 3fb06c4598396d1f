/**
 * Typed arrays that a worker thread will read or write live in shared memory; the others in plain
 * memory (sharing costs nothing in speed, but only shared memory crosses to a worker unchanged).
 */
export const int32s = (length: number, shared: boolean): Int32Array => new Int32Array(shared ? new SharedArrayBuffer(4 * length) : new ArrayBuffer(4 * length));

export const float64s = (length: number, shared: boolean): Float64Array =>
  new Float64Array(shared ? new SharedArrayBuffer(8 * length) : new ArrayBuffer(8 * length));

/**
 * The solver handles thousands of classes one after another; its working arrays are allocated for
 * the largest class seen so far and reused, so solving a class allocates nothing (a million lines
 * would otherwise make tens of thousands of short-lived arrays for the garbage collector).
 */
export function capacityFor(current: number, needed: number): number {
  return needed <= current ? current : Math.max(needed, 2 * current, 64);
}
