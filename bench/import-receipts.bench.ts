import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDesk } from '../src-main/composition-root';
import { importFile } from '../src-main/services/importing/import-file';
import { ledgerFloor } from './ledger-floor';
import { parseOnly, rawInsert } from './raw-baseline';
import { writeReceiptFiles } from './receipt-files';

/**
 * `npm run bench:import [-- --rows N] [--keep]`: receipt import speed against a raw prepared INSERT
 * of the same rows. Target: the import runs at >= 0.5x the raw rows/s. Prints numbers only.
 */
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false } } });
const rows = Number(values.rows);
const TARGET = 0.5;
const dir = mkdtempSync(join(tmpdir(), 'drawback-bench-'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US')} rows/s`;
const time = <T>(work: () => T | Promise<T>) =>
  Promise.resolve().then(async () => {
    const start = performance.now();
    const value = await work();
    return { value, ms: performance.now() - start };
  });

const generated = await time(() => writeReceiptFiles(dir, rows));
const files = generated.value;
console.log(
  `generated ${rows.toLocaleString('en-US')} receipt rows (${(statSync(files.receipts).size / 1e6).toFixed(1)} MB) in ${seconds(generated.ms)} under ${dir}`,
);

const ledgerWithMasterData = (name: string) => {
  const desk = createDesk(join(dir, name), { log: () => undefined, create: true });
  for (const kind of ['locations', 'items', 'entries'] as const) importFile(desk.ctx, desk.system, { kind, path: files[kind] });
  return desk;
};
const desk = ledgerWithMasterData('ledger.db');

let sealingAt = 0;
let writingAt = 0;
const imported = await time(() =>
  importFile(desk.ctx, desk.system, {
    kind: 'receipts',
    path: files.receipts,
    onProgress: (p) => {
      if (p.phase === 'writing') writingAt = performance.now();
      if (p.phase === 'sealing') sealingAt = performance.now();
    },
  }),
);
const importEnd = performance.now();
desk.close();
if (imported.value.written !== rows) throw new Error(`expected ${rows} receipts written, got ${JSON.stringify(imported.value)}`);

const parsed = await time(() => parseOnly(files.receipts));
const raw = await time(() => rawInsert(files.receipts, join(dir, 'raw.db')));
const floorDesk = ledgerWithMasterData('floor.db');
const floor = await time(() => ledgerFloor(floorDesk, files.receipts));
floorDesk.close();

const ratio = raw.ms / imported.ms;
console.log(
  `import service : ${seconds(imported.ms)}  ${rate(rows, imported.ms)}  (of which the ledger was locked, writing the staged rows and sealing: ${seconds(importEnd - writingAt)}; sealing alone: audit digest + commit ${seconds(importEnd - sealingAt)})`,
);
console.log(`raw baseline   : ${seconds(raw.ms)}  ${rate(raw.value, raw.ms)}  (of which csv-parse alone ~${seconds(parsed.ms)})`);
console.log(`ratio          : ${ratio.toFixed(2)}x of raw speed (target >= ${TARGET}: ${ratio >= TARGET ? 'met' : 'NOT met'})`);
console.log(
  `ledger floor   : ${seconds(floor.ms)}  ${rate(floor.value, floor.ms)}  = ${(raw.ms / floor.ms).toFixed(2)}x of raw: the same rows inserted straight into lots/movements + the audit digest, nothing else (see ledger-floor.ts)`,
);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
