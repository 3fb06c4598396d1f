import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostEntryDesk, fixture, issueSpots, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
beforeEach(() => {
  t = createPostEntryDesk();
});
afterEach(() => t.dispose());

const versions = (entry: string) => t.ok('post-entry:versions', { entryNumber: entry }, t.actors.specialist);

describe('importing broker-filed entry summaries (CBP Form 7501 data)', () => {
  it('keeps each filing with its header and lines, from JSON and from CSV', () => {
    expect(t.run('entry-summaries', fixture('ledger/entry-summaries.json'))).toMatchObject({ rowsRead: 2, written: 2 });
    expect(t.run('entry-summaries', fixture('ledger/entry-summaries.csv'))).toMatchObject({ format: 'csv', rowsRead: 2, written: 1 });
    const [b76] = versions('B76-0324527-8');
    expect(b76).toMatchObject({
      version: 1,
      origin: 'broker',
      entryType: '01',
      summaryDate: '2025-03-20',
      entryDate: '2025-03-14',
      importDate: '2025-03-12',
      releaseDate: null,
      payment: 'daily',
      total: '7634.56',
    });
    expect(b76!.lines[0]).toMatchObject({
      lineNumber: 1,
      hts: ['6109100040'],
      quantity: '1000',
      value: '30500.00',
      duty: '5032.50',
      mpf: '105.65',
      hmf: '38.13',
      ad: '0.00',
    });
    const [eab] = versions('EAB-0004521-2');
    expect(eab).toMatchObject({ reconciliationFlag: true, total: '12297.46' });
    expect(eab!.lines[1]!.hts).toEqual(['99038815', '8536694040']);
    const [pacific] = versions('316-1234567-3');
    expect(pacific).toMatchObject({ payment: 'monthly', releaseDate: '2025-03-17', total: '299.235' });
    expect(t.auditOk()).toBe(true);
  });

  it('keeps each re-filing as a new version; the same filing again changes nothing', () => {
    t.run('entry-summaries', fixture('ledger/entry-summaries.json'));
    expect(t.run('entry-summaries', fixture('ledger/entry-summaries-refiled.json'))).toMatchObject({ written: 0, versions: 1, unchanged: 0 });
    expect(t.run('entry-summaries', fixture('ledger/entry-summaries-refiled.json'))).toMatchObject({ alreadyImported: true });
    const all = versions('B76-0324527-8');
    expect(all.map((v) => [v.version, v.origin, v.summaryDate, v.lines[0]!.hts[0]])).toEqual([
      [1, 'broker', '2025-03-20', '6109100040'],
      [2, 'broker', '2025-03-26', '6109100012'],
    ]);
    expect(t.count('entry_summaries')).toBe(3);
    // the first filing again, in another file (the broker's export after the re-filing): no version of its own
    const again = join(t.dir, 'first-filing-again.json');
    writeFileSync(again, JSON.stringify(JSON.parse(readFileSync(fixture('ledger/entry-summaries.json'), 'utf8'))));
    expect(t.run('entry-summaries', again)).toMatchObject({ alreadyImported: false, written: 0, versions: 0, unchanged: 2 });
    expect(t.count('entry_summaries')).toBe(3);
    expect(t.auditOk()).toBe(true);
  });

  it('rejects a malformed file whole, naming each record and field, with floats refused as amounts', () => {
    const before = t.counts();
    const file = fixture('ledger/entry-summaries-bad.json');
    const error = t.refusedImport('entry-summaries', file);
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(issueSpots(error, file)).toEqual(expect.arrayContaining(['[0]:entryType', '[0]:payment', '[0]:lines.0.value', '[0]:lines.0.tariff', '[1]:lines']));
    const say = (spot: string) => error.issues!.find((i) => i.field === `${file}:${spot}`)!.message;
    expect(say('[0]:lines.0.value')).toMatch(/write amounts with decimals as strings, e\.g\. "30500\.5"/);
    expect(say('[0]:payment')).toMatch(/"daily" \(daily statement\) or "monthly"/);
    expect(say('[1]:lines')).toBe('an entry summary needs at least one line');
    expect(t.counts()).toEqual(before);
  });
});
