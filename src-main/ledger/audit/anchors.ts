import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../db/open-ledger';
import { auditHeadSeal } from '../repos/audit-log-repo';
import { auditChainOf, type AuditAnchor } from './audit-chain';

/**
 * Anchors: the chain's head {seq, mac} written down outside the ledger file, each signed with the
 * ledger's key. The anchor log beside the ledger gets one after every audited write; every claim
 * package carries one (JSON field, worksheet section, PDF subject); a head-office sync can carry
 * `currentAnchor`. An anchor beyond the ledger's last record shows that its end was cut off.
 */

/** The append-only anchor log beside a ledger file. */
export function anchorLogPath(ledgerPath: string): string {
  return `${ledgerPath}.anchors`;
}

/** The chain's head now, signed, to carry outside the file (`source` says where it goes). */
export function currentAnchor(db: Sqlite, source: string, at: string): AuditAnchor | null {
  const head = auditHeadSeal(db);
  return head ? auditChainOf(db).anchor(head.seq, head.hash, at, source) : null;
}

export const ANCHOR_WORKSHEET_SECTION = 'AUDIT ANCHOR';
export const ANCHOR_WORKSHEET_HEADER = ['Ledger', 'Audit record', 'Record MAC', 'Anchored at', 'Source', 'Signature'] as const;
export const anchorWorksheetRow = (a: AuditAnchor) => [a.ledger, a.seq, a.mac, a.at, a.source, a.sig];
/** The PDF's Subject metadata: a person sees it in the document properties, `audit verify --anchor` reads it. */
export const ANCHOR_PDF_PREFIX = 'Drawback Desk audit anchor ';

export interface FoundAnchor {
  anchor: AuditAnchor;
  /** where it was found, in words ("anchor log ledger.db.anchors line 12") */
  where: string;
}

export interface AnchorFile {
  label: string;
  anchors: FoundAnchor[];
  /** lines or parts that are not anchors (a line cut short by a crash) */
  unreadable: string[];
}

function isAnchor(value: unknown): value is AuditAnchor {
  const a = value as AuditAnchor;
  return (
    !!a &&
    typeof a === 'object' &&
    typeof a.ledger === 'string' &&
    Number.isInteger(a.seq) &&
    typeof a.mac === 'string' &&
    typeof a.at === 'string' &&
    typeof a.source === 'string' &&
    typeof a.sig === 'string'
  );
}

/**
 * The PDF's /Subject string (pdfkit writes it as an indirect object): a literal string with \ ( )
 * and control characters escaped; our anchor is ASCII. Read by hand: no PDF parser is a dependency,
 * and this one field is all that is needed.
 */
function pdfSubject(pdf: string): string | undefined {
  const entry = /\/Subject\s*(?:\(|(\d+)\s+(\d+)\s+R)/.exec(pdf);
  if (!entry) return undefined;
  let at = entry.index + entry[0].length;
  if (entry[1] !== undefined) {
    const object = new RegExp(`(?:^|\\s)${entry[1]}\\s+${entry[2]}\\s+obj\\s*\\(`).exec(pdf);
    if (!object) return undefined;
    at = object.index + object[0].length;
  }
  let out = '';
  for (let i = at; i < pdf.length; i++) {
    const c = pdf[i]!;
    if (c === ')') return out;
    if (c !== '\\') out += c;
    else {
      const next = pdf[++i]!;
      out += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next;
    }
  }
  return undefined;
}

/** Reads the anchors of an anchor log, or of a claim package (JSON, worksheet or PDF). */
export function readAnchorFile(file: string): AnchorFile {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `there is no anchor file at ${file}: name an anchor log or a claim package (JSON, worksheet or PDF)`);
  const bytes = readFileSync(file);
  const name = basename(file);
  const text = bytes.toString(bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? 'latin1' : 'utf8').replace(/^\uFEFF/, '');
  const one = (label: string, value: unknown): AnchorFile =>
    isAnchor(value)
      ? { label, anchors: [{ anchor: value, where: label }], unreadable: [] }
      : { label, anchors: [], unreadable: [`${label} carries no audit anchor`] };
  if (text.startsWith('%PDF-')) {
    const subject = pdfSubject(text);
    return one(`claim package ${name}`, subject?.startsWith(ANCHOR_PDF_PREFIX) ? JSON.parse(subject.slice(ANCHOR_PDF_PREFIX.length)) : undefined);
  }
  const section = text.indexOf(`# ${ANCHOR_WORKSHEET_SECTION}`);
  if (section >= 0) {
    const rows = parse(text.slice(section).split(/\r?\n/).slice(1, 3).join('\n'), { relax_column_count: true }) as string[][];
    const [ledger, seq, mac, at, source, sig] = rows[1] ?? [];
    return one(`claim package ${name}`, { ledger, seq: Number(seq), mac, at, source, sig });
  }
  if (text.trimStart().startsWith('{') && !text.trimStart().startsWith('{"ledger"')) {
    return one(`claim package ${name}`, (JSON.parse(text) as { auditAnchor?: unknown }).auditAnchor);
  }
  const label = `anchor log ${name}`;
  const found: AnchorFile = { label, anchors: [], unreadable: [] };
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (isAnchor(value)) found.anchors.push({ anchor: value, where: `${label} line ${i + 1}` });
    else found.unreadable.push(`${label} line ${i + 1} is not an anchor`);
  });
  if (found.anchors.length === 0) {
    return {
      label: name,
      anchors: [],
      unreadable: [`${name} holds no audit anchor: name an anchor log, or a claim package as JSON, worksheet or PDF (a CSV package carries none)`],
    };
  }
  return found;
}
