/** Designated quantities of one class: parallel lists of (import position, export position, quantity). */
export interface ClassFlow {
  imp: number[];
  exp: number[];
  qty: number[];
}

export function emptyFlow(): ClassFlow {
  return { imp: [], exp: [], qty: [] };
}

export function addToFlow(flow: ClassFlow, imp: number, exp: number, qty: number): void {
  flow.imp.push(imp);
  flow.exp.push(exp);
  flow.qty.push(qty);
}
