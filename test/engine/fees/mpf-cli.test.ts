import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGULATION_EXAMPLE } from './regulation-example';

const dir = mkdtempSync(join(tmpdir(), 'mpf-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], file?: { name: string; content: unknown }) {
  if (file) writeFileSync(join(dir, file.name), typeof file.content === 'string' ? file.content : JSON.stringify(file.content));
  const run = spawnSync(process.execPath, ['./bin/drawback-desk.mjs', ...args], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('drawback-desk mpf (black box)', () => {
  it('prints the apportionment and the refund as JSON', () => {
    const run = cli(['mpf', join(dir, 'entry.json'), '--export-quantity', '1000', '--line', '1'], { name: 'entry.json', content: REGULATION_EXAMPLE });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { lines: unknown[]; refund: unknown };
    expect(out.lines[0]).toEqual({ line: 1, ratio: '0.1471', apportioned: '71.3435', eligible: '70.6301', perUnit: '0.0141' });
    expect(out.refund).toEqual({ line: 1, exportQuantity: 1000, perUnit: '0.0141', amount: '14.10' });
  });

  it('exits non-zero naming the bad field of a malformed file', () => {
    const run = cli(['mpf', join(dir, 'bad.json')], { name: 'bad.json', content: { mpfPaid: '485.00', lines: [{ line: 1, quantity: 10, value: 50000 }] } });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('lines.0.value');
  });

  it('exits non-zero when --export-quantity comes without --line, or the file is not JSON', () => {
    expect(cli(['mpf', join(dir, 'entry.json'), '--export-quantity', '5'])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('--export-quantity and --line go together'),
    });
    const notJson = cli(['mpf', join(dir, 'broken.json'), '--json'], { name: 'broken.json', content: '{ "mpfPaid": ' });
    expect(notJson.status).toBe(1);
    expect(JSON.parse(notJson.stderr)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('broken.json is not valid JSON') },
    });
  });
});
