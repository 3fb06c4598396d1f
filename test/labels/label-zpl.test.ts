import { describe, expect, it } from 'vitest';
import { labelZpl } from '../../src-main/devices/labels/label-zpl';
import { parseGs1 } from '../../src-shared/scanning/gs1-element-string';
import { bannerShare, blankEdges, decodeInk, inkBounds, inkShare } from './helpers/png-pixels';
import { readCode128 } from './helpers/read-barcodes';
import { pngSize, renderZpl } from './helpers/render-zpl';
import { sample, SAMPLE } from './helpers/sample-label';

const DPIS = [203, 300] as const;
const SIZE = { 203: { width: 812, height: 1218 }, 300: { width: 1200, height: 1800 } };

async function printOne(zpl: string, dpi: 203 | 300): Promise<Buffer> {
  const labels = await renderZpl(zpl, dpi);
  expect(labels).toHaveLength(1);
  return labels[0]!;
}

describe('the pallet label in ZPL II', () => {
  it.each(DPIS)('prints at %i dpi a 4 x 6 in label whose entry number and SSCC scan back', async (dpi) => {
    const zpl = labelZpl(SAMPLE, { dpi });
    expect(zpl).toContain(`^PW${SIZE[dpi].width}`);
    expect(zpl).toContain(`^LL${SIZE[dpi].height}`);
    const png = await printOne(zpl, dpi);
    expect(pngSize(png)).toEqual(SIZE[dpi]);

    const [entry, sscc, ...others] = await readCode128(png);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ symbology: ']C0', data: 'ABC-1234567-8' });
    // GS1-128: FNC1 in first position makes the scanner say ]C1, then the element string
    expect(sscc).toMatchObject({ symbology: ']C1', data: '00106141411234567897' });
    expect(parseGs1(`${sscc!.symbology}${sscc!.data}`)).toEqual({ ok: true, elements: [{ ai: '00', value: SAMPLE.sscc }] });
  });

  it('is one layout scaled: the two resolutions put everything at the same place in inches', async () => {
    const at = async (dpi: 203 | 300) => {
      const png = await printOne(labelZpl(SAMPLE, { dpi }), dpi);
      const codes = await readCode128(png);
      const ink = inkBounds(await decodeInk(png));
      return { entryTop: codes[0]!.top / dpi, ssccTop: codes[1]!.top / dpi, left: ink.left / dpi, right: ink.right / dpi, bottom: ink.bottom / dpi };
    };
    const [low, high] = [await at(203), await at(300)];
    for (const key of Object.keys(low) as (keyof typeof low)[]) expect(Math.abs(low[key] - high[key]), key).toBeLessThan(0.03);
    expect(low.ssccTop).toBeGreaterThan(3.5); // the SSCC sits at the foot of the label
  });

  it('shows the banner the stock needs: reversed for segregated, light for flagged, none otherwise', async () => {
    const shares = Object.fromEntries(
      await Promise.all(
        (['segregated', 'flagged', 'none'] as const).map(async (drawback) => {
          const zpl = labelZpl(sample({ drawback }), { dpi: 203 });
          return [drawback, { zpl, share: bannerShare(await decodeInk(await printOne(zpl, 203)), 203) }] as const;
        }),
      ),
    );
    expect(shares.segregated!.zpl).toMatch(/\^FR\^FH\^FDDRAWBACK — DO NOT COMMINGLE\^FS/);
    expect(shares.segregated!.share).toBeGreaterThan(0.6); // white letters on a black strip
    expect(shares.flagged!.zpl).toContain('^FDDRAWBACK STOCK^FS');
    expect(shares.flagged!.zpl).not.toContain('COMMINGLE');
    expect(shares.flagged!.share).toBeGreaterThan(0.05); // black letters on white
    expect(shares.flagged!.share).toBeLessThan(0.4);
    expect(shares.none!.zpl).not.toContain('DRAWBACK');
    expect(shares.none!.share).toBe(0);
  });

  it('prints a lot code that holds ZPL commands as text: the label neither ends early nor changes', async () => {
    const lotCode = 'L1^XZ^XA^FO0,0^GB812,1218,1218^FS~JA_41';
    const zpl = labelZpl(sample({ lotCode }), { dpi: 203 });
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl).not.toContain('~'); // a tilde anywhere is a control command the printer runs on arrival
    expect(zpl).toContain('^FH^FDL1_5EXZ_5EXA_5EFO0,0_5EGB812,1218,1218_5EFS_7EJA_5F41^FS');

    const png = await printOne(zpl, 203); // one label, not two
    const codes = await readCode128(png);
    expect(codes.map((c) => c.data)).toEqual(['ABC-1234567-8', '00106141411234567897']); // the SSCC after the lot is still there
    expect(inkShare(await decodeInk(png), { x: 0, y: 0, width: 812, height: 1218 })).toBeLessThan(0.35); // no black box over it all
  });

  it.each(DPIS)('keeps the longest values on the label at %i dpi', async (dpi) => {
    const longest = sample({
      entryNumber: 'ABCD-1234567890-1234',
      sku: 'W'.repeat(40),
      lotCode: 'M'.repeat(40),
      description: 'WWWWWW '.repeat(28).trim().slice(0, 200),
      bin: 'W'.repeat(30),
    });
    const zpl = labelZpl(longest, { dpi });
    const png = await printOne(zpl, dpi);
    // text running off the label would be cut at its edge: the 0.1 in strip all round stays blank
    expect(blankEdges(await decodeInk(png), Math.round(0.1 * dpi))).toBe(true);
    const codes = await readCode128(png);
    expect(codes.map((c) => c.data)).toEqual(['ABCD-1234567890-1234', '00106141411234567897']);
  });

  it('refuses a label that is not valid, naming the field, before any ZPL is made', () => {
    expect(() => labelZpl(sample({ hts: '61091' }), { dpi: 203 })).toThrow(/the pallet label is not valid: field hts: an HTS number has 10 digits/);
    expect(() => labelZpl(SAMPLE, { dpi: 600 as 203 })).toThrow(/203 or 300 dpi, not 600/);
  });
});
