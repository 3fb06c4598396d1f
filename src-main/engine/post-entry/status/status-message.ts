import type { IsoDate } from '../../../../src-shared/post-entry/calendar-date';
import type { DispositionCategory, DispositionCodeRow, DispositionCodesData } from '../../../../src-shared/post-entry/reference-data';

/**
 * Customs status messages as read from an X12 350 or a broker's CSV status list: one message per
 * X4 segment (or CSV row). Nothing is dropped: a message with an unknown disposition code or a bad
 * field is kept, with its problems, for a person to review.
 */
export interface StatusProblem {
  severity: 'error' | 'warning';
  /** Where, in words: "segment 6 (X4) on line 6, element X404" or "line 3, column disposition code". */
  where: string;
  segment?: number;
  tag?: string;
  line?: number;
  field?: string;
  message: string;
}

export interface StatusMessage {
  source: { kind: 'x12-350'; segment: number; line?: number; transaction?: string } | { kind: 'csv'; line: number };
  /** As printed (XXX-NNNNNNN-C) when the number is valid; otherwise left out and `entryAsSent` kept. */
  entryNumber?: string;
  entryAsSent?: string;
  entryType?: string;
  billOfLading?: string;
  houseBill?: string;
  scac?: string;
  quantity?: number;
  dispositionCode: string;
  /** From the disposition code list; left out for a code the list does not have. */
  disposition?: { meaning: string; category: DispositionCategory; source: DispositionCodeRow['source']; critical?: boolean };
  unknownCode: boolean;
  postedDate?: IsoDate;
  /** HH:MM (seconds dropped), as sent; CBP gives no time zone. */
  postedTime?: string;
  /** postedDate with postedTime when there is one: "2025-03-14T13:55". */
  postedAt?: string;
  port?: string;
  firms?: string;
  problems: StatusProblem[];
}

export interface StatusReadResult {
  messages: StatusMessage[];
  /** Problems of the file itself (envelope, counts, missing X4), not of one message. */
  problems: StatusProblem[];
}

export type DispositionLookup = ReadonlyMap<string, DispositionCodeRow>;

export function dispositionLookup(data: DispositionCodesData): DispositionLookup {
  return new Map(data.codes.map((c) => [c.code, c]));
}

/** Adds the code's meaning, or flags a code the list lacks (kept, never dropped). */
export function describeDisposition(message: StatusMessage, codes: DispositionLookup, where: Omit<StatusProblem, 'severity' | 'message'>): void {
  const row = codes.get(message.dispositionCode);
  if (row) {
    message.disposition = { meaning: row.meaning, category: row.category, source: row.source, ...(row.critical ? { critical: true } : {}) };
    return;
  }
  message.unknownCode = true;
  message.problems.push({
    ...where,
    severity: 'warning',
    message: `disposition code ${message.dispositionCode} is not in the disposition code list; the message is kept: check the code against CATAIR Appendix N and add it to resources/reference/post-entry/cbp-disposition-codes.json`,
  });
}

/** "segment 6 (X4) on line 6, element X404". */
export function x12Where(segment: number, tag: string, line: number | undefined, element?: string): string {
  return `segment ${segment} (${tag})${line === undefined ? '' : ` on line ${line}`}${element ? `, element ${element}` : ''}`;
}
