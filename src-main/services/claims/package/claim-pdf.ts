import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import type { ClaimLine } from '../../../../src-shared/domain/claims';
import { formatAmount } from '../../../../src-shared/money';
import { ANCHOR_PDF_PREFIX } from '../../../ledger/audit/anchors';
import { lineRefundTotal, type ClaimPackage } from '../claim-package';

// Helvetica and Courier are standard PDF fonts: nothing is embedded or fetched (there is no network).
// Tables are set in Courier: a row is one line of text whose columns are padded to fixed widths, so
// its height is known exactly and the document is paginated here, not by react-pdf (whose paginator
// re-lays out the rest of a flowing page at every break: minutes and gigabytes for 10,000 lines, while
// one text per row on pages that already fit is laid out once, in seconds).
const MONO_SIZE = 7;
const LINE_HEIGHT = MONO_SIZE * 1.2;
const ROW_EXTRA = 2.25; // padding and rule of a row
/** Points of table rows a page takes below its heading and header row, above the footer, with room to spare. */
const ROWS_HEIGHT = 650;
const NBSP = '\u00a0';
const s = StyleSheet.create({
  page: { paddingTop: 36, paddingHorizontal: 36, paddingBottom: 24, fontFamily: 'Helvetica', fontSize: 8 },
  flow: { flexGrow: 1 },
  title: { fontSize: 16, fontFamily: 'Helvetica-Bold', marginBottom: 4 },
  subtitle: { fontSize: 10, marginBottom: 16 },
  heading: { fontSize: 11, fontFamily: 'Helvetica-Bold', marginTop: 12, marginBottom: 6 },
  field: { flexDirection: 'row', fontSize: 10, paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: '#cccccc' },
  fieldName: { width: 160, color: '#444444' },
  fieldValue: { flexGrow: 1, flexBasis: 0 },
  row: { fontFamily: 'Courier', fontSize: MONO_SIZE, lineHeight: 1.2, paddingVertical: 1, borderBottomWidth: 0.25, borderBottomColor: '#dddddd' },
  headRow: { fontFamily: 'Courier-Bold', fontSize: MONO_SIZE, lineHeight: 1.2, paddingVertical: 2, borderBottomWidth: 0.75, borderBottomColor: '#000000' },
  footer: { flexDirection: 'row', justifyContent: 'space-between', paddingTop: 6, fontSize: 7, color: '#555555' },
});

type Column<T> = { title: string; chars: number; right?: boolean; value: (row: T) => string };

/** Widths in Courier characters (4.2 pt at 7 pt); with one space between, each table fits the 540 pt between Letter's half-inch margins. */
const LINE_COLUMNS: Column<ClaimLine>[] = [
  { title: 'Line', chars: 6, right: true, value: (l) => String(l.lineNo) },
  { title: 'Export / line', chars: 20, value: (l) => `${l.shipmentReference} / ${l.exportLineNumber}` },
  { title: 'Export date', chars: 11, value: (l) => l.exportDate },
  { title: 'SKU', chars: 16, value: (l) => l.sku },
  { title: 'Qty', chars: 11, right: true, value: (l) => `${l.quantity.toLocaleString('en-US')} ${l.uom}` },
  { title: 'Entry / line', chars: 17, value: (l) => `${l.entryNumber} / ${l.entryLineNumber}` },
  { title: 'Import date', chars: 11, value: (l) => l.importDate },
  { title: 'Lot', chars: 16, value: (l) => l.lotCode },
  // everything the line refunds (duty, tax, fees), kept to the ten-thousandth; shown to the cent unless that would hide a part of one
  { title: 'Refund', chars: 12, right: true, value: (l) => dollars(formatAmount(lineRefundTotal(l))) },
];

