import { hash as sha } from 'node:crypto';
import { fileRef, type ImportIssues, type RowRef } from '../../importing/import-issues';
import { readCsvStatus } from '../../../engine/post-entry/status/csv-status-reader';
import type { DispositionLookup, StatusMessage, StatusProblem } from '../../../engine/post-entry/status/status-message';
import { readX12Status } from '../../../engine/post-entry/status/x12-350-reader';
import type { NewStatusMessage } from '../../../ledger/repos/post-entry-messages-repo';

export interface StatusFile {
  messages: NewStatusMessage[];
  unknownCodes: number;
  /** what was kept but deserves a look, in words */
  warnings: string[];
}

/**
 * Reads an X12 350 or a CSV status list with the engine's readers. Errors (a bad entry number, a
 * date that is not a date, broken envelopes and counts) go to `issues`, so the file is rejected
 * whole; warnings are kept, and a message with an unknown disposition code is kept and flagged.
 */
export function readStatusFile(bytes: Buffer, format: 'x12' | 'csv', issues: ImportIssues, codes: DispositionLookup): StatusFile {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const result = format === 'x12' ? readX12Status(text, codes) : readCsvStatus(text, codes);
  const refs = new Map<string, RowRef>();
  const warnings: string[] = [];
  const report = (problem: StatusProblem) => {
    if (problem.severity === 'warning') return void warnings.push(`${problem.where}: ${problem.message}`);
    const label = problem.line !== undefined ? String(problem.line) : problem.segment !== undefined ? `segment ${problem.segment}` : '1';
    let at = refs.get(label);
    if (!at) refs.set(label, (at = fileRef(label)));
    issues.add(at, problem.field ?? problem.tag ?? 'file', problem.message);
  };
  result.problems.forEach(report);
  const raw = format === 'x12' ? x12Segments(text) : text.split(/\r?\n/);
  let unknownCodes = 0;
  const messages = result.messages.map((m) => {
    m.problems.forEach(report);
    if (m.unknownCode) unknownCodes++;
    return toRow(m, m.source.kind === 'csv' ? raw[m.source.line - 1] : raw[m.source.segment - 1]);
  });
  if (result.messages.length === 0 && issues.count === 0) issues.add(fileRef('1'), 'file', 'the file holds no status messages');
  return { messages, unknownCodes, warnings };
}

/** The segments as sent, in order (segment 1 = the ISA), to keep each message's X4 as raw text. */
function x12Segments(text: string): string[] {
  return text
    .split(text[105] ?? '~')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function toRow(m: StatusMessage, raw: string | undefined): NewStatusMessage {
  const source = m.source;
  const sourceRef =
    source.kind === 'csv'
      ? `line ${source.line}`
      : `segment ${source.segment}${source.line === undefined ? '' : ` (line ${source.line})`}${source.transaction ? `, transaction ${source.transaction}` : ''}`;
  const quantity = m.quantity === undefined ? null : String(m.quantity);
  const entry = m.entryNumber ?? null;
  const bill = m.billOfLading ?? null;
  const postedAt = m.postedAt ?? null;
  const port = m.port ?? null;
  // The same message from another file (a resent 350, a broker list overlapping the carrier feed) is one
  // row: the key is a hash of what the message says, after the time it was posted, so a year of
  // messages goes into the unique index roughly in time order instead of at random places.
  // crypto.hash: one call per message instead of three (a year of traffic is a million messages).
  const hash = sha('sha256', `${entry ?? ''}|${bill ?? ''}|${m.dispositionCode}|${postedAt ?? ''}|${quantity ?? ''}|${port ?? ''}`, 'base64url').slice(0, 16);
  const messageKey = `${(postedAt ?? '').replace(/\D/g, '')}${hash}`;
  return {
    messageKey,
    entryNumber: entry,
    billOfLading: bill,
    dispositionCode: m.dispositionCode,
    category: m.disposition?.category ?? null,
    unknownCode: m.unknownCode,
    postedAt,
    quantity,
    port,
    source: source.kind,
    sourceRef,
    raw: raw ?? '',
  };
}
