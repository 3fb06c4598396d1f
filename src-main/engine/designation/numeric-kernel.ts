/**
 * Exact integer arithmetic for the solver, in one of two representations chosen per class:
 * - `number`: scaled integers in a Float64Array. Exact because every value the solver forms stays
 *   below 2^53 (see scaled-weights.ts for the bound); floats never hold fractions here.
 * - `bigint`: when the class's common scale makes the integers too large for that bound.
 * Comparisons use the language operators, which are exact for both; only + and - go through here.
 */
export interface Slots<N> {
  [index: number]: N;
  readonly length: number;
}

export interface Kernel<N extends number | bigint> {
  readonly name: 'number' | 'bigint';
  readonly zero: N;
  slots(length: number): Slots<N>;
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  /**
   * A value above every potential and reduced cost of a class of `nodes` nodes whose weights are
   * at most `largest` (their magnitudes stay below (2 * nodes + 1) * largest, scaled-weights.ts):
   * an "empty" mark that compares like any other value.
   */
  above(largest: N, nodes: number): N;
}

export const numberKernel: Kernel<number> = {
  name: 'number',
  zero: 0,
  slots: (length) => new Float64Array(length),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  above: () => Infinity,
};

export const bigintKernel: Kernel<bigint> = {
  name: 'bigint',
  zero: 0n,
  slots: (length) => new Array<bigint>(length).fill(0n),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  above: (largest, nodes) => largest * BigInt(2 * nodes + 2) + 1n,
};
