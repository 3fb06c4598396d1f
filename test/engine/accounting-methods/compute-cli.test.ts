import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compute, WORKED_INVENTORY } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'compute-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(file: string, content: unknown, ...options: string[]) {
  writeFileSync(join(dir, file), JSON.stringify(content));
  const run = spawnSync(process.execPath, ['./bin/drawback-desk.mjs', 'compute', join(dir, file), ...options], {
    cwd: join(__dirname, '../../..'),
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('drawback-desk compute (black box)', () => {
  it('prints the method report as JSON on stdout', () => {
    const run = cli('inventory.json', { method: 'low-to-high-turnover', turnoverDays: 30, transactions: WORKED_INVENTORY });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // streamed a withdrawal at a time, yet byte for byte what JSON.stringify(report, null, 2) prints
    expect(run.stdout).toBe(`${JSON.stringify(compute('low-to-high-turnover', WORKED_INVENTORY, 30), null, 2)}\n`);
    const report = JSON.parse(run.stdout) as unknown;
    expect(report).toMatchObject({
      method: 'low-to-high-turnover',
      totalExportDrawback: '150.00',
      remaining: [
        { receipt: 'R1', quantity: 50 },
        { receipt: 'R3', quantity: 50 },
      ],
    });
  });

  it('prints an empty inventory as valid JSON too', () => {
    const run = cli('empty.json', { method: 'fifo', transactions: [] }, '--json');
    expect(run.stdout).toBe(`${JSON.stringify({ method: 'fifo', withdrawals: [], totalExportDrawback: '0.00', remaining: [] }, null, 2)}\n`);
  });

  it('exits non-zero naming the bad field of a malformed file', () => {
    const run = cli('bad.json', {
      method: 'fifo',
      transactions: [{ id: 'R1', type: 'receipt', date: '2001-01-02', quantity: '100', drawbackPerUnit: '1.00' }],
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('transactions.0.quantity');
  });

  it('exits non-zero naming a withdrawal larger than the stock', () => {
    const run = cli(
      'over.json',
      {
        method: 'average',
        transactions: [
          { id: 'R1', type: 'receipt', date: '2001-01-02', quantity: 5, drawbackPerUnit: '1.00' },
          { id: 'W7', type: 'withdrawal', date: '2001-01-03', quantity: 6, purpose: 'export' },
        ],
      },
      '--json',
    );
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stderr)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('withdrawal W7'), issues: [{ field: 'transactions.1.quantity' }] },
    });
  });
});
