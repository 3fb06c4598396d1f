import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImportDesk, importMasterData, issueSpots, type ImportDesk } from './import-desk';

/**
 * Files written by someone trying to get past the checks (issue 10, items 4, 5, 10): each is
 * refused whole, naming FILE:LINE:FIELD in words, and nothing from it is written. The desk's day
 * is 2024-03-04 (import-desk's clock).
 */
let t: ImportDesk;
beforeEach(() => {
  t = createImportDesk();
  importMasterData(t);
});
afterEach(() => t.dispose());

const write = (name: string, content: string | Buffer) => {
  const file = join(t.dir, name);
  writeFileSync(file, content);
  return file;
};

const ENTRY_HEADER =
  'entryNumber,entryType,entryDate,importDate,portCode,importer,broker,billOfLading,containers,purchaseOrders,reconciliationFlag,lineNumber,hts,quantity,uom,enteredValue,duty,mpf,hmf,otherFees';
const entryRow = (over: { entryNumber?: string; entryDate?: string; lineNumber?: string; enteredValue?: string; duty?: string; mpf?: string } = {}) =>
  [
    over.entryNumber ?? '2024-000777',
    '01',
    over.entryDate ?? '2024-01-10',
    '2024-01-09',
    '2704',
    'Northwind Apparel Inc.',
    '',
    '',
    '',
    '',
    'no',
    over.lineNumber ?? '1',
    '6109.10.0012',
    '100',
    'EA',
    over.enteredValue ?? '3000.00',
    over.duty ?? '495.00',
    over.mpf ?? '',
    '',
    '',
  ].join(',');
const RECEIPT_HEADER = 'entryNumber,lineNumber,sku,lotCode,quantity,uom,locationCode,receivedAt,preserveForDrawback,reference';

/** The one issue of a refused file: where, and what it says. */
function onlyIssue(kind: Parameters<ImportDesk['refused']>[0], file: string) {
  const before = t.counts();
  const error = t.refused(kind, file);
  expect(error.code).toBe('IMPORT_REJECTED');
  expect(t.counts()).toEqual(before);
  expect(error.issues, JSON.stringify(error.issues)).toHaveLength(1);
  const [issue] = error.issues!;
  return { spot: issueSpots(error, file)[0], message: issue!.message };
}

describe('amounts: exact, bounded, signed (items 4 and 5)', () => {
  it('refuses a duty of 999999999999999.9999 naming the field, instead of storing 1.0e+19 as REAL', () => {
    const file = write('huge-duty.csv', `${ENTRY_HEADER}\n${entryRow({ duty: '999999999999999.9999' })}\n`);
    const { spot, message } = onlyIssue('entries', file);
    expect(spot).toBe('2:duty');
    expect(message).toBe(
      'duty 999999999999999.9999 is more than 500,000,000.00, the most for one entry line; check the amount (it is refused rather than stored inexactly)',
    );
    expect(t.desk.ledger.sqlite.prepare("SELECT count(*) AS n FROM entry_lines WHERE typeof(duty_4dp) != 'integer'").get()).toEqual({ n: 0 });
  });

  it('refuses a negative duty (a claim line would refund -$4.95)', () => {
    const file = write('negative-duty.csv', `${ENTRY_HEADER}\n${entryRow({ duty: '-5.00' })}\n`);
    expect(onlyIssue('entries', file)).toEqual({ spot: '2:duty', message: 'duty cannot be negative' });
  });

  it('takes every amount up to its bound, exactly, and refuses a ten-thousandth more', () => {
    const atBound = write(
      'at-bound.csv',
      `${ENTRY_HEADER}\n${entryRow({ enteredValue: '100000000000.0000', duty: '500000000.0000', mpf: '200000000.0000' })}\n`,
    );
    expect(t.run('entries', atBound).written).toBe(1);
    const stored = t.desk.ledger.sqlite
      .prepare(
        "SELECT typeof(duty_4dp) AS type, entered_value_4dp, duty_4dp, mpf_4dp FROM entry_lines el JOIN import_entries e ON e.id = el.entry_id WHERE e.entry_number = '2024-000777'",
      )
      .safeIntegers(true)
      .get();
    expect(stored).toEqual({ type: 'integer', entered_value_4dp: 1_000_000_000_000_000n, duty_4dp: 5_000_000_000_000n, mpf_4dp: 2_000_000_000_000n });
    const over = write('over-bound.csv', `${ENTRY_HEADER}\n${entryRow({ entryNumber: '2024-000778', duty: '500000000.0001' })}\n`);
    expect(onlyIssue('entries', over).message).toMatch(/^duty 500000000.0001 is more than 500,000,000.00, the most for one entry line/);
    const value = write('over-value.csv', `${ENTRY_HEADER}\n${entryRow({ entryNumber: '2024-000779', enteredValue: '100000000000.0001' })}\n`);
    expect(onlyIssue('entries', value)).toMatchObject({
      spot: '2:enteredValue',
      message: expect.stringMatching(/^entered value .* is more than 100,000,000,000.00/),
    });
  });

  it('refuses amounts in JSON that are floats or too large to be exact', () => {
    const entry = (duty: unknown) =>
      JSON.stringify([
        {
          entryNumber: '2024-000780',
          entryType: '01',
          entryDate: '2024-01-10',
          importDate: '2024-01-09',
          portCode: '2704',
          importer: 'Northwind',
          lines: [{ lineNumber: 1, hts: '6109100012', quantity: 1, uom: 'EA', enteredValue: '1', duty }],
        },
      ]);
    expect(onlyIssue('entries', write('big.json', entry(1e19)))).toMatchObject({
      spot: '[0]:lines.0.duty',
      message: expect.stringMatching(/^duty is more than 500,000,000.00/),
    });
    expect(onlyIssue('entries', write('neg.json', entry(-495)))).toMatchObject({ spot: '[0]:lines.0.duty', message: 'duty cannot be negative' });
  });
});

