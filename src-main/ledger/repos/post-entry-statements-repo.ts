import type { AuditSeq } from '../audit/audit-seq';
import type { StatementInput } from '../../../src-shared/schemas/post-entry-inputs';
import type { Sqlite } from '../db/open-ledger';
import type { dutyStatements, statementEntries } from '../db/post-entry-schema';
import type { SqlRow } from './sql-row';
import { scaledInteger as s } from './post-entry-scaled';
import type { VersionMeta, VersionState } from './post-entry-pre-entries-repo';

/** Daily and periodic monthly statements in the ledger: versions (preliminary, final, paid) and their entries. */

type Statement = SqlRow<typeof dutyStatements>;
type StatementEntry = SqlRow<typeof statementEntries>;

export type StatementRow = Pick<
  Statement,
  'id' | 'uid' | 'statement_number' | 'version' | 'kind' | 'statement_date' | 'due_date' | 'paid_date' | 'paid_4dp' | 'created_at'
>;

/** An entry on a statement, with the statement's number and dates. */
export type StatementEntryRow = Pick<StatementEntry, 'statement_id' | 'entry_number' | 'preliminary_4dp' | 'final_4dp'> &
  Pick<Statement, 'statement_number' | 'due_date' | 'paid_date'>;

const LATEST = 'SELECT MAX(id) FROM duty_statements GROUP BY statement_number';

export function statementVersionState(db: Sqlite, statementNumber: string, contentHash: string): VersionState {
  return db
    .prepare<[string, string], VersionState>('SELECT MAX(version) AS latest, MAX(content_hash = ?) AS known FROM duty_statements WHERE statement_number = ?')
    .get(contentHash, statementNumber)!; // an aggregate without GROUP BY always returns its one row
}

export function insertStatement(db: Sqlite, input: StatementInput, meta: VersionMeta, auditSeq: AuditSeq): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO duty_statements (uid, statement_number, version, kind, statement_date, due_date, paid_date, paid_4dp, content_hash, created_at, user_id, audit_seq)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(
        meta.uid,
        input.statementNumber,
        meta.version,
        input.kind,
        input.statementDate,
        input.dueDate,
        input.paidDate ?? null,
        input.paidAmount === undefined ? null : s(input.paidAmount),
        meta.contentHash,
        meta.createdAt,
        meta.userId,
        auditSeq,
      ).lastInsertRowid,
  );
  const entry = db.prepare('INSERT INTO statement_entries (statement_id, entry_number, preliminary_4dp, final_4dp, audit_seq) VALUES (?,?,?,?,?)');
  for (const e of input.entries) entry.run(id, e.entryNumber, s(e.preliminary), e.final === undefined ? null : s(e.final), auditSeq);
  return id;
}

/** The newest version of every statement, by statement date. */
export function latestStatements(db: Sqlite): StatementRow[] {
  return db
    .prepare<[], StatementRow>(
      `SELECT id, uid, statement_number, version, kind, statement_date, due_date, paid_date, paid_4dp, created_at FROM duty_statements WHERE id IN (${LATEST}) ORDER BY statement_date, statement_number`,
    )
    .all();
}

/** The entries on the newest version of every statement (or of those naming one entry). */
export function latestStatementEntries(db: Sqlite, entryNumber?: string): StatementEntryRow[] {
  const where = entryNumber ? 'AND e.entry_number = ?' : '';
  return db
    .prepare<string[], StatementEntryRow>(
      `SELECT e.statement_id, s.statement_number, e.entry_number, e.preliminary_4dp, e.final_4dp, s.due_date, s.paid_date
       FROM statement_entries e JOIN duty_statements s ON s.id = e.statement_id WHERE s.id IN (${LATEST}) ${where} ORDER BY s.statement_date, s.statement_number, e.entry_number`,
    )
    .all(...(entryNumber ? [entryNumber] : []));
}

/** Every version of the statements that list this entry (for its timeline). */
export function statementVersionsForEntry(db: Sqlite, entryNumber: string): (StatementRow & Pick<StatementEntry, 'preliminary_4dp' | 'final_4dp'>)[] {
  return db
    .prepare<[string], StatementRow & Pick<StatementEntry, 'preliminary_4dp' | 'final_4dp'>>(
      `SELECT s.id, s.uid, s.statement_number, s.version, s.kind, s.statement_date, s.due_date, s.paid_date, s.paid_4dp, s.created_at, e.preliminary_4dp, e.final_4dp
       FROM statement_entries e JOIN duty_statements s ON s.id = e.statement_id WHERE e.entry_number = ? ORDER BY s.statement_number, s.version`,
    )
    .all(entryNumber);
}
