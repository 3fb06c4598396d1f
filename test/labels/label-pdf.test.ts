import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { labelPdf } from '../../src-main/devices/labels/label-pdf';
import { parseGs1 } from '../../src-shared/scanning/gs1-element-string';
import { bannerShare, blankEdges, decodeInk } from './helpers/png-pixels';
import { readCode128 } from './helpers/read-barcodes';
import { pngSize } from './helpers/render-zpl';
import { sample, SAMPLE } from './helpers/sample-label';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'label-pdf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF as an office printer's user sees it: each page's text, and each page printed at 203 dpi. */
function inspect(pdf: Buffer) {
  const path = join(dir, 'labels.pdf');
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  execFileSync('pdftoppm', ['-png', '-r', '203', path, join(dir, 'page')]);
  const images = text.map((_, i) => readFileSync(join(dir, `page-${i + 1}.png`)));
  return { info, text, images };
}

describe('the pallet labels as a PDF', () => {
  it('prints one 4 x 6 in page per label, whose barcodes scan back and whose text a person reads', async () => {
    const other = sample({
      entryNumber: '2023-000123',
      sscc: '376104250021234569',
      lotCode: 'NW-B_7',
      hts: '6110.20.2079',
      quantity: '12.5',
      unit: 'KG',
      drawback: 'none',
    });
    const { info, text, images } = inspect(await labelPdf([SAMPLE, other]));
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Page size:\s+288 x 432 pts/m);

    for (const [i, label] of [SAMPLE, other].entries()) {
      expect(pngSize(images[i]!)).toEqual({ width: 812, height: 1218 });
      const [entry, sscc, ...more] = await readCode128(images[i]!);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({ symbology: ']C0', data: label.entryNumber });
      expect(sscc!.symbology).toBe(']C1');
      expect(parseGs1(`${sscc!.symbology}${sscc!.data}`)).toEqual({ ok: true, elements: [{ ai: '00', value: label.sscc }] });
    }

    expect(bannerShare(await decodeInk(images[0]!), 203)).toBeGreaterThan(0.6); // white on black
    expect(bannerShare(await decodeInk(images[1]!), 203)).toBe(0);

    const [first, second] = text;
    expect(first).toContain('DRAWBACK — DO NOT COMMINGLE');
    expect(first).toMatch(/LOT\s+NW-A-2023-05/);
    expect(first).toContain('6109.10.0012');
    expect(first).toContain('1,000 EA');
    expect(first).toContain('(00) 106141411234567897');
    expect(first).toContain('ABC-1234567-8');
    expect(second).not.toContain('DRAWBACK');
    expect(second).toContain('NW-B_7');
    expect(second).toContain('6110.20.2079');
    expect(second).toContain('12.5 KG');
    expect(second).toContain('(00) 376104250021234569');
  });

  it('marks flagged drawback stock with the lighter line', async () => {
    const { text, images } = inspect(await labelPdf([sample({ drawback: 'flagged' })]));
    expect(text[0]).toContain('DRAWBACK STOCK');
    const share = bannerShare(await decodeInk(images[0]!), 203);
    expect(share).toBeGreaterThan(0.05); // black on white
    expect(share).toBeLessThan(0.4);
    expect(text[0]).not.toContain('COMMINGLE');
  });

  it('keeps the longest values whole and the barcodes readable', async () => {
    const lotCode = 'LOT-W'.padEnd(40, 'W');
    const { text, images } = inspect(await labelPdf([sample({ entryNumber: 'ABCD-1234567890-1234', lotCode, sku: 'M'.repeat(40) })]));
    expect(text[0]).toContain(lotCode);
    expect(text[0]).toContain('M'.repeat(40));
    expect(blankEdges(await decodeInk(images[0]!), 20)).toBe(true); // nothing ran off the page
    expect((await readCode128(images[0]!)).map((c) => c.data)).toEqual(['ABCD-1234567890-1234', '00106141411234567897']);
  });

  it('refuses a label that is not valid, naming which label and which field', async () => {
    await expect(labelPdf([SAMPLE, sample({ receiptDate: '01/05/2023' })])).rejects.toThrow(
      /pallet label 2 of 2 is not valid: field receiptDate: a date is written YYYY-MM-DD/,
    );
    await expect(labelPdf([])).rejects.toThrow(/at least one label/);
  });
});