describe('text a file may carry (item 10)', () => {
  it('refuses a file that is not UTF-8, naming the line, rather than turning é into U+FFFD', () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${RECEIPT_HEADER}\n2023-000123,1,TSHIRT-COT-M,NW-A,1,EA,DOCK,,,R-1\n2023-000123,1,TSHIRT-COT-M,CAF`),
      Buffer.from([0xe9]),
      Buffer.from(',1,EA,DOCK,,,R-2\n'),
    ]);
    const file = write('latin1.csv', latin1);
    const { spot, message } = onlyIssue('receipts', file);
    expect(spot).toBe('3:text');
    expect(message).toBe(
      'this line is not UTF-8 text: byte 0xE9 at character 31 (in Latin-1 or Windows-1252 that byte is "é"); save the file as UTF-8 and try again',
    );
    expect(t.desk.ledger.sqlite.prepare("SELECT count(*) AS n FROM lots WHERE lot_code LIKE '%' || char(65533) || '%'").get()).toEqual({ n: 0 });
  });

  it('takes a UTF-8 file with a byte order mark, and accented letters, as they are', () => {
    const file = write('bom.csv', `\uFEFF${RECEIPT_HEADER}\n2023-000123,1,TSHIRT-COT-M,CAFÉ-1,1,EA,DOCK,,,R-1\n`);
    expect(t.run('receipts', file).written).toBe(1);
    expect(t.desk.ledger.sqlite.prepare('SELECT lot_code FROM lots').all()).toContainEqual({ lot_code: 'CAFÉ-1' });
  });

  it.each([
    ['0x1', 'line number is a whole number written in digits, e.g. 1'],
    ['1e0', 'line number is a whole number written in digits, e.g. 1'],
    ['+1', 'line number is a whole number written in digits, e.g. 1'],
    ['1.0', 'line number is a whole number written in digits, e.g. 1'],
    ['0', 'line number starts at 1'],
  ])('refuses line number %j: only plain decimal digits name a line', (lineNumber, message) => {
    const file = write('line.csv', `${RECEIPT_HEADER}\n2023-000123,${lineNumber},TSHIRT-COT-M,NW-A,1,EA,DOCK,,,R-1\n`);
    expect(onlyIssue('receipts', file)).toEqual({ spot: '2:lineNumber', message });
  });

  it.each([
    ['a NUL', 'NW\u0000A', 'lot holds a control character (NUL, U+0000) that labels, scanners and files cannot carry; remove it'],
    [
      'a right-to-left override',
      'NW-\u202EA-1',
      'lot holds an invisible direction mark (right-to-left override, U+202E) that shows the text differently from what is stored; remove it',
    ],
    ['a line break', 'NW\nrm -rf ~', 'lot holds a control character (line feed, U+000A) that labels, scanners and files cannot carry; remove it'],
    [
      'a zero-width space',
      'NW\u200B-A',
      'lot holds an invisible character (zero-width space, U+200B), so it would not match the same code typed again; remove it',
    ],
  ])('refuses a lot code with %s, in words', (_what, lotCode, message) => {
    const file = write(
      'lot.json',
      JSON.stringify([{ entryNumber: '2023-000123', lineNumber: 1, sku: 'TSHIRT-COT-M', lotCode, quantity: 1, uom: 'EA', locationCode: 'DOCK' }]),
    );
    expect(onlyIssue('receipts', file)).toEqual({ spot: '[0]:lotCode', message });
  });

  it('refuses a bidi control in a name or a reference too', () => {
    const file = write('names.csv', `${ENTRY_HEADER}\n${entryRow().replace('Northwind Apparel Inc.', 'Northwind \u202Ecnl')}\n`);
    expect(onlyIssue('entries', file)).toEqual({
      spot: '2:importer',
      message: 'importer holds an invisible direction mark (right-to-left override, U+202E) that shows the text differently from what is stored; remove it',
    });
  });

  it('names a "__proto__" field as what it is, never "[object Object]"', () => {
    const file = write(
      'proto.json',
      `[{"entryNumber":"2023-000123","lineNumber":1,"sku":"TSHIRT-COT-M","lotCode":"NW-A","quantity":1,"uom":"EA","locationCode":"DOCK","__proto__":{"quantity":5},"constructor":1}]`,
    );
    const error = t.refused('receipts', file);
    expect(issueSpots(error, file)).toEqual(['[0]:__proto__', '[0]:constructor']);
    for (const issue of error.issues!) expect(issue.message).toMatch(/^unknown field (__proto__|constructor); the fields are entryNumber, lineNumber/);
    expect(JSON.stringify(error)).not.toContain('[object Object]');
  });
});

describe('dates the desk cannot have seen yet (item 10)', () => {
  it('refuses a receipt time in 2099, and takes one a day ahead (time zones)', () => {
    const file = write('future.csv', `${RECEIPT_HEADER}\n2023-000123,1,TSHIRT-COT-M,NW-A,1,EA,DOCK,2099-05-04T14:00:00Z,,R-1\n`);
    expect(onlyIssue('receipts', file)).toEqual({
      spot: '2:receivedAt',
      message: 'received time 2099-05-04 is after 2024-03-05 (today is 2024-03-04): a receipt is recorded once the goods are in; check the year',
    });
    const tomorrow = write('tomorrow.csv', `${RECEIPT_HEADER}\n2023-000123,1,TSHIRT-COT-M,NW-A,1,EA,DOCK,2024-03-05T06:00:00+09:00,,R-1\n`);
    expect(t.run('receipts', tomorrow).written).toBe(1);
  });

  it('refuses an entry dated 2099, and one before 1900', () => {
    expect(onlyIssue('entries', write('e2099.csv', `${ENTRY_HEADER}\n${entryRow({ entryDate: '2099-01-10' })}\n`))).toEqual({
      spot: '2:entryDate',
      message: 'entry date 2099-01-10 is after 2024-03-19 (today is 2024-03-04): an entry is recorded once it has been filed; check the year',
    });
    expect(onlyIssue('entries', write('e0023.csv', `${ENTRY_HEADER}\n${entryRow({ entryDate: '0023-01-10' })}\n`))).toEqual({
      spot: '2:entryDate',
      message: 'entry date 0023-01-10 is before 1900-01-01; check the year',
    });
  });

  it('refuses an export dated 2099', () => {
    const file = write(
      'x2099.csv',
      'reference,exportDate,destinationCountry,exporter,lineNumber,sku,quantity\nEXP-2099,2099-11-06,CA,Northwind Apparel Inc.,1,TSHIRT-COT-M,5\n',
    );
    expect(onlyIssue('exports', file)).toMatchObject({
      spot: '2:exportDate',
      message: expect.stringMatching(/^export date 2099-11-06 is after 2024-03-05 \(today is 2024-03-04\): an export is recorded once it has left/),
    });
  });
});
