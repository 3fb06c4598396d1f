import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvStatus } from '../../../src-main/engine/post-entry/status/csv-status-reader';
import { dispositionLookup } from '../../../src-main/engine/post-entry/status/status-message';
import { readX12Status } from '../../../src-main/engine/post-entry/status/x12-350-reader';
import { loadDispositionCodes } from '../../../src-main/services/reference/post-entry-reference';

const codes = dispositionLookup(loadDispositionCodes());
const valid = readFileSync(join(__dirname, '../../fixtures/post-entry/valid-004010.edi'), 'utf8');
const lines = valid.split('\n').filter(Boolean);

// "Never a crash": whatever is cut, repeated, shuffled or garbled, the readers answer with problems.
describe('status readers on mangled input', () => {
  it('never throw on a 350 with segments dropped, repeated or moved', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: lines.length - 1 }), { minLength: 1, maxLength: 25 }), (picks) => {
        const text = [lines[0], ...picks.map((i) => lines[i])].join('\n');
        const result = readX12Status(text, codes);
        expect(Array.isArray(result.messages) && Array.isArray(result.problems)).toBe(true);
        for (const p of [...result.problems, ...result.messages.flatMap((m) => m.problems)]) expect(p.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on a 350 with characters cut out or overwritten, and point every message at a real X4', () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 5 }), (at, cut, insert) => {
        const text = valid.slice(0, at) + insert + valid.slice(at + cut);
        const result = readX12Status(text, codes);
        // Segments as the file itself delimits them (a mangled ISA may name another terminator), and an
        // empty chunk between two terminators is no segment (X12 counts none; the reader skips it).
        const segments = text.split(text[105] ?? '~').filter((chunk) => chunk.trim() !== '');
        for (const m of result.messages) {
          expect(m.source.kind === 'x12-350' && segments[m.source.segment - 1]?.trim().startsWith('X4')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on arbitrary text as X12 or CSV', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        readX12Status(text, codes);
        readX12Status(`ISA${text}`, codes);
        readCsvStatus(text, codes);
      }),
      { numRuns: 300 },
    );
  });
});

describe('status readers on an empty segment', () => {
  // Found by the property above (seed -941189047): a terminator doubled before an X4 ("~\n~X4*...") made
  // node-x12 keep an empty segment that the segment scan skips, so the two disagreed and the reader threw.
  it('reads the messages around two segment terminators in a row, and says the empty segment was skipped', () => {
    const at = valid.indexOf('X4*MAEU223344556');
    const result = readX12Status(`${valid.slice(0, at)}~${valid.slice(at)}`, codes);
    expect(result.messages.map((m) => [m.dispositionCode, m.source.kind === 'x12-350' && m.source.segment])).toEqual([
      ['1C', 6],
      ['1H', 7],
      ['1J', 8],
      ['1A', 13],
      ['1B', 14],
    ]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/empty segment .* skipped/) })]);
  });
});
