import { Document, Page, StyleSheet, Text, View, renderToBuffer, type PageProps } from '@react-pdf/renderer';
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import type { ClaimLine } from '../../../src-shared/domain/claims';
import { formatAmount, parseMoney } from '../../../src-shared/money';
import type { ClaimPackage } from '../claim-package';

// Helvetica is one of the 14 standard PDF fonts: nothing is embedded or fetched (there is no network).
const s = StyleSheet.create({
  page: { paddingTop: 36, paddingHorizontal: 36, paddingBottom: 24, fontFamily: 'Helvetica', fontSize: 8 },
  flow: { flexGrow: 1 },
  title: { fontSize: 16, fontFamily: 'Helvetica-Bold', marginBottom: 4 },
  subtitle: { fontSize: 10, marginBottom: 16 },
  heading: { fontSize: 11, fontFamily: 'Helvetica-Bold', marginTop: 12, marginBottom: 6 },
  field: { flexDirection: 'row', fontSize: 10, paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: '#cccccc' },
  fieldName: { width: 160, color: '#444444' },
  fieldValue: { flexGrow: 1, flexBasis: 0 },
  row: { flexDirection: 'row', paddingVertical: 1.5, borderBottomWidth: 0.25, borderBottomColor: '#dddddd' },
  headRow: { flexDirection: 'row', paddingVertical: 2, borderBottomWidth: 0.75, borderBottomColor: '#000000', fontFamily: 'Helvetica-Bold' },
  cell: { paddingRight: 4 },
  right: { textAlign: 'right', paddingRight: 8 },
  hair: { fontSize: 0.01 },
  footer: { flexDirection: 'row', justifyContent: 'space-between', paddingTop: 6, fontSize: 7, color: '#555555' },
});

type Column<T> = { title: string; width: number; right?: boolean; value: (row: T) => string };

/** Widths in points; each table adds up to the 540 pt between Letter's half-inch margins. */
const LINE_COLUMNS: Column<ClaimLine>[] = [
  { title: 'Line', width: 34, right: true, value: (l) => String(l.lineNo) },
  { title: 'Export / line', width: 86, value: (l) => `${l.shipmentReference} / ${l.exportLineNumber}` },
  { title: 'Export date', width: 50, value: (l) => l.exportDate },
  { title: 'SKU', width: 74, value: (l) => l.sku },
  { title: 'Qty', width: 44, right: true, value: (l) => `${l.quantity.toLocaleString('en-US')} ${l.uom}` },
  { title: 'Entry / line', width: 76, value: (l) => `${l.entryNumber} / ${l.entryLineNumber}` },
  { title: 'Import date', width: 50, value: (l) => l.importDate },
  { title: 'Lot', width: 66, value: (l) => l.lotCode },
  // a line's refund is kept to the ten-thousandth; shown to the cent unless that would hide a part of one
  { title: 'Refund', width: 60, right: true, value: (l) => dollars(formatAmount(parseMoney(l.refund))) },
];

