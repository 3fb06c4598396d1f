import type { ChecklistItem, ClaimException, ExceptionKind } from '../../../src-shared/domain/claims';
import type { AuditSeq } from '../audit/audit-seq';
import type { claimExceptions, claims, exceptionActions } from '../db/claims-schema';
import type { users } from '../db/users-schema';
import type { Sqlite } from '../db/open-ledger';
import type { SqlRow } from './sql-row';

/** An exception is open until its last resolve/reopen action is a resolve. */
export const OPEN_EXCEPTION_SQL = `COALESCE((SELECT ea.action FROM exception_actions ea WHERE ea.exception_id = x.id AND ea.action IN ('resolve', 'reopen') ORDER BY ea.id DESC LIMIT 1), 'reopen') = 'reopen'`;

/**
 * An exception with its claim's number. `kind` is free text in the schema; only the validator writes
 * it, with one of EXCEPTION_KINDS, so the row says so.
 */
export type ExceptionRow = Omit<SqlRow<typeof claimExceptions>, 'kind' | 'audit_seq'> & {
  kind: ExceptionKind;
  claim_number: SqlRow<typeof claims>['number'];
};

type Action = SqlRow<typeof exceptionActions>;
type Username = SqlRow<typeof users>['username'];

/** An action with the names of its user and of the owner it assigned. */
type ActionRow = Pick<Action, 'exception_id' | 'action' | 'item_index' | 'note' | 'at'> & { owner: Username | null; username: Username };

/** How many of a claim's exceptions are open. */
export function openExceptionCount(db: Sqlite, claimId: number): number {
  return db.prepare<[number], number>(`SELECT COUNT(*) FROM claim_exceptions x WHERE x.claim_id = ? AND ${OPEN_EXCEPTION_SQL}`).pluck().get(claimId)!;
}

/** The messages of a claim's first open exceptions (at most `limit`), oldest first. */
export function openExceptionMessages(db: Sqlite, claimId: number, limit: number): string[] {
  return db
    .prepare<[number, number], string>(`SELECT x.message FROM claim_exceptions x WHERE x.claim_id = ? AND ${OPEN_EXCEPTION_SQL} ORDER BY x.id LIMIT ?`)
    .pluck()
    .all(claimId, limit);
}

const SELECT =
  'SELECT x.id, x.uid, x.claim_id, c.number AS claim_number, x.kind, x.subject_key, x.claim_line_no, x.message, x.checklist_json, x.owner_id, x.created_at FROM claim_exceptions x JOIN claims c ON c.id = x.claim_id';

export function insertException(
  db: Sqlite,
  e: {
    uid: string;
    claimId: number;
    kind: ExceptionKind;
    subjectKey: string;
    claimLineNo: number | null;
    message: string;
    checklist: string[];
    ownerId: number;
    createdAt: string;
  },
  seq: AuditSeq,
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO claim_exceptions (uid, claim_id, kind, subject_key, claim_line_no, message, checklist_json, owner_id, created_at, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?)',
      )
      .run(e.uid, e.claimId, e.kind, e.subjectKey, e.claimLineNo, e.message, JSON.stringify(e.checklist), e.ownerId, e.createdAt, seq).lastInsertRowid,
  );
}

export function insertExceptionAction(
  db: Sqlite,
  a: { exceptionId: number; action: ActionRow['action']; itemIndex?: number | null; ownerId?: number | null; note?: string | null; at: string; userId: number },
  seq: AuditSeq,
): void {
  db.prepare('INSERT INTO exception_actions (exception_id, action, item_index, owner_id, note, at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?,?)').run(
    a.exceptionId,
    a.action,
    a.itemIndex ?? null,
    a.ownerId ?? null,
    a.note ?? null,
    a.at,
    a.userId,
    seq,
  );
}

export function exceptionsOfClaim(db: Sqlite, claimId: number): ExceptionRow[] {
  return db.prepare<[number], ExceptionRow>(`${SELECT} WHERE x.claim_id = ? ORDER BY x.id`).all(claimId);
}

export function findExceptionRow(db: Sqlite, uid: string): ExceptionRow | undefined {
  return db.prepare<[string], ExceptionRow>(`${SELECT} WHERE x.uid = ?`).get(uid);
}

