import PNG from 'png-js';
import { LAYOUT } from '../../../src-main/devices/labels/label-layout';

/** A decoded image as one dark/light bit per pixel, to see where ink is. */
export interface Ink {
  width: number;
  height: number;
  dark(x: number, y: number): boolean;
}

export async function decodeInk(png: Uint8Array): Promise<Ink> {
  const image = new PNG(Buffer.from(png));
  const rgba = await new Promise<Uint8Array>((resolve) => image.decode(resolve));
  return { width: image.width, height: image.height, dark: (x, y) => rgba[(y * image.width + x) * 4]! < 128 };
}

/** Share of dark pixels in a rectangle of pixels. */
export function inkShare(ink: Ink, box: { x: number; y: number; width: number; height: number }): number {
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y++) for (let x = box.x; x < box.x + box.width; x++) if (ink.dark(x, y)) dark++;
  return dark / (box.width * box.height);
}

/** The smallest rectangle holding every dark pixel. */
export function inkBounds(ink: Ink): { left: number; top: number; right: number; bottom: number } {
  let left = ink.width;
  let top = ink.height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < ink.height; y++)
    for (let x = 0; x < ink.width; x++)
      if (ink.dark(x, y)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  return { left, top, right, bottom };
}

/** Share of dark pixels in the label's banner strip, a little inside its frame, on an image at `dpi`. */
export function bannerShare(ink: Ink, dpi: number): number {
  const b = LAYOUT.banner;
  const inset = 0.06;
  return inkShare(ink, {
    x: Math.round((b.x + inset) * dpi),
    y: Math.round((b.y + inset) * dpi),
    width: Math.round((b.width - 2 * inset) * dpi),
    height: Math.round((b.height - 2 * inset) * dpi),
  });
}

/** True when the strip `edge` pixels wide all round the image is blank: nothing ran off the label. */
export function blankEdges(ink: Ink, edge: number): boolean {
  const bounds = inkBounds(ink);
  return bounds.left >= edge && bounds.top >= edge && bounds.right < ink.width - edge && bounds.bottom < ink.height - edge;
}
