import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

// zxing-wasm fetches its wasm from a CDN unless handed the binary; there is no network here.
const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
const wasm = readFileSync(wasmPath);
prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) } });

export interface ReadCode {
  /** AIM symbology identifier: "]C0" plain Code 128, "]C1" GS1-128 (FNC1 first) */
  symbology: string;
  /** what a scanner sends after the identifier: GS1 data raw, FNC1 as GS (0x1D) between fields */
  data: string;
  /** top edge of the symbol, in pixels */
  top: number;
}

/** The Code 128 symbols a scanner reads off the image, top to bottom. */
export async function readCode128(png: Uint8Array): Promise<ReadCode[]> {
  const results = await readBarcodes(png, { formats: ['Code128'], maxNumberOfSymbols: 8 });
  return results
    .filter((r) => r.isValid)
    .map((r) => ({
      symbology: r.symbologyIdentifier,
      data: Buffer.from(r.bytes).toString('latin1'),
      top: Math.min(r.position.topLeft.y, r.position.topRight.y),
    }))
    .sort((a, b) => a.top - b.top);
}
