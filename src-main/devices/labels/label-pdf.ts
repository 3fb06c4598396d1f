import { Document, Image, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';
import { AppError } from '../../../src-shared/errors';
import { entryBarcodePng, ssccBarcodePng, type BarcodePng } from './barcode-png';
import { labelContent, type LabelBanner } from './label-content';
import { LABEL_HEIGHT, LABEL_WIDTH, LAYOUT, QUIET_ZONE_MODULES, type BarcodeSlot, type BoxSlot, type TextSlot } from './label-layout';
import { parsePalletLabel, type PalletLabel } from './pallet-label';
import { fitText, HELVETICA_BOLD } from './text-fit';

/** PDF points per inch. */
const PT = 72;
const LINE_SPACING = 1.15;
// Helvetica is a standard PDF font: nothing is embedded or fetched (there is no network).
const CAPTION_FONT = 'Helvetica';
const VALUE_FONT = 'Helvetica-Bold';

const pt = (inches: number) => inches * PT;

function text(key: string, slot: TextSlot, value: string, options: { font?: string; color?: string } = {}): ReactElement[] {
  if (value === '') return [];
  const fitted = fitText(value, slot.width, slot.size, slot.lines, HELVETICA_BOLD);
  const fontSize = pt(slot.size) * fitted.scale;
  return fitted.lines.map((line, i) =>
    h(
      Text,
      {
        key: `${key}-${i}`,
        style: {
          position: 'absolute',
          left: pt(slot.x),
          top: pt(slot.y + i * slot.size * LINE_SPACING),
          width: pt(slot.width),
          fontFamily: options.font ?? VALUE_FONT,
          fontSize,
          lineHeight: 1,
          textAlign: slot.align,
          color: options.color ?? '#000000',
        },
      },
      line,
    ),
  );
}

const box = (key: string, slot: BoxSlot, style: Record<string, string | number>): ReactElement =>
  h(View, { key, style: { position: 'absolute', left: pt(slot.x), top: pt(slot.y), width: pt(slot.width), height: pt(slot.height), ...style } });

/** Centred across the page, modules as wide as the slot wants while the symbol and its quiet zones fit. */
function barcode(key: string, slot: BarcodeSlot, image: BarcodePng): ReactElement {
  const module = Math.min(slot.module, LABEL_WIDTH / (image.modules + 2 * QUIET_ZONE_MODULES));
  const width = image.modules * module;
  return h(Image, {
    key,
    src: { data: image.png, format: 'png' },
    style: { position: 'absolute', left: pt((LABEL_WIDTH - width) / 2), top: pt(slot.y), width: pt(width), height: pt(slot.height) },
  });
}

function banner(b: LabelBanner | null): ReactElement[] {
  if (b === null) return [];
  if (b.style === 'reversed')
    return [box('banner', LAYOUT.banner, { backgroundColor: '#000000' }), ...text('banner-text', LAYOUT.bannerText, b.text, { color: '#ffffff' })];
  return [
    box('banner', LAYOUT.banner, { borderWidth: pt(LAYOUT.bannerFrame), borderColor: '#000000', borderStyle: 'solid' }),
    ...text('banner-text', LAYOUT.bannerText, b.text),
  ];
}

async function labelPage(label: PalletLabel, index: number): Promise<ReactElement> {
  const content = labelContent(label);
  const [entry, sscc] = await Promise.all([entryBarcodePng(content.entryNumber), ssccBarcodePng(content.sscc)]);
  const fields = Object.entries(LAYOUT.fields).flatMap(([key, slot]) => {
    const f = content.fields[key as keyof typeof content.fields];
    return f.value === '' ? [] : [...text(`${key}-caption`, slot.caption, f.caption, { font: CAPTION_FONT }), ...text(key, slot.value, f.value)];
  });
  return h(
    Page,
    { key: index, size: [pt(LABEL_WIDTH), pt(LABEL_HEIGHT)], style: { position: 'relative' } },
    ...text('entry-caption', LAYOUT.entryCaption, 'ENTRY', { font: CAPTION_FONT }),
    ...text('entry', LAYOUT.entryText, content.entryNumber),
    barcode('entry-barcode', LAYOUT.entryBarcode, entry),
    box('rule', LAYOUT.rule, { backgroundColor: '#000000' }),
    ...fields,
    ...banner(content.banner),
    ...text('sscc-caption', LAYOUT.ssccCaption, 'SSCC', { font: CAPTION_FONT }),
    barcode('sscc-barcode', LAYOUT.ssccBarcode, sscc),
    ...text('sscc-text', LAYOUT.ssccText, content.ssccText),
  );
}

/**
 * Pallet labels for office printers: one 4 x 6 in page per label, the same layout as the ZPL, with
 * bwip-js barcodes. Every label is validated first; the error names the label and the field.
 */
export async function labelPdf(labels: PalletLabel[]): Promise<Buffer> {
  if (labels.length === 0) throw new AppError('VALIDATION', 'a label PDF needs at least one label');
  const checked = labels.map((label, i) => parsePalletLabel(label, labels.length === 1 ? 'the pallet label' : `pallet label ${i + 1} of ${labels.length}`));
  const pages = await Promise.all(checked.map(labelPage));
  return renderToBuffer(h(Document, { title: `Pallet labels (${labels.length})`, creator: 'Drawback Desk', producer: 'Drawback Desk' }, ...pages));
}
