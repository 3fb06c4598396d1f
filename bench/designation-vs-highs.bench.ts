/**
 * Benchmark: the same 20,000-line designation solved by the engine (exact max-refund) and by HiGHS
 * as the transportation LP; prints both times, their ratio, and checks the two agree to the cent.
 * Run: npm run bench:designate-vs-highs   Options: -- --lines N --classes C --spread S --seed K
 *
 * The instance comes from the same realistic generator as bench/designation.bench.ts: N/2 imports
 * and N/2 exports in C classes (default 200). HiGHS gets every eligible pair as a column, found by the
 * independent reference rules of the tests; building that LP is timed separately from solving it.
 */
import { designate } from '../src-main/engine/designation/designate';
import { parseDesignationRequest } from '../src-main/engine/designation/designation-schema';
import { lpOptimum } from '../test/engine/designation/lp-reference';
import { realisticRequest } from '../test/engine/designation/realistic-instances';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const lines = option('lines', 20_000);
const classes = option('classes', 200);
const spread = option('spread', 0.6);
const seed = option('seed', 7);

const request = parseDesignationRequest(realisticRequest({ imports: lines / 2, exports: lines / 2, classes, sizeSpread: spread, seed }));
console.log(`${lines.toLocaleString()} lines (${lines / 2} imports + ${lines / 2} exports) in ${classes} classes (sigma ${spread}, seed ${seed})`);

let started = performance.now();
const result = designate(request);
const engineSeconds = (performance.now() - started) / 1000;
console.log(`engine: ${engineSeconds.toFixed(3)} s, total refund ${result.totalRefund}`);

started = performance.now();
const lp = await lpOptimum(request);
const highsTotal = (performance.now() - started) / 1000;
console.log(
  `highs:  ${lp.seconds.toFixed(3)} s to solve (${highsTotal.toFixed(3)} s with building the LP; ${lp.pairs.toLocaleString()} eligible pairs as columns), optimum ${lp.objective.toFixed(4)}`,
);
console.log(`ratio highs/engine: ${(lp.seconds / engineSeconds).toFixed(1)}x (solve only), ${(highsTotal / engineSeconds).toFixed(1)}x (with LP building)`);
const agree = Math.abs(Number(result.totalRefund) - lp.objective) < 0.0051;
console.log(`same optimum to the cent: ${agree ? 'yes' : 'NO'} (engine ${result.totalRefund}, LP ${lp.objective.toFixed(4)})`);
if (!agree) process.exitCode = 1;
