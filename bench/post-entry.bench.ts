import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PostEntryImportKind } from '../src-shared/domain/post-entry';
import { createDesk } from '../src-main/composition-root';
import { deadlineReport } from '../src-main/services/post-entry/deadline-service';
import { importPostEntryFiles } from '../src-main/services/post-entry/import/post-entry-batch-import';
import { varianceReport } from '../src-main/services/post-entry/variance-service';
import type { TrafficFiles } from './post-entry-files';

/**
 * `npm run bench:post-entry [-- --scale 0.05] [--keep]`: a year of a large importer's post-entry
 * traffic (100,000 entries with pre-entries and filings, 1,000,000 status messages, 12 monthly
 * statements, liquidations) imported through the real importers into a real ledger file, then every
 * variance and every deadline computed. Target: under 60 s for the imports and the computing.
 * Prints seconds per phase, peak RSS and the load average (the machine may be shared).
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } } });
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error('--scale is a number above 0, e.g. 0.05');
const entries = Math.round(100_000 * scale);
const messages = Math.round(1_000_000 * scale);
const TARGET_S = 60;
const dir = mkdtempSync(join(tmpdir(), 'drawback-post-entry-bench-'));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const now = () => performance.now();

const loadBefore = loadavg();
const t = now();
// In a child process: the generator's leftovers must not sit on the measured desk's heap.
const generator = fileURLToPath(new URL('./post-entry-files.ts', import.meta.url));
const files = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', generator, dir, String(entries), String(messages)], { encoding: 'utf8', maxBuffer: 64 << 20 }),
) as TrafficFiles;
const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
console.log(
  `generated ${entries.toLocaleString('en-US')} entries, ${files.messages.toLocaleString('en-US')} status messages, ${files.statements.length} monthly statements in ${((now() - t) / 1000).toFixed(1)} s under ${dir}`,
);
console.log(
  `  pre-entries ${mb(size(files.preEntries))}, entry summaries ${mb(size(files.summaries))}, status ${mb(size(files.status))} (${files.status.length} files), statements ${mb(size(files.statements))}`,
);

const desk = createDesk(join(dir, 'ledger.db'), { log: () => undefined, create: true });
/** Wall-clock seconds, and the CPU seconds this process used (all its threads): on a shared machine the first grows with the others' load. */
const phases: { phase: string; seconds: number; cpu: number; detail: string }[] = [];
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const measure = (phase: string, work: () => string) => {
  const start = now();
  const cpu = cpuNow();
  const detail = work();
  phases.push({ phase, seconds: (now() - start) / 1000, cpu: cpuNow() - cpu, detail });
};
/** Each kind's files through the real importer, the next file checked in its worker while one is written. */
const importAll = async (kind: PostEntryImportKind, list: string[]) => {
  const start = now();
  const cpu = cpuNow();
  const summaries = await importPostEntryFiles(desk.ctx, desk.system, kind, list);
  const rows = summaries.reduce((sum, s) => sum + s.rowsRead, 0);
  const written = summaries.reduce((sum, s) => sum + s.written + s.versions, 0);
  const unknown = summaries.reduce((sum, s) => sum + s.unknownCodes, 0);
  phases.push({
    phase: `import ${kind}`,
    seconds: (now() - start) / 1000,
    cpu: cpuNow() - cpu,
    detail: `${list.length} files, ${rows.toLocaleString('en-US')} rows, ${written.toLocaleString('en-US')} written${unknown ? `, ${unknown} unknown codes kept` : ''}`,
  });
};

await importAll('pre-entries', files.preEntries);
await importAll('entry-summaries', files.summaries);
await importAll('status', files.status);
await importAll('statements', files.statements);
await importAll('liquidations', files.liquidations);

measure('variances', () => {
  const r = varianceReport(desk.ctx.db);
  return `${r.entriesCompared.toLocaleString('en-US')} entries compared, ${r.variances.length.toLocaleString('en-US')} variances (${r.bySeverity.alert} alerts)`;
});
measure('deadlines', () => {
  const r = deadlineReport(desk.ctx, { today: '2026-01-15' });
  return `${r.entries.toLocaleString('en-US')} entries, ${r.deadlines.length.toLocaleString('en-US')} deadlines, ${r.notes.length} notes`;
});
measure('deadline alerts (30 days)', () => `${deadlineReport(desk.ctx, { today: '2026-01-15', within: 30 }).deadlines.length.toLocaleString('en-US')} alerts`);
// What a compliance lead waits for when the queue opens (through the dispatcher, as the screens ask),
// the first time after the imports and again with nothing written since: not part of the target.
const queueOpen = () => {
  const start = now();
  const asked = [
    desk.dispatch('post-entry:variances', {}, { actor: desk.system }),
    desk.dispatch('post-entry:deadlines', { within: 30, today: '2026-01-15' }, { actor: desk.system }),
  ];
  if (asked.some((r) => !r.ok)) throw new Error(`the queue's reports were refused: ${JSON.stringify(asked)}`);
  return ((now() - start) / 1000).toFixed(2);
};
const queueFirst = queueOpen();
const queueAgain = queueOpen();
desk.close();

const total = phases.reduce((sum, p) => sum + p.seconds, 0);
const cpu = phases.reduce((sum, p) => sum + p.cpu, 0);
console.log(`${'phase'.padEnd(27)} ${'wall'.padStart(8)} ${'cpu'.padStart(8)}`);
for (const p of phases) console.log(`${p.phase.padEnd(27)} ${p.seconds.toFixed(1).padStart(6)} s ${p.cpu.toFixed(1).padStart(6)} s  ${p.detail}`);
console.log(
  `${'total'.padEnd(27)} ${total.toFixed(1).padStart(6)} s ${cpu.toFixed(1).padStart(6)} s  (target under ${TARGET_S} s wall at scale 1: ${scale === 1 ? (total < TARGET_S ? 'met' : 'NOT met') : `scale ${scale}, not judged`})`,
);
console.log(
  `ledger ${mb(statSync(join(dir, 'ledger.db')).size)}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} after (2 cores)`,
);
console.log(`queue opened (variances + deadlines due within 30 days): ${queueFirst} s the first time, ${queueAgain} s again with nothing written since`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
