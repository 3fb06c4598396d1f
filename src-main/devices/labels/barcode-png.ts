import { toBuffer } from 'bwip-js/node';

/** A barcode as a PNG whose every module is `PIXELS_PER_MODULE` pixels wide, and its width in modules. */
export interface BarcodePng {
  png: Buffer;
  modules: number;
}

const PIXELS_PER_MODULE = 4;

/** PNG width from its IHDR chunk (bytes 16-19), which every PNG starts with. */
function pngWidth(png: Buffer): number {
  return png.readUInt32BE(16);
}

async function render(bcid: string, text: string): Promise<BarcodePng> {
  // no text and no padding: the PDF lays out the human-readable line and the quiet zones itself
  const png = await toBuffer({ bcid, text, scale: PIXELS_PER_MODULE, height: 5, includetext: false, paddingwidth: 0, paddingheight: 0 });
  return { png, modules: pngWidth(png) / PIXELS_PER_MODULE };
}

/** Code 128 of the entry number. */
export function entryBarcodePng(entryNumber: string): Promise<BarcodePng> {
  return render('code128', entryNumber);
}

/** GS1-128 of the SSCC: bwip-js writes FNC1 first and reads the bracketed AI "(00)". */
export function ssccBarcodePng(sscc: string): Promise<BarcodePng> {
  return render('gs1-128', `(00)${sscc}`);
}
