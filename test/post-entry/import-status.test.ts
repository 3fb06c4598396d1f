import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostEntryDesk, fixture, issueSpots, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
beforeEach(() => {
  t = createPostEntryDesk();
});
afterEach(() => t.dispose());

const messages = (input: { entryNumber?: string; unknownOnly?: boolean; criticalOnly?: boolean } = {}) =>
  t.ok('post-entry:messages', input, t.actors.specialist);

describe('importing customs status messages', () => {
  it('reads an X12 350 through the engine: one message per X4, each kept with its raw segment', () => {
    expect(t.run('status', fixture('valid-004010.edi'))).toMatchObject({ format: 'x12', rowsRead: 5, written: 5, unknownCodes: 0 });
    const all = messages();
    expect(all.map((m) => [m.entryNumber, m.code, m.category, m.critical, m.postedAt]).sort()).toEqual(
      [
        ['316-1234567-3', '1H', 'hold', true, '2025-03-14T14:10'],
        ['B76-0324527-8', '1C', 'release', false, '2025-03-14T13:55'],
        [null, '1J', 'info', false, '2025-03-14T15:00'],
        ['EAB-0004521-2', '1A', 'exam', true, '2025-03-13T09:05'],
        ['EAB-0004521-2', '1B', 'release', false, '2025-03-15T11:20'],
      ].sort(),
    );
    expect(all.find((m) => m.code === '1C')).toMatchObject({
      source: 'x12-350',
      sourceRef: 'segment 6 (line 6), transaction 0001',
      raw: 'X4*MAEU123456789*120*01*B7603245278*20250314*1355*1C**MAEU',
      billOfLading: 'MAEU123456789',
      quantity: '120',
    });
    expect(t.auditOk()).toBe(true);
  });

  it('keeps a message whose disposition code is unknown, flagged, and counts it critical until someone looks', () => {
    t.run('status', fixture('valid-004010.edi'));
    const summary = t.run('status', fixture('unknown-disposition.edi'));
    expect(summary).toMatchObject({ rowsRead: 5, written: 1, unchanged: 4, unknownCodes: 1 });
    expect(summary.warnings[0]).toMatch(/disposition code 2Y is not in the disposition code list; the message is kept/);
    const [unknown] = messages({ unknownOnly: true });
    expect(unknown).toMatchObject({ code: '2Y', unknownCode: true, category: null, meaning: null, critical: true });
    // The critical-code rules are the desk's: a supervisor may call unknown codes informational.
    t.ok(
      'post-entry:set-setting',
      { key: 'criticalCodes', value: { categories: ['hold', 'exam', 'do-not-load'], codes: [], informational: [], unknownIsCritical: false } },
      t.actors.supervisor,
    );
    expect(messages({ unknownOnly: true })[0]!.critical).toBe(false);
    expect(
      messages({ criticalOnly: true })
        .map((m) => m.code)
        .sort(),
    ).toEqual(['1A', '1H']);
  });

  it('reads a broker’s CSV status list into the same messages, and a message in both files is kept once', () => {
    t.run('status', fixture('valid-004010.edi'));
    const file = join(t.dir, 'status.csv');
    writeFileSync(
      file,
      [
        'entry number,disposition code,posted date,posted time,quantity,bill of lading,port',
        'B76-0324527-8,1C,03/14/2025,13:55,120,MAEU123456789,2704',
        '316-1234567-3,1I,2025-03-17,0830,35,MAEU123456790,2704',
        '',
      ].join('\n'),
    );
    expect(t.run('status', file)).toMatchObject({ format: 'csv', rowsRead: 2, written: 1, unchanged: 1 });
    expect(messages({ entryNumber: '316-1234567-3' }).map((m) => [m.code, m.sourceRef, m.raw])).toEqual([
      ['1I', 'line 3', '316-1234567-3,1I,2025-03-17,0830,35,MAEU123456790,2704'],
      ['1H', 'segment 7 (line 7), transaction 0001', 'X4*MAEU123456790*35*01*31612345673*20250314*1410*1H**MAEU'],
    ]);
  });

  it('rejects a status file with errors whole (bad entry numbers, times, quantities, envelopes), by line and field, writing nothing', () => {
    const before = t.counts();
    const csv = fixture('status-list.csv');
    const error = t.refusedImport('status', csv);
    // line 6 carries three errors; the empty row on line 7 is only a warning
    expect(issueSpots(error, csv)).toEqual(['6:entry number', '6:posted time', '6:quantity']);
    expect(error.message).toMatch(/3 errors in 1 of 5 rows; nothing from the file was written/);
    const x12 = fixture('invalid-entry-number.edi');
    expect(issueSpots(t.refusedImport('status', x12), x12)).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+:X404$/)]));
    const cut = fixture('se-count-mismatch.edi');
    expect(issueSpots(t.refusedImport('status', cut), cut)).toEqual(expect.arrayContaining([expect.stringMatching(/:SE01$/)]));
    expect(t.counts()).toEqual(before);
  });

  it('names the file kinds it reads', () => {
    const file = join(t.dir, 'status.json');
    writeFileSync(file, readFileSync(fixture('ledger/statements.json')));
    expect(t.refusedImport('status', file).message).toMatch(/a status file is an X12 350 \(\.edi, \.x12, \.350, starting with ISA\) or a CSV status list/);
  });
});
