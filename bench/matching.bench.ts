/**
 * Benchmark: a year of exports matched to imported lots.
 * Run: npm run bench:matching   (no assertions; prints wall time per phase and peak RSS)
 * Options: -- --lots N --exports N --skus S --seed K
 *
 * 1. The pure engine (src-main/engine/matching) over N lots and N export lines spread over one year,
 *    a third pegged to a lot at pick, a third naming their entry, the rest by SKU, with substitution on.
 * 2. The whole run the desk does: a real ledger file (receipts and export shipments recorded through
 *    the import services), the worker thread reading it, and the audited write of the allocations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '../src-main/composition-root';
import { matchExports } from '../src-main/engine/matching/match-exports';
import type { MatchExportLine, MatchLot } from '../src-main/engine/matching/matching-types';
import { importFile } from '../src-main/services/importing/import-file';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const lotCount = option('lots', 200_000);
const exportCount = option('exports', 200_000);
const skus = option('skus', 2_000);
let seed = option('seed', 7);
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = (n: number) => Math.floor(random() * n);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const YEAR_START = 19_358; // 2023-01-01

// 1. the engine alone
let started = performance.now();
const lots: MatchLot[] = Array.from({ length: lotCount }, (_, i) => {
  const item = pick(skus);
  const day = YEAR_START - 365 + pick(730);
  return {
    id: i + 1,
    itemId: item,
    lotCode: `L${i + 1}`,
    entryLineId: Math.floor(i / 4) + 1,
    entryNumber: `E${Math.floor(i / 4) + 1}`,
    importDay: day,
    receivedDay: day + 2,
    hts10: `61091000${String(item % 100).padStart(2, '0')}`,
    origin: item % 3 === 0 ? 'VN' : 'CN',
    dutyPerUnit4dp: 10_000 + pick(90_000),
    available: 50 + pick(500),
    blocked: null,
  };
});
const entryLineLeft = new Map<number, number>();
for (const lot of lots) entryLineLeft.set(lot.entryLineId, (entryLineLeft.get(lot.entryLineId) ?? 0) + lot.available);
const exports: MatchExportLine[] = Array.from({ length: exportCount }, (_, i) => {
  const lot = lots[pick(lotCount)]!;
  const kind = i % 3;
  return {
    id: i + 1,
    day: YEAR_START + pick(365),
    itemId: lot.itemId,
    sku: `SKU-${lot.itemId}`,
    hts10: lot.hts10,
    origin: lot.origin,
    quantity: 1 + pick(300),
    lotCode: kind === 0 ? lot.lotCode : null,
    entryNumber: kind === 1 ? lot.entryNumber : null,
    destination: i % 10 === 0 ? 'CA' : 'GB',
  };
});
console.log(
  `generated ${lotCount.toLocaleString()} lots and ${exportCount.toLocaleString()} export lines over one year (${skus} SKUs) in ${seconds(started)} s`,
);
started = performance.now();
const result = matchExports({
  policy: { method: 'fifo', turnoverDays: null, order: 'fifo', substitution: true },
  lots,
  entryLineLeft,
  exports,
  destinationRules: [],
});
const matched = result.outcomes.filter((o) => o.reason === null).length;
console.log(
  `engine: ${seconds(started)} s for ${exportCount.toLocaleString()} lines -> ${result.allocations.length.toLocaleString()} allocations, ${matched.toLocaleString()} lines matched in full; peak RSS ${peakMb()} MB`,
);

// 2. the desk's run on a real ledger file (smaller: the ledger is built through the import services)
const ledgerLots = option('ledger-lots', 20_000);
const ledgerExports = option('ledger-exports', 20_000);
const dir = mkdtempSync(join(tmpdir(), 'bench-matching-'));
try {
  const desk = createDesk(join(dir, 'ledger.db'), { log: () => undefined, autoMatch: false, create: true });
  const call = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const as = { actor: desk.system };
  call(desk.dispatch('locations:add', { code: 'DB-CAGE-1', description: 'cage', drawbackSegregated: true }, as));
  for (let s = 0; s < 50; s++)
    call(desk.dispatch('items:add', { sku: `SKU-${s}`, description: `item ${s}`, hts: '6109100012', countryOfOrigin: 'VN', uom: 'EA' }, as));
  const entries = Array.from({ length: ledgerLots / 4 }, (_, e) => ({
    entryNumber: `2023-${String(e + 1).padStart(6, '0')}`,
    entryType: '01',
    entryDate: '2023-01-03',
    importDate: '2023-01-02',
    portCode: '2704',
    importer: 'Bench Inc.',
    lines: [{ lineNumber: 1, hts: '6109100012', quantity: 4_000, uom: 'EA', enteredValue: '40000.00', duty: '4000.00' }],
  }));
  writeFileSync(join(dir, 'entries.json'), JSON.stringify(entries));
  const receipts = ['entryNumber,lineNumber,sku,lotCode,quantity,uom,locationCode,receivedAt'];
  for (let i = 0; i < ledgerLots; i++)
    receipts.push(`2023-${String(Math.floor(i / 4) + 1).padStart(6, '0')},1,SKU-${i % 50},LOT-${i},1000,EA,DB-CAGE-1,2023-01-05T10:00:00Z`);
  writeFileSync(join(dir, 'receipts.csv'), receipts.join('\n'));
  const shipments = Array.from({ length: ledgerExports / 100 }, (_, s) => ({
    reference: `EXP-${s + 1}`,
    exportDate: `2023-${String(1 + (s % 12)).padStart(2, '0')}-15`,
    destinationCountry: 'CA',
    exporter: 'Bench Inc.',
    documents: [{ kind: 'bill-of-lading', reference: `BOL-${s}` }],
    lines: Array.from({ length: 100 }, (_, l) => ({ lineNumber: l + 1, sku: `SKU-${(s + l) % 50}`, quantity: 1 + ((s * 7 + l) % 400) })),
  }));
  writeFileSync(join(dir, 'exports.json'), JSON.stringify(shipments));
  started = performance.now();
  for (const [kind, file] of [
    ['entries', 'entries.json'],
    ['receipts', 'receipts.csv'],
    ['exports', 'exports.json'],
  ] as const)
    importFile(desk.ctx, desk.system, { kind, path: join(dir, file) });
  console.log(`ledger: ${ledgerLots.toLocaleString()} lots and ${ledgerExports.toLocaleString()} export lines imported in ${seconds(started)} s`);
  started = performance.now();
  let progressEvents = 0;
  desk.onEvent((event) => event === 'matching:run-changed' && progressEvents++);
  const run = desk.matching.start(desk.system, { trigger: 'bench', policy: { substitution: false } });
  const ended = await desk.matching.wait(run.runId);
  console.log(
    `ledger run (worker read + engine + audited write): ${seconds(started)} s, ${ended.state}: ${ended.message}; ${progressEvents} progress events; peak RSS ${peakMb()} MB`,
  );
  desk.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
