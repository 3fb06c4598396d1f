import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImportDesk, fixture, importMasterData, issueSpots, type ImportDesk } from './import-desk';

let t: ImportDesk;
beforeEach(() => {
  t = createImportDesk();
  importMasterData(t);
});
afterEach(() => t.dispose());

const write = (name: string, text: string) => {
  const file = join(t.dir, name);
  writeFileSync(file, text);
  return file;
};
const HEADER = 'entryNumber,lineNumber,sku,lotCode,quantity,uom,locationCode,receivedAt,preserveForDrawback,reference';

describe('a bad file is rejected whole', () => {
  it('lists every error as FILE:LINE:FIELD, writes nothing, and leaves the audit trail intact', () => {
    const before = t.counts();
    const file = fixture('receipts-bad.csv');
    const error = t.refused('receipts', file);
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.message).toContain('was not imported: 10 errors in 7 of 8 rows; nothing from the file was written');
    expect(issueSpots(error, file)).toEqual([
      '3:sku',
      '4:lineNumber',
      '5:lotCode', // NW-A was tied to line 1 by the row before (which was fine, and is not written either)
      '6:preserveForDrawback',
      '6:quantity',
      '6:uom',
      '6:receivedAt',
      '7:quantity', // 250 on line 2 + 800 > 1000
      '8:reference', // BAD-1 again
      '9:lotCode', // a quoted lot code spanning lines 9-10 holds a line break (refused), named by the record's first line
    ]);
    expect(t.counts()).toEqual(before);
    expect(t.auditOk()).toBe(true);
    expect(t.events).toEqual([]);
  });

  it('JSON errors name the array element and the field', () => {
    const file = fixture('receipts-bad.json');
    const spots = issueSpots(t.refused('receipts', file), file);
    expect(spots).toEqual(['[1]:quantity', '[2]:override', '[2]:entryNumber', '[3]:row']);
  });

  it('lists the first 1,000 errors and counts the rest', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `2023-000123,1,TSHIRT-COT-M,LOT-${i},0,EA,DOCK,,,R-${i}`);
    const file = write('many.csv', [HEADER, ...rows].join('\n'));
    const error = t.refused('receipts', file);
    expect(error.message).toContain('1500 errors in 1500 of 1500 rows');
    expect(error.issues).toHaveLength(1001);
    expect(error.issues![999]!.field).toBe(`${file}:1001:quantity`);
    expect(error.issues![1000]).toEqual({ field: file, message: 'and 500 more errors not listed' });
  });

  it('says once, on line 1, which columns are missing or unknown', () => {
    const file = write(
      'header.csv',
      'entryNumber,line,sku,lotCode,quantity,uom,locationCode\n2023-000123,1,TSHIRT-COT-M,L,1,EA,DOCK\n2023-000123,1,TSHIRT-COT-M,L,1,EA,DOCK\n',
    );
    const error = t.refused('receipts', file);
    expect(issueSpots(error, file)).toEqual(['1:line', '1:lineNumber']);
    expect(error.issues![1]!.message).toBe('required column is missing from the header');
  });

  it('reports rows with the wrong number of fields and goes on reading', () => {
    const file = write('fields.csv', [HEADER, '2023-000123,1,TSHIRT-COT-M,L,1,EA', '2023-000123,1,TSHIRT-COT-M,L2,0,EA,DOCK,,,'].join('\n'));
    const error = t.refused('receipts', file);
    expect(issueSpots(error, file)).toEqual(['2:row', '3:quantity']);
    expect(error.issues![0]!.message).toContain('this row has 6 fields but the header has 10');
  });

  it('counts lines the same with a byte-order mark and Windows line ends', () => {
    const rows = ['2023-000123,1,TSHIRT-COT-M,W-1,1,EA,DOCK,,,W-1', '2023-000123,1,TSHIRT-COT-M,W-2,1,EA,NOWHERE,,,W-2'];
    const file = write('windows.csv', `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
    expect(issueSpots(t.refused('receipts', file), file)).toEqual(['3:locationCode']);
  });

  it('refuses a key listed twice in one file, naming the first line', () => {
    const file = write(
      'twice.csv',
      'sku,description,hts,countryOfOrigin,uom\nNEW-1,One,6109.10.0012,VN,EA\nNEW-2,Two,6109.10.0012,VN,EA\nNEW-1,One,6109.10.0012,VN,EA\n',
    );
    const error = t.refused('items', file);
    expect(issueSpots(error, file)).toEqual(['4:sku']);
    expect(error.issues![0]!.message).toBe('SKU NEW-1 is already on line 2 of this file; list it once');
  });

  it('refuses an empty file, a file that is not JSON, and a file with another extension', () => {
    const empty = write('empty.csv', `${HEADER}\n`);
    expect(issueSpots(t.refused('receipts', empty), empty)).toEqual(['1:row']);
    const broken = write('broken.json', '[\n  {"sku": "A"},\n  {"sku": \n]');
    const error = t.refused('items', broken);
    expect(issueSpots(error, broken)).toEqual(['4:json']);
    expect(t.refused('items', write('items.xlsx', 'x')).code).toBe('VALIDATION');
    expect(t.refused('items', join(t.dir, 'missing.csv')).code).toBe('NOT_FOUND');
    expect(t.count('import_batches')).toBe(3); // the master data only
  });
});
