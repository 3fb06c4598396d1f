import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { rawConnection } from '../helpers/test-desk';

/**
 * The CLI handed hostile or merely unusual files (issue 10, items 4 and 10): what imports accept
 * (a byte order mark) every command accepts; what they refuse (not UTF-8, amounts past a field's
 * bound) every command refuses, naming the file, line and field.
 */
let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-hostile-cli-'));
  db = join(dir, 'ledger.db');
  expect((await runCli(['init', '--db', db])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOM = '\uFEFF';
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const COMPUTE = {
  method: 'fifo',
  transactions: [
    { id: 'R1', type: 'receipt', date: '2021-01-02', quantity: 10, drawbackPerUnit: '1.00' },
    { id: 'W1', type: 'withdrawal', date: '2021-02-02', quantity: 4, purpose: 'export' },
  ],
};
const MPF = { mpfPaid: '485.00', lines: [{ line: 1, quantity: 100, value: '1000.00' }] };
const designation = (dutyPerUnit: string) => ({
  provision: 'unused-substitution',
  claimDate: '2024-12-31',
  imports: [{ id: 'I1', entry: 'E-1', line: 1, importDate: '2021-01-01', hts: '6109100012', hts8Other: false, hts10Other: false, quantity: 10, dutyPerUnit }],
  exports: [{ id: 'X1', exportDate: '2021-06-01', hts: '6109100012', quantity: 10, dutyPerUnitIfImported: '2.0000' }],
});

describe('a byte order mark, as spreadsheet programs write it', () => {
  it.each([
    ['compute', COMPUTE],
    ['mpf', MPF],
    ['designate', designation('1.0000')],
  ] as const)('is accepted by %s, as imports accept it', async (command, content) => {
    const run = await runCli([command, file(`${command}-bom.json`, `${BOM}${JSON.stringify(content, null, 2)}`)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('a file that is not UTF-8', () => {
  it('is refused by compute naming the file and line, not read with U+FFFD in place of é', async () => {
    const text = JSON.stringify(COMPUTE, null, 2).replace('"R1"', '"CAF\u00e9"');
    const path = file('latin1.json', Buffer.from(text, 'latin1'));
    const run = await runCli(['compute', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`drawback-desk: ${path} is not UTF-8 text (line 5); nothing from it was used. Save it as UTF-8 and try again.`);
    expect(run.stderr).toContain(`  ${path}:5:text: this line is not UTF-8 text: byte 0xE9`);
  });

  it('is refused by an import naming FILE:LINE, and nothing is written', async () => {
    const rows = ['code,description,drawbackSegregated', 'DOCK,Receiving dock,no', 'A-01,Entrep\u00f4t,no'].join('\n');
    const path = file('locations-latin1.csv', Buffer.from(rows, 'latin1'));
    const run = await runCli(['import', 'locations', path, '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`  ${path}:3:text: this line is not UTF-8 text: byte 0xF4 at character 12 (in Latin-1 or Windows-1252 that byte is "ô")`);
    const ledger = rawConnection(db, true);
    try {
      expect(ledger.prepare('SELECT count(*) AS n FROM locations').get()).toEqual({ n: 0 });
    } finally {
      ledger.close();
    }
  });
});

describe('amounts past their bound', () => {
  it('a duty of 999999999999999.9999 in an entries file is refused naming FILE:LINE:FIELD', async () => {
    const path = file(
      'entries-huge.csv',
      'entryNumber,entryType,entryDate,importDate,portCode,importer,lineNumber,hts,quantity,uom,enteredValue,duty\n2024-000777,01,2024-01-10,2024-01-09,2704,Northwind,1,6109.10.0012,100,EA,3000.00,999999999999999.9999\n',
    );
    const run = await runCli(['import', 'entries', path, '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`  ${path}:2:duty: duty 999999999999999.9999 is more than 500,000,000.00, the most for one entry line; check the amount`);
  });

  it('a designation duty past a line’s bound is refused naming the field', async () => {
    const run = await runCli(['designate', file('designate-huge.json', JSON.stringify(designation('900000000000000.0001')))]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('imports.0.dutyPerUnit: dutyPerUnit 900000000000000.0001 is more than 500,000,000.00, the most for one unit');
  });
});

describe('whole-number options', () => {
  it.each(['0x50', '1e3', '+80'])('serve --port %s is refused: a number is written in plain digits', async (port) => {
    const run = await runCli(['serve', '--db', join(dir, 'never-created.db'), '--port', port]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`drawback-desk: --port is a whole number from 0 to 65535, written in digits, not "${port}"`);
  });
});
