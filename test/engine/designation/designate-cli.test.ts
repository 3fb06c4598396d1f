import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exp, imp } from './request-builder';

const dir = mkdtempSync(join(tmpdir(), 'designate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real CLI, as a desk would: `./bin/drawback-desk.mjs designate FILE.json`. */
function designateCli(body: unknown): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, `request-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  const run = spawnSync(process.execPath, ['bin/drawback-desk.mjs', 'designate', file], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('drawback-desk designate FILE.json', () => {
  it('prints the optimal designation as JSON', () => {
    const imports = [imp('I1', '2021-03-01', 100, '0', { dutyPerUnit: undefined, lineDuty: '250.00' }), imp('I2', '2022-05-10', 30, '3.1000')];
    const exports = [exp('X1', '2022-06-01', 80, '2.8000'), exp('X2', '2020-01-01', 5, '2.0000')];
    const run = designateCli({ provision: 'unused-substitution', claimDate: '2024-06-30', objective: 'max-refund', imports, exports });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { allocations: unknown[]; totalRefund: string; unusedExports: { export: string }[] };
    expect(result.totalRefund).toBe('206.91'); // 0.99 * (30 * 2.80 + 50 * 2.50)
    expect(result.allocations).toHaveLength(2);
    expect(result.unusedExports.map((u) => u.export)).toEqual(['X2']);
  }, 60_000);

  it('fails with a non-zero exit and names the bad field', () => {
    const run = designateCli({ provision: 'unused-substitution', claimDate: '2024-06-30', imports: [imp('I1', '2021-03-01', 0, '1.0000')], exports: [] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('imports.0.quantity');
  }, 60_000);

  it('says when the file is not JSON', () => {
    const run = designateCli('{ not json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not valid JSON/);
  }, 60_000);
});
