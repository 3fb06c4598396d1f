import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/errors';
import { importPostEntryFiles } from '../../src-main/services/post-entry/import/post-entry-batch-import';
import { createPostEntryDesk, fixture, type PostEntryDesk } from './post-entry-desk';

let t: PostEntryDesk;
beforeEach(() => {
  t = createPostEntryDesk();
});
afterEach(() => t.dispose());

describe('importing many post-entry files at once (the next one checked in a worker while one is written)', () => {
  it('imports each file as its own audited all-or-nothing import, in order, a repeat as already imported', async () => {
    const files = [fixture('valid-004010.edi'), fixture('unknown-disposition.edi'), fixture('valid-004010.edi')];
    const seen: string[] = [];
    const summaries = await importPostEntryFiles(t.desk.ctx, t.actors.specialist, 'status', files, (s) => seen.push(s.file));
    expect(summaries.map((s) => [s.written, s.unchanged, s.unknownCodes, s.alreadyImported])).toEqual([
      [5, 0, 0, false],
      [1, 4, 1, false],
      [0, 5, 0, true],
    ]);
    expect(seen).toEqual(files);
    expect(t.count('status_messages')).toBe(6);
    expect(t.count('import_batches')).toBe(2);
    expect(t.auditOk()).toBe(true);
  });

  it('stops at a file it refuses, with its errors by line and field: the files before it stay imported, none after it is written', async () => {
    const bad = join(t.dir, 'pre-entries-bad.csv');
    copyFileSync(fixture('ledger/pre-entries-bad.csv'), bad);
    const refused = await importPostEntryFiles(t.desk.ctx, t.actors.specialist, 'pre-entries', [
      fixture('ledger/pre-entries.json'),
      bad,
      fixture('ledger/pre-entries.csv'),
    ]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).issues).toEqual(expect.arrayContaining([expect.objectContaining({ field: `${bad}:2:entryNumber` })]));
    expect(t.count('pre_entries')).toBe(3);
    expect(t.count('import_batches')).toBe(1);
  });

  it('a file that cannot be read stops the batch at its turn: the files before it are written, even those read ahead', async () => {
    const missing = join(t.dir, 'status-2025-03.edi');
    const refused = await importPostEntryFiles(t.desk.ctx, t.actors.specialist, 'status', [
      fixture('valid-004010.edi'),
      fixture('unknown-disposition.edi'),
      missing,
      fixture('valid-004010.edi'),
    ]).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'NOT_FOUND', message: `${missing}: no such file` });
    expect(t.count('import_batches')).toBe(2);
    expect(t.count('status_messages')).toBe(6);
    expect(t.auditOk()).toBe(true);
  });

  it('refuses a person whose role may not import, before reading anything', async () => {
    await expect(importPostEntryFiles(t.desk.ctx, t.actors.clerk, 'status', [fixture('valid-004010.edi')])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
