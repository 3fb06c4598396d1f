import { AppError } from '../../../src-shared/errors';
import { labelContent, type LabelBanner } from './label-content';
import { LABEL_HEIGHT, LABEL_WIDTH, LAYOUT, QUIET_ZONE_MODULES, type BarcodeSlot, type BoxSlot, type TextSlot } from './label-layout';
import { parsePalletLabel, type PalletLabel } from './pallet-label';
import { fitText, ZPL_FONT_0 } from './text-fit';
import { code128SubsetB, code128SubsetBModules, GS1_128_SSCC_MODULES, gs1128Sscc, zplField } from './zpl-field';

export type ZplDpi = 203 | 300;
export interface ZplOptions {
  dpi: ZplDpi;
}

/** Line spacing of wrapped text, as a share of the font size. */
const LINE_SPACING = 1.15;

/** Label size in dots: 812 x 1218 at 203 dpi, 1200 x 1800 at 300 dpi. */
export function labelDots(dpi: ZplDpi): { width: number; height: number } {
  return { width: Math.round(LABEL_WIDTH * dpi), height: Math.round(LABEL_HEIGHT * dpi) };
}

/**
 * The pallet label as one ZPL II format (^XA...^XZ) for a 4 x 6 in label at 203 or 300 dpi. The label
 * is validated first (AppError 'VALIDATION' naming the field); data fields go under ^FH so no lot
 * code or description can inject a command.
 */
export function labelZpl(input: PalletLabel, options: ZplOptions): string {
  const label = parsePalletLabel(input);
  const { dpi } = options;
  if (dpi !== 203 && dpi !== 300) throw new AppError('VALIDATION', `labels print at 203 or 300 dpi, not ${String(dpi)}`);
  const dots = (inches: number) => Math.round(inches * dpi);
  const content = labelContent(label);
  const { width, height } = labelDots(dpi);

  const text = (slot: TextSlot, value: string, reversed = false): string[] => {
    if (value === '') return [];
    const fitted = fitText(value, slot.width, slot.size, slot.lines, ZPL_FONT_0);
    const h = dots(slot.size);
    const w = Math.max(1, Math.round(h * fitted.scale));
    // centred text needs a field block (^FB); left-aligned data goes without one, so \& in data stays text
    const block = slot.align === 'center' ? `^FB${dots(slot.width)},1,0,C,0` : '';
    return fitted.lines.map(
      (line, i) => `^FO${dots(slot.x)},${dots(slot.y + i * slot.size * LINE_SPACING)}^A0N,${h},${w}${block}${reversed ? '^FR' : ''}${zplField(line)}`,
    );
  };
  const box = (slot: BoxSlot, thickness: number) => `^FO${dots(slot.x)},${dots(slot.y)}^GB${dots(slot.width)},${dots(slot.height)},${thickness},B,0^FS`;
  const barcode = (slot: BarcodeSlot, modules: number, data: string): string => {
    // whole dots per module, as wide as the target allows while the symbol and its quiet zones fit across
    const module = Math.max(1, Math.min(Math.round(slot.module * dpi), Math.floor(width / (modules + 2 * QUIET_ZONE_MODULES))));
    const x = Math.round((width - modules * module) / 2);
    return `^FO${x},${dots(slot.y)}^BY${module}^BCN,${dots(slot.height)},N,N,N,N^FD${data}^FS`;
  };
  const banner = (b: LabelBanner | null): string[] => {
    if (b === null) return [];
    if (b.style === 'reversed') return [box(LAYOUT.banner, dots(LAYOUT.banner.height)), ...text(LAYOUT.bannerText, b.text, true)];
    return [box(LAYOUT.banner, Math.max(2, dots(LAYOUT.bannerFrame))), ...text(LAYOUT.bannerText, b.text)];
  };

  const fields = Object.entries(LAYOUT.fields).flatMap(([key, slot]) => {
    const f = content.fields[key as keyof typeof content.fields];
    return f.value === '' ? [] : [...text(slot.caption, f.caption), ...text(slot.value, f.value)];
  });
  const lines = [
    '^XA',
    '^CI28',
    `^PW${width}`,
    `^LL${height}`,
    '^LH0,0',
    ...text(LAYOUT.entryCaption, 'ENTRY'),
    ...text(LAYOUT.entryText, content.entryNumber),
    barcode(LAYOUT.entryBarcode, code128SubsetBModules(content.entryNumber), code128SubsetB(content.entryNumber)),
    box(LAYOUT.rule, dots(LAYOUT.rule.height)),
    ...fields,
    ...banner(content.banner),
    ...text(LAYOUT.ssccCaption, 'SSCC'),
    barcode(LAYOUT.ssccBarcode, GS1_128_SSCC_MODULES, gs1128Sscc(content.sscc)),
    ...text(LAYOUT.ssccText, content.ssccText),
    '^PQ1',
    '^XZ',
  ];
  return `${lines.join('\n')}\n`;
}
