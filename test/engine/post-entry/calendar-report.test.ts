import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeCalendar } from '../../../src-main/engine/post-entry/calendar-report';
import { loadHolidays, loadPmsDates } from '../../../src-main/services/reference/post-entry-reference';
import { calendar, pmsDates } from './shipped-reference';

const dir = mkdtempSync(join(tmpdir(), 'post-entry-reference-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('calendar computation and its reference files', () => {
  it('names the entry whose working days fall past the holiday list, and says how to extend it', () => {
    const entries = [
      { entry: '316-1234567-3', entryDate: '2035-01-02', releaseDate: '2035-01-02', statement: 'daily' as const },
      { entry: 'B76-0324527-8', entryDate: '2035-12-20', releaseDate: '2035-12-20', statement: 'daily' as const },
    ];
    expect(() => computeCalendar(entries, { calendar, pmsDates })).toThrow(
      /^entry 2 \(B76-0324527-8\): working days can be counted only from 2015-01-01 to 2035-12-31.*us-federal-holidays\.json/,
    );
  });

  it('refuses a holiday file with a holiday on a weekend, naming the file and the day', () => {
    const file = join(dir, 'weekend.json');
    writeFileSync(file, JSON.stringify({ covers: { from: '2026-01-01', to: '2026-12-31' }, days: [{ date: '2026-07-04', name: 'Independence Day' }] }));
    expect(() => loadHolidays(file)).toThrow(
      /holiday list .*weekend\.json is not valid: day 1, field date: 2026-07-04 \(Independence Day\) is a Saturday or Sunday/,
    );
  });

  it('refuses a PMS calendar whose due date is outside its month, and a file that is not JSON', () => {
    const bad = join(dir, 'pms.json');
    writeFileSync(bad, JSON.stringify({ months: [{ month: '2026-02', due: '2026-03-02' }] }));
    expect(() => loadPmsDates(bad)).toThrow(/month 1, field due: the due date 2026-03-02 is not in 2026-02/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "months": [');
    expect(() => loadPmsDates(broken)).toThrow(/broken\.json is not valid JSON/);
    expect(() => loadPmsDates(join(dir, 'missing.json'))).toThrow(/cannot read the monthly statement calendar/);
  });
});
