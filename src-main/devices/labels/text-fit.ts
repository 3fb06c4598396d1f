/**
 * Fitting a value into its slot on the label without cutting anything off: wrap at spaces up to the
 * slot's lines, then narrow the font. Widths are estimated from a few character classes per font,
 * on the wide side, since neither a printer's font nor the PDF's is measured here (a Zebra font's
 * metrics are the printer's; a standard PDF font's are good enough estimated the same way).
 */
export interface FontWidths {
  /** character advance as a share of the font size */
  wide: number;
  upper: number;
  digit: number;
  lower: number;
  narrow: number;
}

/** Zebra font 0 (CG Triumvirate Bold Condensed), measured on the zebrash renderer (W is 0.8 of the size at ^A0N,h,h and 0.83 narrowed to half). */
export const ZPL_FONT_0: FontWidths = { wide: 0.88, upper: 0.6, digit: 0.52, lower: 0.52, narrow: 0.34 };
/** Helvetica-Bold, from its AFM widths (W 944, O 778, digits 556, lower case up to 611 but m, w). */
export const HELVETICA_BOLD: FontWidths = { wide: 1, upper: 0.78, digit: 0.56, lower: 0.62, narrow: 0.34 };

function charWidth(char: string, font: FontWidths): number {
  if (/[WM@%&mw\u2014]/.test(char) || char.codePointAt(0)! >= 0x2e80) return font.wide;
  if (/[ .,:;'!|iIjlft()[\]/-]/.test(char)) return font.narrow;
  if (/\d/.test(char)) return font.digit;
  if (/[a-z]/.test(char)) return font.lower;
  return font.upper;
}

/** Estimated width of a text in font sizes (multiply by the size for inches). */
export function textWidth(text: string, font: FontWidths): number {
  let width = 0;
  for (const char of text) width += charWidth(char, font);
  return width;
}

export interface FittedText {
  lines: string[];
  /** 1, or the factor the font is narrowed by so the longest line fits */
  scale: number;
}

/** Greedy wrap at spaces into lines no wider than `room` (in font sizes); a word longer than that stays whole. */
function wrap(text: string, room: number, font: FontWidths): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(tried, font) > room) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  lines.push(line);
  return lines;
}

/** Splits into `count` lines of about equal width, at spaces where the text has them. */
function balance(text: string, count: number, font: FontWidths): string[] {
  const total = textWidth(text, font);
  for (let room = total / count; room <= total; room *= 1.05) {
    const lines = wrap(text, room, font);
    if (lines.length <= count) return lines;
  }
  return [text];
}

/** The text in at most `maxLines` lines that fit `width` inches at font size `size` inches, narrowed if need be. */
export function fitText(text: string, width: number, size: number, maxLines: number, font: FontWidths): FittedText {
  const room = width / size;
  let lines = wrap(text, room, font);
  if (lines.length > maxLines || lines.some((l) => textWidth(l, font) > room)) lines = balance(text, maxLines, font);
  const widest = Math.max(...lines.map((l) => textWidth(l, font)));
  return { lines, scale: widest > room ? room / widest : 1 };
}
