import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src-shared/errors';
import { parseCalendarInput } from '../../../src-main/engine/post-entry/calendar-input';

const good = { entry: 'b7603245278', entryDate: '2025-03-14', releaseDate: '2025-03-14', statement: 'daily' };

function problems(raw: unknown): string[] {
  try {
    parseCalendarInput(raw, 'entries.json');
  } catch (error) {
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).message).toMatch(/^entries\.json is not valid: /);
    return (error as AppError).issues!.map((i) => `${i.field}: ${i.message}`);
  }
  throw new Error('expected the input to be refused');
}

describe('calendar input', () => {
  it('accepts an entry and prints its number as on the 7501', () => {
    expect(parseCalendarInput({ entries: [good] })).toEqual([{ ...good, entry: 'B76-0324527-8' }]);
  });

  it('names the entry by position and number, and the field, in words', () => {
    const found = problems({
      entries: [
        good,
        { ...good, entry: '316-1234567-3', entryDate: '2025-02-30' },
        { ...good, entry: 'B76-0324527-9', statement: 'weekly', releasedate: '2025-03-14' },
        { entry: '316-1234567-3', entryDate: '2025-03-14', statement: 'monthly' },
      ],
    });
    expect(found).toEqual([
      'entries.1.entryDate: entry 2 (316-1234567-3), field entryDate: entryDate (the date of entry, 7501 block 7) is not a calendar date written YYYY-MM-DD, e.g. "2025-03-14"',
      'entries.2.entry: entry 3 (B76-0324527-9), field entry: "B76-0324527-9" has check digit 9, but filer code B76 with number 0324527 gives 8; check the number against the entry summary (7501 block 1)',
      'entries.2.statement: entry 3 (B76-0324527-9), field statement: statement is "daily" (daily statement) or "monthly" (periodic monthly statement)',
      'entries.2.releasedate: entry 3 (B76-0324527-9), field releasedate: unknown field "releasedate"; the fields are entry, entryDate, releaseDate, scheduledLiquidation, liquidationDate, extendedLiquidation, reconciliationFlagDate, statement',
      'entries.3.releaseDate: entry 4 (316-1234567-3), field releaseDate: releaseDate (the date CBP released the goods) is a date written YYYY-MM-DD, e.g. "2025-03-14"',
    ]);
  });

  it('checks the entry number’s check digit', () => {
    expect(problems({ entries: [{ ...good, entry: 'B76-0324527-9' }] })).toEqual([
      expect.stringMatching(/^entries\.0\.entry: entry 1 \(B76-0324527-9\), field entry: "B76-0324527-9" has check digit 9, but .* gives 8/),
    ]);
  });

  it('refuses dates that cannot follow the entry date, and extensions outside 1 to 4 years', () => {
    const found = problems({
      entries: [
        { ...good, scheduledLiquidation: '2025-03-14', liquidationDate: '2025-01-01' },
        { ...good, entry: '316-1234567-3', extendedLiquidation: '2026-03-14' },
        { ...good, entry: 'EAB-0004521-2', extendedLiquidation: '2029-03-15' },
      ],
    });
    expect(found[0]).toMatch(/entry 1 .*scheduledLiquidation 2025-03-14 is not after the entry date 2025-03-14/);
    expect(found[1]).toMatch(/entry 1 .*liquidationDate 2025-01-01 is not after the entry date/);
    expect(found[2]).toMatch(/entry 2 .*extendedLiquidation 2026-03-14 is not after the one-year date 2026-03-14/);
    expect(found[3]).toMatch(/entry 3 .*extendedLiquidation 2029-03-15 is after 2029-03-14: extensions total at most 3 years/);
  });

  it('refuses the same entry twice, however it is written', () => {
    expect(problems({ entries: [good, { ...good, entry: 'B76-0324527-8' }] })).toEqual([
      'entries.1.entry: entry 2 (B76-0324527-8), field entry: the same entry is already entry 1; list each entry once',
    ]);
  });

  it('says what the file should look like when it is not a list of entries', () => {
    expect(problems([good])[0]).toMatch(/^\(file\): /);
    expect(problems({ entries: [] })).toEqual(['entries: entries is empty; list at least one entry']);
    expect(problems({ entries: ['B76-0324527-8'] })).toEqual([
      'entries.0: entry 1: each entry is an object such as { "entry": "B76-0324527-8", "entryDate": "2025-03-14", ... }',
    ]);
  });
});
