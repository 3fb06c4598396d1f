import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addRow, newTableDigest, quotedNames, tableHashHex } from '../../src-main/ledger/audit/row-digest';

/**
 * The bytes a row is hashed as are a format: ledgers written by earlier releases are verified against
 * them. These are written out by hand here, so a faster digest that changed one byte would fail.
 */
describe('the row digest format', () => {
  const names = quotedNames(['id', 'entry_number', 'duty_4dp', 'note', 'rate', 'audit_seq']);
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('hashes each row as its non-null columns by name, JSON values, one line per row', () => {
    const digest = newTableDigest();
    addRow(digest, names, [1, 'EAB-0004521-2', 12345678901234567890n, 'a "quoted"\nnote – é', 0.5, 7]);
    addRow(digest, names, [2, 'EAB-0004522-0', null, null, -0, 7]);
    expect(digest.count).toBe(2);
    expect(tableHashHex(digest)).toBe(
      sha(
        '{"id":1,"entry_number":"EAB-0004521-2","duty_4dp":12345678901234567890,"note":"a \\"quoted\\"\\nnote – é","rate":0.5,"audit_seq":7}\n' +
          '{"id":2,"entry_number":"EAB-0004522-0","rate":0,"audit_seq":7}\n',
      ),
    );
  });

  it('gives the same hash for many rows as hashing their lines one by one', () => {
    const digest = newTableDigest();
    let text = '';
    for (let id = 1; id <= 5_000; id++) {
      addRow(digest, names, [id, `ENTRY-${id}`, BigInt(id) * 10_000n, id % 3 === 0 ? null : `line ${id}`, id / 8, 9]);
      text += `{"id":${id},"entry_number":"ENTRY-${id}","duty_4dp":${id * 10_000}${id % 3 === 0 ? '' : `,"note":"line ${id}"`},"rate":${id / 8},"audit_seq":9}\n`;
    }
    expect(text.length).toBeGreaterThan(200_000); // past several flushes
    expect(tableHashHex(digest)).toBe(sha(text));
  });
});
