/**
 * The flow of one class: arcs (import, export, quantity) with positive quantity, kept as a pool of
 * typed arrays with a doubly linked list per import. A basic solution has at most
 * imports + exports arcs, so lists are short and the pool stays small.
 */
export class FlowArcs {
  imp = new Int32Array(64);
  exp = new Int32Array(64);
  qty = new Float64Array(64);
  private next = new Int32Array(64);
  private prev = new Int32Array(64);
  private used = 0;
  private free = -1;
  /** First arc of each import's list, -1 when the import carries no flow. */
  readonly head: Int32Array;

  constructor(imports: number) {
    this.head = new Int32Array(imports).fill(-1);
  }

  nextOf(arc: number): number {
    return this.next[arc]!;
  }

  find(imp: number, exp: number): number {
    for (let k = this.head[imp]!; k >= 0; k = this.next[k]!) if (this.exp[k] === exp) return k;
    return -1;
  }

  /** Adds `amount` (may be negative) to the arc, creating or deleting it as needed. */
  add(imp: number, exp: number, amount: number, known = -1): void {
    let k = known >= 0 ? known : this.find(imp, exp);
    if (k < 0) k = this.create(imp, exp);
    this.qty[k]! += amount;
    if (this.qty[k] === 0) this.remove(k);
  }

  /** Calls `visit` for every arc; the order is the pool's, not meaningful. */
  forEach(visit: (imp: number, exp: number, qty: number) => void): void {
    for (let i = 0; i < this.head.length; i++) for (let k = this.head[i]!; k >= 0; k = this.next[k]!) visit(i, this.exp[k]!, this.qty[k]!);
  }

  private create(imp: number, exp: number): number {
    let k = this.free;
    if (k >= 0) this.free = this.next[k]!;
    else {
      if (this.used === this.imp.length) this.grow();
      k = this.used++;
    }
    this.imp[k] = imp;
    this.exp[k] = exp;
    this.qty[k] = 0;
    this.prev[k] = -1;
    this.next[k] = this.head[imp]!;
    if (this.head[imp]! >= 0) this.prev[this.head[imp]!] = k;
    this.head[imp] = k;
    return k;
  }

  private remove(k: number): void {
    const imp = this.imp[k]!;
    if (this.prev[k]! >= 0) this.next[this.prev[k]!] = this.next[k]!;
    else this.head[imp] = this.next[k]!;
    if (this.next[k]! >= 0) this.prev[this.next[k]!] = this.prev[k]!;
    this.next[k] = this.free;
    this.free = k;
  }

  private grow(): void {
    const size = this.imp.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T) => (to.set(from), to);
    this.imp = copy(this.imp, new Int32Array(size));
    this.exp = copy(this.exp, new Int32Array(size));
    this.qty = copy(this.qty, new Float64Array(size));
    this.next = copy(this.next, new Int32Array(size));
    this.prev = copy(this.prev, new Int32Array(size));
  }
}