/** "1980.00" -> "$1,980.00", "-0.5" -> "-$0.5": for people; the string is grouped, never turned into a float. */
export function dollars(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction] = amount.replace('-', '').split('.');
  return `${negative ? '-' : ''}$${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Upper bounds of Helvetica character widths (regular and bold, from the standard AFM metrics), in ems. */
const EM = new Map<string, number>(
  ([
    ['W', 0.944], ['m', 0.889], ['M', 0.833], ['ABCDGHKNOQRUw', 0.778], ['EFPSTVXYZ', 0.667], ['JL', 0.611], ['I', 0.278],
    ['abcdeghknopqsuvxyz0123456789$_', 0.611], ['fijlrt', 0.389], [' .,:;/|-\'"()', 0.333],
  ] as const).flatMap(([chars, em]) => [...chars].map((ch) => [ch, em] as const)),
);

/**
 * react-pdf breaks lines only at spaces, or else hyphenates and inserts a "-" that is not in the code;
 * a word (a lot, a SKU) that may not fit its column gets hair-width spaces after its separators, and
 * within long runs without one, for the line breaker to use.
 */
function breakable(text: string, width: number, fontSize = 8): ReactNode {
  const room = (width - 8) / fontSize;
  const wide = (word: string) => [...word].reduce((sum, ch) => sum + (EM.get(ch) ?? 1), 0) > room;
  if (!text.split(' ').some(wide)) return text;
  const parts: string[] = [];
  for (const piece of text.split(/(?<=[-/_.,:])/)) {
    let part = '';
    for (const ch of piece) {
      if (part && wide(part + ch)) {
        parts.push(part);
        part = '';
      }
      part += ch;
    }
    parts.push(part);
  }
  return parts.flatMap((p, i) => (i === 0 ? [p] : [h(Text, { key: i, style: s.hair }, ' '), p]));
}

/**
 * A table's header and rows as direct children of its own Page. `fixed` repeats the header on every
 * page the Page runs onto. No wrapping View: react-pdf's paginator takes a View taller than about
 * 65,000 pt (some 7,000 rows) for an unbreakable block (yoga's float32 positions look like overlaps)
 * and prints it clipped on one page.
 */
function tablePage<T>(pkg: ClaimPackage, title: string, columns: Column<T>[], rows: readonly T[], key: (row: T) => string, empty: string): ReactElement {
  // one flat style per column, resolved once rather than merged again for every cell
  const styles = columns.map((c) => ({ ...s.cell, width: c.width, ...(c.right ? s.right : {}) }));
  const cell = (c: Column<T>, i: number, text: string) => h(Text, { key: c.title, style: styles[i] }, breakable(text, c.width));
  const head = h(View, { key: 'head', style: s.headRow, fixed: true }, ...columns.map((c, i) => cell(c, i, c.title)));
  // wrap=false keeps a row whole on one page instead of splitting it across the break.
  const body = rows.map((r) => h(View, { key: key(r), style: s.row, wrap: false }, ...columns.map((c, i) => cell(c, i, c.value(r)))));
  return h(Page, { size: 'LETTER', style: s.page, wrap: true, layout: chrome(pkg) }, h(Text, { key: 'title', style: s.heading }, title), ...(rows.length ? [head, ...body] : [h(Text, { key: 'empty' }, empty)]));
}

/**
 * Page chrome through react-pdf's `layout`, which also opts the document into its newer pagination
 * engine: content is measured once and packed into pages. The classic engine re-lays out the rest
 * of a wrapping page at every break, which took minutes for a few thousand claim lines.
 */
function chrome(pkg: ClaimPackage): NonNullable<PageProps['layout']> {
  const left = `Drawback claim ${pkg.claim.number} · ${pkg.claim.claimant} · generated ${pkg.generatedAt}`;
  return ({ children, pageNumber, totalPages }) => [
    h(View, { key: 'flow', style: s.flow }, children),
    h(View, { key: 'footer', style: s.footer }, h(Text, null, left), h(Text, null, `Page ${pageNumber ?? '?'} of ${totalPages ?? '?'}`)),
  ];
}

function summaryPage(pkg: ClaimPackage): ReactElement {
  const c = pkg.claim;
  const fields: [string, string][] = [
    ['Claim number', c.number],
    ['Claimant', c.claimant],
    ['Provision', `19 U.S.C. ${pkg.provisionLabel}`],
    ['Accounting method', c.accountingMethod],
    ['Period', `${c.periodStart} to ${c.periodEnd}`],
    ['Claim date', c.claimDate],
    ['State', c.filedReference ? `${c.state} (CBP ${c.filedReference})` : c.state],
    ['Total duty paid', dollars(c.dutyPaid)],
    ['Duty refund (99%)', dollars(c.dutyRefund)],
    ['MPF refund', dollars(c.mpfRefund)],
    ['Total refund', dollars(c.totalRefund)],
    ['Claim lines', c.lines.toLocaleString('en-US')],
    ['Quantity claimed', c.quantity.toLocaleString('en-US')],
    ['Open exceptions', String(c.openExceptions)],
  ];
  return h(
    Page,
    { size: 'LETTER', style: s.page, layout: chrome(pkg) },
    h(Text, { style: s.title }, `Drawback claim ${c.number}`),
    h(Text, { style: s.subtitle }, pkg.provisionLabel),
    ...fields.map(([name, value]) => h(View, { key: name, style: s.field }, h(Text, { style: s.fieldName }, name), h(Text, { style: s.fieldValue }, value))),
  );
}

type DocRow = ClaimPackage['documents'][number];
type ExceptionRow = ClaimPackage['claim']['exceptions'][number];
const DOC_COLUMNS: Column<DocRow>[] = [
  { title: 'Shipment', width: 120, value: (d) => d.shipmentReference },
  { title: 'Kind', width: 140, value: (d) => d.kind },
  { title: 'Number', width: 180, value: (d) => d.reference },
  { title: 'Date', width: 100, value: (d) => d.documentDate ?? '' },
];
const EXCEPTION_COLUMNS: Column<ExceptionRow>[] = [
  { title: 'Kind', width: 120, value: (x) => x.kind },
  { title: 'Line', width: 35, right: true, value: (x) => (x.claimLineNo === null ? '' : String(x.claimLineNo)) },
  { title: 'Message', width: 275, value: (x) => x.message },
  { title: 'Owner', width: 70, value: (x) => x.owner },
  { title: 'Age (days)', width: 40, right: true, value: (x) => String(x.ageDays) },
];

/** The claim as a Letter-size PDF for people: summary, every claim line, the document index, the open exceptions. */
export function renderClaimPdf(pkg: ClaimPackage): Promise<Buffer> {
  const doc = h(
    Document,
    { title: `Drawback claim ${pkg.claim.number}`, author: pkg.claim.claimant, creator: 'Drawback Desk', producer: 'Drawback Desk', creationDate: new Date(pkg.generatedAt) },
    summaryPage(pkg),
    tablePage(pkg, 'Claim lines', LINE_COLUMNS, pkg.lines, (l) => String(l.lineNo), 'The claim has no lines.'),
    tablePage(pkg, 'Document index', DOC_COLUMNS, pkg.documents, (d) => d.id, 'No export documents are on file for the shipments of this claim.'),
    tablePage(pkg, 'Open exceptions', EXCEPTION_COLUMNS, pkg.claim.exceptions.filter((x) => x.state === 'open'), (x) => x.id, 'No open exceptions.'),
  );
  return renderToBuffer(doc);
}
