import loadHighs from 'highs';
import type { DesignationRequest } from '../../../src-main/engine/designation/designation-types';
import { eligiblePairs } from './reference-rules';

/**
 * The same designation as a linear program solved by HiGHS: the transportation LP
 *   maximize sum w_ie x_ie  s.t.  sum_e x_ie <= q_i,  sum_i x_ie <= r_e,  x >= 0
 * over the eligible pairs found by the independent reference rules. With integral quantities the
 * constraint matrix is totally unimodular, so the LP optimum is the best integral designation.
 * Floats live only here; results are compared after rounding to cents.
 */
type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;

export async function lpOptimum(request: DesignationRequest): Promise<{ objective: number; pairs: number; seconds: number }> {
  const solver = await (highs ??= loadHighs());
  const pairs = eligiblePairs(request);
  const nI = request.imports.length;
  const numRows = nI + request.exports.length;
  const numCols = pairs.length;
  if (numCols === 0) return { objective: 0, pairs: 0, seconds: 0 };
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * numCols);
  pairs.forEach((pair, k) => {
    starts[k] = 2 * k;
    indices[2 * k] = pair.imp;
    indices[2 * k + 1] = nI + pair.exp;
  });
  starts[numCols] = 2 * numCols;
  const model = {
    numCols,
    numRows,
    sense: solver.constants.objectiveSense.maximize,
    colCost: Float64Array.from(pairs, (pair) => pair.weight),
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(Infinity),
    rowLower: new Float64Array(numRows).fill(-Infinity),
    rowUpper: Float64Array.from([...request.imports.map((l) => l.quantity), ...request.exports.map((l) => l.quantity)]),
    matrix: { format: 'csc' as const, numRows, numCols, starts, indices, values: new Float64Array(2 * numCols).fill(1) },
  };
  const started = performance.now();
  const objective = solver.withModel(model, (m) => {
    m.options.set({ output_flag: false });
    m.run();
    const status = m.getModelStatus();
    if (status !== solver.constants.modelStatus.optimal) throw new Error(`HiGHS did not reach an optimum (status ${status})`);
    return m.getObjectiveValue();
  });
  return { objective, pairs: numCols, seconds: (performance.now() - started) / 1000 };
}
