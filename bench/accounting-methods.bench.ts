/**
 * Benchmark: every 19 CFR 191.14 accounting method over 1,000,000 receipts + 1,000,000 withdrawals.
 * Run: npm run bench:methods   (no assertions; prints wall time per method)
 *
 * The inventory is generated deterministically (mulberry32, seed 191_14): receipts and withdrawals
 * alternate, two of each a day from 2000-01-01 (a synthetic 1,369-year horizon: the point is volume,
 * and the 30-day turnover and 5-year blanket windows slide along it); receipts of 1-1,000 units at one
 * of 64 drawback rates, a quarter of them zero (domestic or duty-free goods); 60% of withdrawals for
 * export, 40% domestic, each taking 20-100% of the stock on hand (at most 5,000 units), so no recorded
 * withdrawal ever exceeds the stock.
 *
 * Why only four records a day: the average method lists a draw on every receipt a withdrawal touches,
 * and all of a date's receipts are booked before its withdrawals, so its output grows with
 * (receipts alive) x (withdrawals) per day. With ~275 receipts and ~275 withdrawals a day (1M+1M over
 * ten years) that is ~2.7e8 draws — an output no method of computing can produce in seconds. The other
 * methods draw on 1-2 receipts per withdrawal whatever the daily volume.
 *
 * Timed per method: the engine (date ordering + identification + exact total), then building the JSON
 * report objects the CLI prints (amount formatting). Parsing/validating the input file is timed once.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { formatMoney } from '../src-shared/money';
import { parseMethodInput } from '../src-main/engine/accounting-methods/input-schema';
import { buildMethodReport } from '../src-main/engine/accounting-methods/method-report';
import { runAccountingMethod } from '../src-main/engine/accounting-methods/run-accounting-method';
import { METHOD_NAMES, type MethodInput, type ReceiptRecord, type WithdrawalRecord } from '../src-main/engine/accounting-methods/types';

const RECEIPTS = 1_000_000;
const WITHDRAWALS = 1_000_000;
const RECORDS_PER_DAY = 4;
const FIRST_DAY = Date.UTC(2000, 0, 1) / 86_400_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generate(seed: number): Pick<MethodInput, 'receipts' | 'withdrawals'> {
  const random = mulberry32(seed);
  const rates = Array.from({ length: 64 }, (_, i) => (i < 16 ? 0n : BigInt(1 + Math.floor(random() * 50_000))));
  const receipts: ReceiptRecord[] = [];
  const withdrawals: WithdrawalRecord[] = [];
  let onHand = 0;
  for (let index = 0; index < RECEIPTS + WITHDRAWALS; index += 1) {
    const day = FIRST_DAY + Math.floor(index / RECORDS_PER_DAY);
    if (index % 2 === 0) {
      const quantity = 1 + Math.floor(random() * 1_000);
      receipts.push({ id: `R${receipts.length + 1}`, day, quantity, drawbackPerUnit: rates[Math.floor(random() * rates.length)]!, index });
      onHand += quantity;
    } else {
      const share = 0.2 + 0.8 * random();
      const quantity = Math.max(1, Math.min(5_000, Math.floor(onHand * share)));
      withdrawals.push({ id: `W${withdrawals.length + 1}`, day, quantity, purpose: random() < 0.6 ? 'export' : 'domestic', index });
      onHand -= quantity;
    }
  }
  return { receipts, withdrawals };
}

// A full collection before each timed step, so one method's garbage is not billed to the next.
setFlagsFromString('--expose_gc');
const collect = runInNewContext('gc') as () => void;

function time<T>(work: () => T): [T, number] {
  collect();
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

const [data, generateMs] = time(() => generate(191_14));
console.log(`generated ${RECEIPTS.toLocaleString('en-US')} receipts + ${WITHDRAWALS.toLocaleString('en-US')} withdrawals in ${generateMs.toFixed(0)} ms`);

let file: unknown = {
  method: 'fifo',
  transactions: [
    ...data.receipts.map((r) => ({
      id: r.id,
      type: 'receipt',
      date: new Date(r.day * 86_400_000).toISOString().slice(0, 10),
      quantity: r.quantity,
      drawbackPerUnit: formatMoney(r.drawbackPerUnit, 4),
      index: r.index,
    })),
    ...data.withdrawals.map((w) => ({
      id: w.id,
      type: 'withdrawal',
      date: new Date(w.day * 86_400_000).toISOString().slice(0, 10),
      quantity: w.quantity,
      purpose: w.purpose,
      index: w.index,
    })),
  ]
    .sort((a, b) => a.index - b.index)
    .map(({ index: _index, ...t }) => t),
};
const [, parseMs] = time(() => parseMethodInput(file, 'bench input'));
file = undefined;
console.log(`input validation (zod) + conversion of the file: ${parseMs.toFixed(0)} ms (once, not per method)\n`);

console.log('method                 engine ms   report ms   recorded   draws        total export drawback');
for (const method of METHOD_NAMES) {
  const input: MethodInput = { method, turnoverDays: method === 'low-to-high-turnover' ? 30 : undefined, ...data };
  const [result, engineMs] = time(() => runAccountingMethod(input));
  const [, reportMs] = time(() => buildMethodReport(result));
  console.log(
    `${method.padEnd(22)} ${engineMs.toFixed(0).padStart(9)} ${reportMs.toFixed(0).padStart(11)} ${String(result.recorded.length).padStart(10)} ${String(result.drawReceipt.length).padStart(9)}   ${formatMoney(result.totalExportDrawback).padStart(22)}`,
  );
}