export function isOpen(db: Sqlite, exceptionId: number): boolean {
  return db.prepare(`SELECT 1 FROM claim_exceptions x WHERE x.id = ? AND ${OPEN_EXCEPTION_SQL}`).get(exceptionId) !== undefined;
}

export function queryExceptions(
  db: Sqlite,
  filter: { state: 'open' | 'resolved' | 'all'; claimId?: number; ownerId?: number; offset?: number; limit: number },
): ExceptionRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.claimId !== undefined) {
    where.push('x.claim_id = ?');
    params.push(filter.claimId);
  }
  if (filter.ownerId !== undefined) {
    // the owner is the last assignment's, or the one it was raised with
    where.push(
      `COALESCE((SELECT ea.owner_id FROM exception_actions ea WHERE ea.exception_id = x.id AND ea.action = 'assign' ORDER BY ea.id DESC LIMIT 1), x.owner_id) = ?`,
    );
    params.push(filter.ownerId);
  }
  if (filter.state === 'open') where.push(OPEN_EXCEPTION_SQL);
  if (filter.state === 'resolved') where.push(`NOT (${OPEN_EXCEPTION_SQL})`);
  return db
    .prepare<unknown[], ExceptionRow>(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY x.id LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset ?? 0);
}

/** Replays each exception's actions into what the queue shows: owner, checklist, open or resolved. */
export function toExceptions(db: Sqlite, rows: ExceptionRow[], now: Date): ClaimException[] {
  if (rows.length === 0) return [];
  const owners = new Map(
    db
      .prepare<[], Pick<SqlRow<typeof users>, 'id' | 'username'>>('SELECT id, username FROM users')
      .all()
      .map((u) => [u.id, u.username]),
  );
  const actions = new Map<number, ActionRow[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const found = db
      .prepare<number[], ActionRow>(
        `SELECT ea.exception_id, ea.action, ea.item_index, o.username AS owner, ea.note, ea.at, u.username FROM exception_actions ea JOIN users u ON u.id = ea.user_id LEFT JOIN users o ON o.id = ea.owner_id WHERE ea.exception_id IN (${chunk.map(() => '?').join(',')}) ORDER BY ea.id`,
      )
      .all(...chunk);
    for (const a of found) actions.set(a.exception_id, [...(actions.get(a.exception_id) ?? []), a]);
  }
  return rows.map((row) => {
    const texts = JSON.parse(row.checklist_json) as string[];
    let checklist: ChecklistItem[] = texts.map((text) => ({ text, done: false, by: null, at: null, deskCheck: null }));
    let owner = owners.get(row.owner_id) ?? '?';
    let resolved: ActionRow | null = null;
    for (const a of actions.get(row.id) ?? []) {
      if ((a.action === 'tick' || a.action === 'untick') && a.item_index !== null && checklist[a.item_index]) {
        checklist[a.item_index] =
          a.action === 'tick'
            ? { text: texts[a.item_index]!, done: true, by: a.username, at: a.at, deskCheck: null }
            : { text: texts[a.item_index]!, done: false, by: null, at: null, deskCheck: null };
      } else if (a.action === 'assign' && a.owner) owner = a.owner;
      else if (a.action === 'resolve') resolved = a;
      else if (a.action === 'reopen') {
        // the problem came back: the checklist starts again
        resolved = null;
        checklist = texts.map((text) => ({ text, done: false, by: null, at: null, deskCheck: null }));
      }
    }
    const end = resolved ? new Date(resolved.at) : now;
    return {
      id: row.uid,
      claimNumber: row.claim_number,
      kind: row.kind,
      claimLineNo: row.claim_line_no,
      message: row.message,
      owner,
      checklist,
      state: resolved ? 'resolved' : 'open',
      createdAt: row.created_at,
      resolvedAt: resolved?.at ?? null,
      resolvedBy: resolved?.username ?? null,
      note: resolved?.note ?? null,
      ageDays: Math.max(0, Math.floor((end.getTime() - Date.parse(row.created_at)) / 86_400_000)),
    };
  });
}
