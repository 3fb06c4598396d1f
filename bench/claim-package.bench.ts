/**
 * Benchmark: writing the package of a 10,000-line claim in every format.
 * Run: npm run bench:claim-package   (no assertions; prints time and size per format, and peak RSS)
 * Options: -- --lines N
 *
 * The claim is built through the real services: one lot of N bolts received, one shipment of N
 * one-unit lines, a matching run (worker thread), the claim drafted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClaimPackage } from '../src-main/services/claims/claim-package';
import { CLAIM_PACKAGE_FORMATS, writeClaimPackage } from '../src-main/services/claims/package/write-claim-package';
import { createDesk } from '../src-main/composition-root';
import { BINS, ENTRIES, receipt, seedLedger, SKUS } from '../test/helpers/seed';

const args = process.argv.slice(2);
const at = args.indexOf('--lines');
const lines = at >= 0 ? Number(args[at + 1]) : 10_000;
const dir = mkdtempSync(join(tmpdir(), 'bench-claim-package-'));
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
try {
  const desk = createDesk(join(dir, 'ledger.db'), { log: () => undefined, autoMatch: false, create: true });
  const actors = seedLedger(desk);
  const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  let started = performance.now();
  ok(
    desk.dispatch(
      'receiving:create-receipt',
      receipt({
        entryNumber: ENTRIES.b,
        lineNumber: 1,
        sku: SKUS.bolt,
        lotCode: 'BOLT-LOT-1',
        quantity: lines,
        locationCode: BINS.cage,
        receivedAt: '2023-08-16T09:00:00Z',
      }),
      { actor: actors.clerk },
    ),
  );
  ok(
    desk.dispatch(
      'exports:record-shipment',
      {
        reference: 'EXP-BOLTS',
        exportDate: '2023-11-06',
        destinationCountry: 'CA',
        exporter: 'Northwind Apparel Inc.',
        lines: Array.from({ length: lines }, (_, i) => ({ lineNumber: i + 1, sku: SKUS.bolt, quantity: 1 })),
        documents: [{ kind: 'bill-of-lading', reference: 'OOLU5550001' }],
      },
      { actor: actors.specialist },
    ),
  );
  const run = ok(desk.dispatch('matching:start', {}, { actor: actors.specialist }));
  await desk.matching.wait(run.runId);
  const claim = ok(
    desk.dispatch(
      'claims:draft',
      {
        provision: 'unused-direct-identification',
        claimant: 'Northwind Apparel Inc.',
        periodStart: '2023-11-01',
        periodEnd: '2023-11-30',
        claimDate: '2024-03-04',
      },
      { actor: actors.specialist },
    ),
  );
  console.log(`claim ${claim.number} with ${claim.lines.toLocaleString()} lines built in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  started = performance.now();
  const pkg = buildClaimPackage(desk.ctx, claim.number);
  console.log(`package assembled in ${Math.round(performance.now() - started)} ms`);
  for (const format of CLAIM_PACKAGE_FORMATS) {
    started = performance.now();
    const bytes = await writeClaimPackage(pkg, format);
    console.log(
      `${format.padEnd(10)} ${String(Math.round(performance.now() - started)).padStart(7)} ms  ${bytes.length.toLocaleString().padStart(12)} bytes  peak RSS ${peakMb()} MB`,
    );
  }
  desk.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