/** "1980.00" -> "$1,980.00", "-0.5" -> "-$0.5": for people; the string is grouped, never turned into a float. */
export function dollars(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction] = amount.replace('-', '').split('.');
  return `${negative ? '-' : ''}$${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * A cell's text in lines of at most `chars` characters, broken after a separator where one falls in
 * the line (a lot or SKU keeps its own characters: no hyphen is added, nothing is cut off).
 */
export function cellLines(text: string, chars: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > chars) {
    const head = rest.slice(0, chars);
    const cut = Math.max(...[' ', '-', '/', '_', '.', ',', ':'].map((sep) => head.lastIndexOf(sep)));
    const at = cut >= chars / 3 ? cut + 1 : chars;
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  lines.push(rest);
  return lines;
}

/** A row's physical lines: every cell wrapped in its column, padded to its width, one space between. */
function rowText<T>(columns: Column<T>[], cells: string[]): string[] {
  const wrapped = cells.map((text, i) => cellLines(text, columns[i]!.chars));
  const height = Math.max(...wrapped.map((w) => w.length));
  // padded with no-break spaces: react-pdf drops ordinary spaces at the start of a line
  return Array.from({ length: height }, (_, n) =>
    columns
      .map((c, i) => (c.right ? (wrapped[i]![n] ?? '').padStart(c.chars, NBSP) : (wrapped[i]![n] ?? '').padEnd(c.chars, NBSP)))
      .join(NBSP)
      .trimEnd(),
  );
}

/** Splits rows (each as its lines of text) into pages by their exact height. */
function paginate(rows: string[][]): string[][][] {
  const pages: string[][][] = [[]];
  let used = 0;
  for (const row of rows) {
    const height = ROW_EXTRA + LINE_HEIGHT * row.length;
    if (used + height > ROWS_HEIGHT && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(row);
    used += height;
  }
  return pages;
}

interface Frame {
  pkg: ClaimPackage;
  page: number;
  pages: number;
}

/** One Letter page with the claim's footer and "Page X of Y" (numbers known up front: pages are made here). */
function framed(frame: Frame, key: string, ...children: ReactNode[]): ReactElement {
  const left = `Drawback claim ${frame.pkg.claim.number} · ${frame.pkg.claim.claimant} · generated ${frame.pkg.generatedAt}`;
  // wrap stays on only as a safety net: should a page's rows be measured short, react-pdf flows them on rather than clipping them
  return h(
    Page,
    { key, size: 'LETTER', style: s.page, wrap: true },
    h(View, { style: s.flow }, ...children),
    h(View, { style: s.footer }, h(Text, null, left), h(Text, null, `Page ${frame.page} of ${frame.pages}`)),
  );
}

function tablePages(title: string, head: string[], empty: string, chunks: string[][][], first: Frame): ReactElement[] {
  return chunks.map((rows, n) => {
    const heading = h(Text, { key: 'title', style: s.heading }, n === 0 ? title : `${title} (continued)`);
    const frame = { ...first, page: first.page + n };
    if (rows.length === 0) return framed(frame, `${title}-${n}`, heading, h(Text, { key: 'empty' }, empty));
    // wrap=false keeps a row whole on one page should react-pdf ever have to flow one on
    const body = rows.map((lines, i) => h(Text, { key: i, style: s.row, wrap: false }, lines.join('\n')));
    return framed(frame, `${title}-${n}`, heading, h(Text, { key: 'head', style: s.headRow }, head.join('\n')), ...body);
  });
}

function summaryPage(frame: Frame): ReactElement {
  const { pkg } = frame;
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
    ['Excise tax refund', dollars(c.taxRefund)],
    ['MPF refund', dollars(c.mpfRefund)],
    ['HMF refund', dollars(c.hmfRefund)],
    ['Total refund', dollars(c.totalRefund)],
    ['Claim lines', c.lines.toLocaleString('en-US')],
    ['Quantity claimed', c.quantity.toLocaleString('en-US')],
    ['Open exceptions', String(c.openExceptions)],
    // The ledger's audit chain head on paper too: compared with `audit verify` output, it shows a cut-off ledger.
    ...(pkg.auditAnchor
      ? ([
          ['Audit anchor', `record ${pkg.auditAnchor.seq} of ledger ${pkg.auditAnchor.ledger}`],
          ['Audit record MAC', pkg.auditAnchor.mac],
        ] as [string, string][])
      : []),
  ];
  return framed(
    frame,
    'summary',
    h(Text, { key: 'title', style: s.title }, `Drawback claim ${c.number}`),
    h(Text, { key: 'subtitle', style: s.subtitle }, pkg.provisionLabel),
    ...fields.map(([name, value]) => h(View, { key: name, style: s.field }, h(Text, { style: s.fieldName }, name), h(Text, { style: s.fieldValue }, value))),
  );
}

type DocRow = ClaimPackage['documents'][number];
type ExceptionRow = ClaimPackage['claim']['exceptions'][number];
const DOC_COLUMNS: Column<DocRow>[] = [
  { title: 'Shipment', chars: 26, value: (d) => d.shipmentReference },
  { title: 'Kind', chars: 28, value: (d) => d.kind },
  { title: 'Number', chars: 44, value: (d) => d.reference },
  { title: 'Date', chars: 24, value: (d) => d.documentDate ?? '' },
];
const EXCEPTION_COLUMNS: Column<ExceptionRow>[] = [
  { title: 'Kind', chars: 25, value: (x) => x.kind },
  { title: 'Line', chars: 7, right: true, value: (x) => (x.claimLineNo === null ? '' : String(x.claimLineNo)) },
  { title: 'Message', chars: 64, value: (x) => x.message },
  { title: 'Owner', chars: 16, value: (x) => x.owner },
  { title: 'Age', chars: 6, right: true, value: (x) => `${x.ageDays}d` },
];

function table<T>(title: string, columns: Column<T>[], rows: readonly T[], empty: string) {
  return {
    title,
    empty,
    head: rowText(
      columns,
      columns.map((c) => c.title),
    ),
    chunks: paginate(
      rows.map((r) =>
        rowText(
          columns,
          columns.map((c) => c.value(r)),
        ),
      ),
    ),
  };
}

/** The claim as a Letter-size PDF for people: summary, every claim line, the document index, the open exceptions. */
export function renderClaimPdf(pkg: ClaimPackage): Promise<Buffer> {
  const tables = [
    table('Claim lines', LINE_COLUMNS, pkg.lines, 'The claim has no lines.'),
    table('Document index', DOC_COLUMNS, pkg.documents, 'No export documents are on file for the shipments of this claim.'),
    table(
      'Open exceptions',
      EXCEPTION_COLUMNS,
      pkg.claim.exceptions.filter((x) => x.state === 'open'),
      'No open exceptions.',
    ),
  ];
  const pages = 1 + tables.reduce((n, t) => n + t.chunks.length, 0);
  let next = 2;
  const body = tables.flatMap((t) => {
    const made = tablePages(t.title, t.head, t.empty, t.chunks, { pkg, page: next, pages });
    next += made.length;
    return made;
  });
  const doc = h(
    Document,
    {
      title: `Drawback claim ${pkg.claim.number}`,
      author: pkg.claim.claimant,
      creator: 'Drawback Desk',
      producer: 'Drawback Desk',
      creationDate: new Date(pkg.generatedAt),
      // the signed anchor, read back by `audit verify --anchor FILE.pdf`
      ...(pkg.auditAnchor ? { subject: `${ANCHOR_PDF_PREFIX}${JSON.stringify(pkg.auditAnchor)}` } : {}),
    },
    summaryPage({ pkg, page: 1, pages }),
    ...body,
  );
  return renderToBuffer(doc);
}
