import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setHtsFact } from '../../src-main/services/reference/reference-data-service';
import { createImportDesk, fixture, issueSpots, type ImportDesk } from './import-desk';

let t: ImportDesk;
beforeEach(() => {
  t = createImportDesk();
});
afterEach(() => t.dispose());

const facts = () => t.desk.dispatch('reference:hts-facts', {}, { actor: t.desk.system });
const table = () => {
  const result = facts();
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((f) => [f.hts, f.beginsWithOther, f.description]);
};

/** Whether a number's article description begins with "other" (19 CFR 190.2), as reference data from a file. */
describe('importing HTS facts', () => {
  it.each(['hts-facts.csv', 'hts-facts.json'])('adds every fact of %s under one audit record; the flag follows from the description when left out', (name) => {
    const records = t.count('audit_log');
    const summary = t.run('hts-facts', fixture(name));
    expect(summary).toMatchObject({ kind: 'hts-facts', written: name.endsWith('.csv') ? 4 : 2, unchanged: 0, alreadyImported: false });
    expect(t.count('audit_log')).toBe(records + 1);
    if (name.endsWith('.csv')) {
      expect(table()).toEqual([
        ['61091000', false, 'Of cotton'],
        ['61103030', true, 'Other'],
        ['6110303053', false, "Men's or boys'"],
        ['6110303059', true, null],
      ]);
    }
    expect(t.auditOk()).toBe(true);
  });

  it('the same file again writes nothing; a file repeating known facts counts them unchanged', () => {
    t.run('hts-facts', fixture('hts-facts.csv'));
    const before = t.count('hts_facts');
    expect(t.run('hts-facts', fixture('hts-facts.csv'))).toMatchObject({ alreadyImported: true, written: 0 });
    expect(t.run('hts-facts', fixture('hts-facts.json'))).toMatchObject({ written: 1, unchanged: 1 });
    expect(t.count('hts_facts')).toBe(before + 1);
  });

  it('a bad file is rejected whole, every error as FILE:LINE:FIELD', () => {
    const file = fixture('hts-facts-bad.csv');
    const error = t.refused('hts-facts', file);
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(issueSpots(error, file)).toEqual(['3:hts', '4:beginsWithOther', '5:beginsWithOther', '6:hts', '7:beginsWithOther']);
    const messages = (error.issues ?? []).map((i) => i.message);
    expect(messages[0]).toContain('an HTS number has 8 digits (subheading, e.g. 6109.10.00) or 10');
    expect(messages[1]).toContain('the description "Other" begins with "other", but the flag says it does not');
    expect(messages[3]).toContain('HTS 61091000 is already on line 2 of this file');
    expect(t.count('hts_facts')).toBe(0);
  });

  it('never changes a fact already recorded: that is a specialist’s edit (hts set-other), not a file’s', () => {
    setHtsFact(t.desk.ctx, t.desk.system, { hts: '61091000', beginsWithOther: true, description: null, source: null });
    const file = join(t.dir, 'conflict.csv');
    writeFileSync(file, 'hts,beginsWithOther\n6109.10.00,no\n');
    const error = t.refused('hts-facts', file);
    expect(error.issues?.[0]?.message).toContain(
      'HTS 61091000 is already recorded with different facts (beginsWithOther is true in the ledger but false in the file); an import never changes a fact',
    );
    expect(t.count('hts_facts')).toBe(1);
  });
});
