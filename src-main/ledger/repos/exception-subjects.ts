import type { claimExceptions } from '../db/claims-schema';
import type { Sqlite } from '../db/open-ledger';
import type { SqlRow } from './sql-row';
import { OPEN_EXCEPTION_SQL } from './claim-exceptions-repo';

/**
 * What an exception is about, read from its subject key (`shipment:12:proof`, `entry-line:7:quantity`,
 * `export-line:9:reused`, `claim-line:3:released`): a shipment, an entry line or an export line is
 * shared by every claim line drawn on it, so an exception about one touches all of those lines, not
 * only the line validation met first. Anything else is about the claim line it was raised on.
 */
export type ExceptionSubject = { scope: SharedScope; id: number } | { scope: 'line'; id: number | null };

/** Subjects shared between claim lines, and the claim line's column that names each. */
export const SHARED_SCOPES = ['shipment', 'entry-line', 'export-line'] as const;
type SharedScope = (typeof SHARED_SCOPES)[number];

const isSharedScope = (scope: string | undefined): scope is SharedScope => SHARED_SCOPES.some((s) => s === scope);

export function subjectOf(subjectKey: string, claimLineNo: number | null): ExceptionSubject {
  const [scope, id] = subjectKey.split(':');
  const n = Number(id);
  if (isSharedScope(scope) && Number.isSafeInteger(n)) return { scope, id: n };
  return { scope: 'line', id: claimLineNo };
}

type SubjectRow = Pick<SqlRow<typeof claimExceptions>, 'subject_key' | 'claim_line_no'>;

/** A claim line as far as subjects go: its number, and the shipment, entry line and export line it draws on. */
export interface LineSubjects {
  lineNo: number;
  shipmentId: number;
  entryLineId: number;
  exportLineId: number;
}

export function touchesLine(subject: ExceptionSubject, line: LineSubjects): boolean {
  switch (subject.scope) {
    case 'shipment':
      return subject.id === line.shipmentId;
    case 'entry-line':
      return subject.id === line.entryLineId;
    case 'export-line':
      return subject.id === line.exportLineId;
    default:
      return subject.id === line.lineNo;
  }
}

/**
 * A claim's open exceptions by subject, read once per request: a page of lines counts what touches
 * each of its lines from these maps, and the "only lines with exceptions" filter becomes four id lists
 * SQL matches with an index (a claim of 100,000 lines is never asked one line at a time).
 */
export class OpenSubjects {
  private readonly counts = {
    shipment: new Map<number, number>(),
    'entry-line': new Map<number, number>(),
    'export-line': new Map<number, number>(),
    line: new Map<number, number>(),
  };

  constructor(rows: SubjectRow[]) {
    for (const row of rows) {
      const s = subjectOf(row.subject_key, row.claim_line_no);
      if (s.id === null) continue;
      const map = this.counts[s.scope];
      map.set(s.id, (map.get(s.id) ?? 0) + 1);
    }
  }

  static ofClaim(db: Sqlite, claimId: number): OpenSubjects {
    return new OpenSubjects(
      db
        .prepare<[number], SubjectRow>(`SELECT x.subject_key, x.claim_line_no FROM claim_exceptions x WHERE x.claim_id = ? AND ${OPEN_EXCEPTION_SQL}`)
        .all(claimId),
    );
  }

  /** Open exceptions that touch the line. */
  count(line: LineSubjects): number {
    const c = this.counts;
    return (
      (c.shipment.get(line.shipmentId) ?? 0) +
      (c['entry-line'].get(line.entryLineId) ?? 0) +
      (c['export-line'].get(line.exportLineId) ?? 0) +
      (c.line.get(line.lineNo) ?? 0)
    );
  }

  /** The ids per subject, as JSON arrays for `IN (SELECT value FROM json_each(?))`. */
  idLists(): { shipments: string; entryLines: string; exportLines: string; lines: string } {
    const ids = (m: Map<number, number>) => JSON.stringify([...m.keys()]);
    return {
      shipments: ids(this.counts.shipment),
      entryLines: ids(this.counts['entry-line']),
      exportLines: ids(this.counts['export-line']),
      lines: ids(this.counts.line),
    };
  }
}
