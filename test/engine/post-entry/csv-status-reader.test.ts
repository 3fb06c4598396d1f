import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvStatus } from '../../../src-main/engine/post-entry/status/csv-status-reader';
import { dispositionLookup } from '../../../src-main/engine/post-entry/status/status-message';
import { loadDispositionCodes } from '../../../src-main/services/reference/post-entry-reference';

const codes = dispositionLookup(loadDispositionCodes());
const list = readFileSync(join(__dirname, '../../fixtures/post-entry/status-list.csv'), 'utf8');

describe('CSV status list reader', () => {
  const result = readCsvStatus(list, codes);

  it('reads each row into the same status message an X4 gives, whatever the header’s case and spacing', () => {
    expect(result.messages).toHaveLength(5);
    expect(result.problems).toEqual([{ severity: 'warning', where: 'line 7', line: 7, message: 'the row has only empty cells; it is skipped' }]);
    expect(result.messages[0]).toEqual({
      source: { kind: 'csv', line: 2 },
      entryNumber: 'B76-0324527-8',
      dispositionCode: '1C',
      disposition: { meaning: 'Entered and released: general (still subject to any other open hold)', category: 'release', source: 'V' },
      unknownCode: false,
      postedDate: '2025-03-14',
      postedTime: '13:55',
      postedAt: '2025-03-14T13:55',
      quantity: 120,
      billOfLading: 'MAEU123456789',
      port: '2704',
      problems: [],
    });
  });

  it('takes dates as MM/DD/YYYY, YYYY-MM-DD or CCYYMMDD and times as HH:MM or HHMM', () => {
    expect(result.messages.slice(0, 3).map((m) => m.postedAt)).toEqual(['2025-03-14T13:55', '2025-03-14T14:10', '2025-03-17']);
    expect(result.messages[2]!.disposition?.category).toBe('release'); // 1I: hold removed at discharge
  });

  it('keeps and flags an unknown code; reads a quantity written with a thousands comma', () => {
    expect(result.messages[3]).toMatchObject({ dispositionCode: '2Y', unknownCode: true, quantity: 1200 });
    expect(result.messages[3]!.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        where: 'line 5, column disposition code',
        message: expect.stringMatching(/2Y is not in the disposition code list; the message is kept/),
      }),
    ]);
  });

  it('names each bad cell by line and column, in words, and keeps the row', () => {
    const bad = result.messages[4]!;
    expect(bad).toMatchObject({ entryAsSent: 'B76-0324527-9', dispositionCode: '1C', postedDate: '2025-03-16' });
    expect(bad.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      expect.stringMatching(/^line 6, column entry number: "B76-0324527-9" has check digit 9/),
      'line 6, column posted time: "25:00" is not a time; write HH:MM',
      'line 6, column quantity: "many" is not a quantity',
    ]);
    const missing = readCsvStatus('entry number,disposition code,posted date\n,,2025-03-14\n', codes).messages[0]!;
    expect(missing.problems.map((p) => `${p.severity} ${p.where}`)).toEqual(['error line 2, column entry number', 'error line 2, column disposition code']);
  });

  it('refuses a list without an entry number or disposition code column, naming the columns it has', () => {
    const result = readCsvStatus('Entry,Status,Date\nB76-0324527-8,1C,2025-03-14\n', codes);
    expect(result.messages).toEqual([]);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        where: 'line 1 (the header)',
        line: 1,
        message: expect.stringMatching(/no disposition code column \(it has: Entry, Status, Date\)/),
      },
    ]);
  });

  it('says where the quoting breaks, and that an empty file has no header', () => {
    expect(readCsvStatus('entry,code\n"B76-0324527-8,1C\n', codes).problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/cannot be read there.*check the quotes/),
    });
    expect(readCsvStatus('', codes).problems[0]!.message).toMatch(/the file is empty/);
  });
});
