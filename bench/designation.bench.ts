/**
 * Benchmark: max-refund designation over 1,000,000 import lines x 1,000,000 export lines.
 * Run: npm run bench:designate   (no assertions; prints wall time per phase and peak RSS)
 * Options: -- --imports N --exports N --classes C --spread S --seed K --one-thread
 *
 * The instance is seeded and shaped like a busy desk (test/engine/designation/realistic-instances.ts):
 * C classes (default 4,000) whose sizes are log-normal with sigma S (default 0.6), dates over eight
 * years, quantities 1..1000, duties with four decimals around each class's rate, "other" subheadings,
 * Schedule B exports, zero duties, elected lines. The target is under 10 s and under 2 GB.
 *
 * The engine solves each class exactly by the network simplex (network-simplex.ts), on this thread
 * and a worker thread (max-refund-classes.ts); the report prints the largest classes, though with
 * thousands of classes the total matters more than any one. Wall time is the target; CPU time (both
 * threads) and the machine's load average are printed too, since other work on the machine
 * stretches wall time.
 */
import { loadavg } from 'node:os';
import { buildClasses } from '../src-main/engine/designation/build-classes';
import { designate } from '../src-main/engine/designation/designate';
import { parseDesignationRequest } from '../src-main/engine/designation/designation-schema';
import { realisticRequest } from '../test/engine/designation/realistic-instances';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const imports = option('imports', 1_000_000);
const exports = option('exports', 1_000_000);
const classes = option('classes', 4_000);
const spread = option('spread', 0.6);
const seed = option('seed', 2024);

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

let started = performance.now();
const raw = realisticRequest({ imports, exports, classes, sizeSpread: spread, seed });
console.log(
  `generated ${imports.toLocaleString()} imports x ${exports.toLocaleString()} exports in ${classes} classes (sigma ${spread}, seed ${seed}) in ${seconds(started)} s`,
);

started = performance.now();
const request = parseDesignationRequest(raw);
console.log(`validated (zod) in ${seconds(started)} s`);

const sizes = buildClasses(request)
  .classes.map((cls) => [cls.imports.length, cls.exports.length] as const)
  .sort((a, b) => b[0] + b[1] - (a[0] + a[1]));
console.log(
  `largest classes (eligible imports x exports): ${sizes
    .slice(0, 5)
    .map(([i, e]) => `${i}x${e}`)
    .join(', ')}`,
);

const load = () => loadavg()[0]!.toFixed(2);
console.log(`load average (1 min) before: ${load()} on this machine's cores`);
started = performance.now();
const cpuBefore = process.cpuUsage();
const result = designate(request, args.includes('--one-thread') ? { parallel: false } : {});
const took = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
console.log(
  `designate (max-refund, exact): ${took.toFixed(2)} s — ${result.allocations.length.toLocaleString()} allocations, total refund ${result.totalRefund}`,
);
console.log(`CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (all threads); load average after: ${load()}`);
console.log(`peak RSS ${peakMb()} MB`);
console.log(`target: under 10 s and 2048 MB -> ${took < 10 ? 'met' : 'NOT met'} on time, ${peakMb() < 2048 ? 'met' : 'NOT met'} on memory`);
