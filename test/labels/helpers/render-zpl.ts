import { createRequire } from 'node:module';

// loaded by Node itself: through vite, its 8 MB inlined wasm sends vite looking for a source map it does not ship
const { ready } = createRequire(import.meta.url)('zpl-renderer-js') as typeof import('zpl-renderer-js');

/** Zebra's own dots per millimetre: "203 dpi" heads are 8 dpmm, "300 dpi" heads 12 dpmm. */
const DPMM = { 203: 8, 300: 12 } as const;

/**
 * Renders ZPL as a printer would onto media of `widthIn` x `heightIn` inches (a 4 x 6 in roll by
 * default; larger media show whether anything is drawn off the label). One PNG per label format.
 */
export async function renderZpl(zpl: string, dpi: 203 | 300, media = { widthIn: 4, heightIn: 6 }): Promise<Buffer[]> {
  const { api } = await ready;
  const dpmm = DPMM[dpi];
  // the renderer takes millimetres; whole dots of the label, as the printer counts them
  const widthMm = Math.round(media.widthIn * dpi) / dpmm;
  const heightMm = Math.round(media.heightIn * dpi) / dpmm;
  const labels = await api.zplToBase64MultipleAsync(zpl, widthMm, heightMm, dpmm);
  return labels.map((b64) => Buffer.from(b64, 'base64'));
}

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
