import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntry } from '../../src-main/ledger/repos/entries-repo';
import { createImportDesk, fixture, issueSpots, type ImportDesk } from './import-desk';

let t: ImportDesk;
beforeEach(() => {
  t = createImportDesk();
});
afterEach(() => t.dispose());

const entry = (n: string) => getEntry(t.desk.ledger.sqlite, n)!;

describe('importing entries', () => {
  it('groups CSV rows by entry number (in any order) into entries with their lines', () => {
    expect(t.run('entries', fixture('entries.csv'))).toMatchObject({ rowsRead: 4, written: 4, unchanged: 0 });
    expect(t.count('import_entries')).toBe(2);
    expect(t.count('entry_lines')).toBe(4);
    const a = entry('2023-000123');
    expect(a).toMatchObject({
      entryType: '01',
      importDate: '2023-05-01',
      billOfLading: 'MAEU123456789',
      containers: ['MSKU1234565'],
      purchaseOrders: ['PO-88121', 'PO-88122'],
      reconciliationFlag: false,
    });
    expect(a.lines.map((l) => [l.lineNumber, l.hts, l.quantity, l.duty, l.mpf, l.dutyPerUnit])).toEqual([
      [1, '6109100012', 1000, '5000.00', '104.22', '5.0000'],
      [2, '6203424011', 600, '2419.20', '49.83', '4.0320'],
    ]);
    expect(entry('2023-000187').lines[1]).toMatchObject({ uom: 'DZ', quantity: 120, mpf: '0.00', otherFees: '0.00' });
    expect(t.auditOk()).toBe(true);
  });

  it('reads the same entries from JSON, and then sees the CSV as unchanged', () => {
    expect(t.run('entries', fixture('entries.json'))).toMatchObject({ rowsRead: 2, written: 2 });
    expect(entry('2023-000187')).toMatchObject({ billOfLading: null, containers: [], purchaseOrders: ['PO-88310'] });
    expect(t.run('entries', fixture('entries.csv'))).toMatchObject({ rowsRead: 4, written: 0, unchanged: 4 });
    expect(t.count('entry_lines')).toBe(4);
  });

  it('lists every error of a bad CSV by line and field: header disagreements, line fields, header fields', () => {
    const file = fixture('entries-bad.csv');
    const error = t.refused('entries', file);
    const spots = issueSpots(error, file);
    expect(spots).toEqual(expect.arrayContaining(['3:importer', '3:hts', '4:entryType', '4:entryDate', '4:containers.0', '4:duty']));
    expect(error.issues!.find((i) => i.field.endsWith(':3:importer'))!.message).toContain(
      '"Northwind Apparel Inc." on line 2 but "Southwind Apparel Inc." here',
    );
    expect(t.count('import_entries')).toBe(0);
    expect(t.count('import_batches')).toBe(0);
  });

  it('refuses amounts with decimals written as JSON numbers (floats), and reports paths within the entry', () => {
    const file = fixture('entries-bad.json');
    const error = t.refused('entries', file);
    expect(issueSpots(error, file)).toEqual(expect.arrayContaining(['[0]:lines.0.duty', '[1]:portCode', '[1]:importer', '[1]:lines']));
    expect(error.issues!.find((i) => i.field.endsWith('[0]:lines.0.duty'))!.message).toContain('as strings');
    expect(error.issues!.find((i) => i.field.endsWith('[1]:importer'))!.message).toBe('importer is required');
    expect(t.count('import_entries')).toBe(0);
  });

  it('refuses an entry that is in the ledger with different content, naming the difference', () => {
    t.run('entries', fixture('entries.json'));
    const entries = JSON.parse(readFileSync(fixture('entries.json'), 'utf8')) as { lines: { duty: string }[] }[];
    entries[0]!.lines[1]!.duty = '2419.25';
    const file = join(t.dir, 'entries-corrected.json');
    writeFileSync(file, JSON.stringify(entries));
    const before = t.counts();
    const error = t.refused('entries', file);
    expect(issueSpots(error, file)).toEqual(['[0]:entryNumber']);
    expect(error.issues![0]!.message).toContain('line 2: duty is "2419.20" in the ledger but "2419.25" in the file');
    expect(t.counts()).toEqual(before);
    expect(entry('2023-000123').lines[1]!.duty).toBe('2419.20');
  });

  describe('duties, taxes and fees by type (CBP Form 7501: regular duty, AD/CVD, excise tax, MPF, HMF, other fees)', () => {
    const HEADER =
      'entryNumber,entryType,entryDate,importDate,portCode,importer,lineNumber,hts,quantity,uom,enteredValue,duty,antidumpingDuty,countervailingDuty,exciseTax,mpf,hmf,otherFees';
    const write = (name: string, text: string) => {
      const file = join(t.dir, name);
      writeFileSync(file, text);
      return file;
    };

    it('reads antidumping, countervailing and excise amounts from CSV, each kept apart from the regular duty', () => {
      const file = write(
        'typed.csv',
        `${HEADER}\n2024-000301,03,2024-01-10,2024-01-09,2704,Northwind Apparel Inc.,1,7318.15.2095,1000,EA,4200.00,260.40,1250.00,310.55,12.5,31.67,5.25,1.10\n`,
      );
      expect(t.run('entries', file)).toMatchObject({ rowsRead: 1, written: 1 });
      expect(entry('2024-000301').lines[0]).toMatchObject({
        duty: '260.40',
        antidumpingDuty: '1250.00',
        countervailingDuty: '310.55',
        exciseTax: '12.50',
        mpf: '31.67',
        hmf: '5.25',
        otherFees: '1.10',
      });
      expect(t.auditOk()).toBe(true);
    });

    it('reads them from JSON too, and an entry without them has none', () => {
      const entries = [
        {
          entryNumber: '2024-000302',
          entryType: '03',
          entryDate: '2024-01-10',
          importDate: '2024-01-09',
          portCode: '2704',
          importer: 'Northwind Apparel Inc.',
          lines: [
            {
              lineNumber: 1,
              hts: '7318.15.2095',
              quantity: 10,
              uom: 'EA',
              enteredValue: '42.00',
              duty: '2.60',
              antidumpingDuty: '12.50',
              countervailingDuty: '3.10',
              exciseTax: '0.44',
            },
          ],
        },
      ];
      expect(t.run('entries', write('typed.json', JSON.stringify(entries)))).toMatchObject({ written: 1 });
      expect(entry('2024-000302').lines[0]).toMatchObject({
        antidumpingDuty: '12.50',
        countervailingDuty: '3.10',
        exciseTax: '0.44',
        mpf: '0.00',
        hmf: '0.00',
      });
      t.run('entries', fixture('entries.csv'));
      expect(entry('2023-000123').lines[0]).toMatchObject({ duty: '5000.00', antidumpingDuty: '0.00', countervailingDuty: '0.00', exciseTax: '0.00' });
    });

    it('refuses a negative duty, tax or fee, naming the line and field', () => {
      const file = write(
        'negative.csv',
        `${HEADER}\n2024-000303,03,2024-01-10,2024-01-09,2704,Northwind Apparel Inc.,1,7318.15.2095,1000,EA,4200.00,260.40,-5.00,0,0,0,0,0\n`,
      );
      const error = t.refused('entries', file);
      expect(issueSpots(error, file)).toEqual(['2:antidumpingDuty']);
      expect(error.issues![0]!.message).toContain('cannot be negative');
      expect(t.count('import_entries')).toBe(0);
    });

    it('a changed antidumping amount on re-import is refused, naming it', () => {
      t.run(
        'entries',
        write(
          'first.csv',
          `${HEADER}\n2024-000304,03,2024-01-10,2024-01-09,2704,Northwind Apparel Inc.,1,7318.15.2095,1000,EA,4200.00,260.40,1250.00,0,0,0,0,0\n`,
        ),
      );
      const file = write(
        'second.csv',
        `${HEADER}\n2024-000304,03,2024-01-10,2024-01-09,2704,Northwind Apparel Inc.,1,7318.15.2095,1000,EA,4200.00,260.40,1300.00,0,0,0,0,0\n`,
      );
      expect(t.refused('entries', file).issues![0]!.message).toContain('line 1: antidumpingDuty is "1250.00" in the ledger but "1300.00" in the file');
    });
  });
});
