import type { ClaimEvent, ClaimLine, ClaimLinePage, ClaimProvision, ClaimState, ClaimSummary } from '../../../src-shared/domain/claims';
import { claimedToCent, formatClaimed, formatMoney, perUnit } from '../../../src-shared/money';
import type { ClaimLinesQuery } from '../../../src-shared/schemas/claim-inputs';
import { convertToBase } from '../../../src-shared/units';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import { claimLineExclusions, claims, type claimEvents, type claimLines } from '../db/claims-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { exportLines, exportShipments } from '../db/exports-schema';
import type { lots } from '../db/inventory-schema';
import type { allocations } from '../db/matching-schema';
import type { users } from '../db/users-schema';
import { ormOf } from './orm';
import type { SqlRow } from './sql-row';
import { OPEN_EXCEPTION_SQL } from './claim-exceptions-repo';
import { OpenSubjects, type LineSubjects } from './exception-subjects';

/** A claim's state: the last event's. */
export const CLAIM_STATE_SQL = '(SELECT ev.to_state FROM claim_events ev WHERE ev.claim_id = c.id ORDER BY ev.id DESC LIMIT 1)';
/** A claim line that counts: not excluded. */
export const LINE_COUNTS_SQL = 'NOT EXISTS (SELECT 1 FROM claim_line_exclusions z WHERE z.claim_line_id = cl.id)';

/** A claim with its drafter's name and its state (the provision as stored is one of the desk's provisions). */
export type ClaimRow = Pick<
  SqlRow<typeof claims>,
  'id' | 'uid' | 'number' | 'accounting_method' | 'claimant' | 'period_start' | 'period_end' | 'claim_date' | 'include_mpf' | 'created_at' | 'user_id'
> &
  Pick<SqlRow<typeof users>, 'username'> & { provision: ClaimProvision; state: ClaimState };

const SELECT_CLAIM = `SELECT c.id, c.uid, c.number, c.provision, c.accounting_method, c.claimant, c.period_start, c.period_end, c.claim_date, c.include_mpf, c.created_at, c.user_id,
  u.username, ${CLAIM_STATE_SQL} AS state FROM claims c JOIN users u ON u.id = c.user_id`;

export function findClaim(db: Sqlite, number: string): ClaimRow | undefined {
  return db.prepare<[string], ClaimRow>(`${SELECT_CLAIM} WHERE c.number = ?`).get(number);
}

export function nextClaimNumber(db: Sqlite, year: number): string {
  const row = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM claims WHERE number LIKE ?').get(`DD-${year}-%`)!;
  return `DD-${year}-${String(row.n + 1).padStart(4, '0')}`;
}

/** A new claim (its lines and first event follow under the same audit record); returns its row id. */
export function insertClaim(db: Sqlite, c: Omit<typeof claims.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): number {
  return Number(
    ormOf(db)
      .insert(claims)
      .values({ ...c, auditSeq: seq })
      .run().lastInsertRowid,
  );
}

/** A claim in force (not withdrawn) that counts this allocation on a line not excluded, if any. */
export function claimInForceUsing(db: Sqlite, allocationId: number): Pick<ClaimRow, 'number'> | undefined {
  return db
    .prepare<[number], Pick<ClaimRow, 'number'>>(
      `SELECT c.number FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id
       WHERE cl.allocation_id = ? AND NOT EXISTS (SELECT 1 FROM claim_line_exclusions z WHERE z.claim_line_id = cl.id)
         AND (SELECT e.to_state FROM claim_events e WHERE e.claim_id = c.id ORDER BY e.id DESC LIMIT 1) != 'withdrawn' LIMIT 1`,
    )
    .get(allocationId);
}

/** Who last put the claim up for review. */
export function claimSubmitter(db: Sqlite, claimId: number): { user_id: number } | undefined {
  return db
    .prepare<[number], { user_id: number }>("SELECT user_id FROM claim_events WHERE claim_id = ? AND to_state = 'in-review' ORDER BY id DESC LIMIT 1")
    .get(claimId);
}

/**
 * Excludes claim lines under one audit record, statements prepared once for all the lines:
 * `line` finds a line (and whether it is already out), `exclude` takes it out.
 */
export function claimLineExcluder(db: Sqlite, seq: AuditSeq) {
  const find = db.prepare<[number, number], { id: number; excluded: number }>(
    'SELECT cl.id, EXISTS (SELECT 1 FROM claim_line_exclusions z WHERE z.claim_line_id = cl.id) AS excluded FROM claim_lines cl WHERE cl.claim_id = ? AND cl.line_no = ?',
  );
  const insert = db.prepare('INSERT INTO claim_line_exclusions (claim_line_id, reason, at, user_id, audit_seq) VALUES (?,?,?,?,?)');
  return {
    line: (claimId: number, lineNo: number) => find.get(claimId, lineNo),
    exclude: (x: Pick<typeof claimLineExclusions.$inferInsert, 'claimLineId' | 'reason' | 'at' | 'userId'>) =>
      void insert.run(x.claimLineId, x.reason, x.at, x.userId, seq),
  };
}

export interface NewClaimLine {
  lineNo: number;
  allocationId: number;
  exportLineId: number;
  lotId: number;
  entryLineId: number;
  quantity: number;
  duty4dp: bigint;
  refund4dp: bigint;
  taxRefund4dp: bigint;
  mpfRefund4dp: bigint;
  hmfRefund4dp: bigint;
}

export function insertClaimLines(db: Sqlite, claimId: number, lines: NewClaimLine[], seq: AuditSeq): void {
  const insert = db.prepare(
    'INSERT INTO claim_lines (claim_id, line_no, allocation_id, export_line_id, lot_id, entry_line_id, quantity, duty_4dp, refund_4dp, tax_refund_4dp, mpf_refund_4dp, hmf_refund_4dp, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
  );
  for (const l of lines)
    insert.run(
      claimId,
      l.lineNo,
      l.allocationId,
      l.exportLineId,
      l.lotId,
      l.entryLineId,
      l.quantity,
      l.duty4dp,
      l.refund4dp,
      l.taxRefund4dp,
      l.mpfRefund4dp,
      l.hmfRefund4dp,
      seq,
    );
}

export function insertClaimEvent(
  db: Sqlite,
  e: {
    claimId: number;
    from: ClaimState | null;
    to: ClaimState;
    at: string;
    userId: number;
    approverId?: number | null;
    reason?: string | null;
    reference?: string | null;
    amount4dp?: bigint | null;
  },
  seq: AuditSeq,
): void {
  db.prepare(
    'INSERT INTO claim_events (claim_id, from_state, to_state, at, user_id, approver_id, reason, reference, amount_4dp, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?)',
  ).run(e.claimId, e.from, e.to, e.at, e.userId, e.approverId ?? null, e.reason ?? null, e.reference ?? null, e.amount4dp ?? null, seq);
}

/** A claim's refunds summed by type over its counted lines (lines drafted before taxes and HMF were kept read NULL: none). */
export const REFUND_SUMS_SQL =
  'COALESCE(SUM(cl.refund_4dp), 0) AS refund, COALESCE(SUM(cl.tax_refund_4dp), 0) AS tax, COALESCE(SUM(cl.mpf_refund_4dp), 0) AS mpf, COALESCE(SUM(cl.hmf_refund_4dp), 0) AS hmf';
export interface RefundSums {
  refund: bigint;
  tax: bigint;
  mpf: bigint;
  hmf: bigint;
}

/**
 * What a claim states: the refund of each type rounded DOWN to the cent (refundCents, the one rule),
 * and the total as their sum, so the total is exactly what the stated parts add up to.
 */
export function statedRefunds(sums: RefundSums): { duty: bigint; tax: bigint; mpf: bigint; hmf: bigint; total: bigint } {
  const duty = claimedToCent(sums.refund);
  const tax = claimedToCent(sums.tax);
  const mpf = claimedToCent(sums.mpf);
  const hmf = claimedToCent(sums.hmf);
  return { duty, tax, mpf, hmf, total: duty + tax + mpf + hmf };
}

export function claimSummary(db: Sqlite, claim: ClaimRow): ClaimSummary {
  const totals = db
    .prepare<[number], { lines: bigint; quantity: bigint; duty: bigint } & RefundSums>(
      `SELECT COUNT(*) AS lines, COALESCE(SUM(quantity), 0) AS quantity, COALESCE(SUM(duty_4dp), 0) AS duty, ${REFUND_SUMS_SQL} FROM claim_lines cl WHERE cl.claim_id = ? AND ${LINE_COUNTS_SQL}`,
    )
    .safeIntegers(true)
    .get(claim.id)!; // an aggregate without GROUP BY always returns its one row
  const stated = statedRefunds(totals);
  const open = db
    .prepare<[number], { n: number }>(`SELECT COUNT(*) AS n FROM claim_exceptions x WHERE x.claim_id = ? AND ${OPEN_EXCEPTION_SQL}`)
    .get(claim.id)!;
  const filed = db
    .prepare<[number], Pick<ClaimEventRow, 'reference'>>(
      "SELECT reference FROM claim_events WHERE claim_id = ? AND to_state = 'filed' ORDER BY id DESC LIMIT 1",
    )
    .get(claim.id);
  return {
    id: claim.uid,
    number: claim.number,
    provision: claim.provision,
    accountingMethod: claim.accounting_method,
    claimant: claim.claimant,
    periodStart: claim.period_start,
    periodEnd: claim.period_end,
    claimDate: claim.claim_date,
    includeMpf: claim.include_mpf === 1,
    state: claim.state,
    createdAt: claim.created_at,
    createdBy: claim.username,
    lines: Number(totals.lines),
    quantity: Number(totals.quantity),
    dutyPaid: formatMoney(totals.duty),
    dutyRefund: formatClaimed(stated.duty),
    taxRefund: formatClaimed(stated.tax),
    mpfRefund: formatClaimed(stated.mpf),
    hmfRefund: formatClaimed(stated.hmf),
    totalRefund: formatClaimed(stated.total),
    openExceptions: open.n,
    filedReference: filed?.reference ?? null,
  };
}

export function listClaims(db: Sqlite, state?: ClaimState): ClaimSummary[] {
  const rows = db.prepare<[], ClaimRow>(`${SELECT_CLAIM} ORDER BY c.id DESC LIMIT 500`).all();
  return rows.filter((r) => state === undefined || r.state === state).map((r) => claimSummary(db, r));
}

type ClaimEventRow = SqlRow<typeof claimEvents>;
type Username = SqlRow<typeof users>['username'];

/** An event with its people's names; the states as stored are the desk's claim states. */
type EventRow = Pick<ClaimEventRow, 'at' | 'reason' | 'reference' | 'amount_4dp'> & {
  from_state: ClaimState | null;
  to_state: ClaimState;
  username: Username;
  approver: Username | null;
};

export function claimHistory(db: Sqlite, claimId: number): ClaimEvent[] {
  const rows = db
    .prepare<[number], EventRow>(
      'SELECT e.from_state, e.to_state, e.at, u.username, a.username AS approver, e.reason, e.reference, e.amount_4dp FROM claim_events e JOIN users u ON u.id = e.user_id LEFT JOIN users a ON a.id = e.approver_id WHERE e.claim_id = ? ORDER BY e.id',
    )
    .all(claimId);
  return rows.map((r) => ({
    fromState: r.from_state,
    toState: r.to_state,
    at: r.at,
    user: r.username,
    approver: r.approver,
    reason: r.reason,
    reference: r.reference,
    amount: r.amount_4dp === null ? null : formatMoney(BigInt(r.amount_4dp)),
  }));
}

type ClaimLineRow = SqlRow<typeof claimLines>;
type EntryLine = SqlRow<typeof entryLines>;
type ExportLine = SqlRow<typeof exportLines>;

/** A claim line with what it draws on (the columns of SELECT_LINES). */
type LineRow = Pick<
  ClaimLineRow,
  'id' | 'line_no' | 'quantity' | 'duty_4dp' | 'refund_4dp' | 'tax_refund_4dp' | 'mpf_refund_4dp' | 'hmf_refund_4dp' | 'entry_line_id' | 'export_line_id'
> &
  Pick<SqlRow<typeof exportShipments>, 'reference' | 'export_date' | 'destination_country'> &
  Pick<ExportLine, 'hts10' | 'shipment_id'> &
  Pick<SqlRow<typeof items>, 'sku' | 'uom'> &
  Pick<SqlRow<typeof importEntries>, 'entry_number' | 'import_date'> &
  Pick<SqlRow<typeof lots>, 'lot_code'> &
  Pick<SqlRow<typeof allocations>, 'basis'> & {
    export_line_number: ExportLine['line_number'];
    import_hts10: EntryLine['hts10'];
    entry_line_number: EntryLine['line_number'];
    line_duty: EntryLine['duty_4dp'];
    line_quantity: EntryLine['quantity'];
    line_uom: EntryLine['uom'];
    /** NOT EXISTS gives 0 or 1 */
    excluded: number;
  };

const SELECT_LINES = `SELECT cl.id, cl.line_no, s.reference, x.line_number AS export_line_number, s.export_date, s.destination_country, i.sku, x.hts10, el.hts10 AS import_hts10, cl.quantity, i.uom,
    e.entry_number, el.line_number AS entry_line_number, e.import_date, l.lot_code, a.basis, el.duty_4dp AS line_duty, el.quantity AS line_quantity, el.uom AS line_uom,
    cl.duty_4dp, cl.refund_4dp, cl.tax_refund_4dp, cl.mpf_refund_4dp, cl.hmf_refund_4dp, NOT ${LINE_COUNTS_SQL} AS excluded, x.shipment_id, cl.entry_line_id, cl.export_line_id
  FROM claim_lines cl JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id
  JOIN lots l ON l.id = cl.lot_id JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = cl.entry_line_id JOIN import_entries e ON e.id = el.entry_id
  JOIN allocations a ON a.id = cl.allocation_id`;

const subjectsOf = (r: LineRow): LineSubjects => ({
  lineNo: r.line_no,
  shipmentId: r.shipment_id,
  entryLineId: r.entry_line_id,
  exportLineId: r.export_line_id,
});

/** A line as the screens see it; `open` counts the open exceptions that touch it (see exception-subjects.ts). */
export function toClaimLine(r: LineRow, open: OpenSubjects): ClaimLine {
  return {
    lineNo: r.line_no,
    shipmentReference: r.reference,
    exportLineNumber: r.export_line_number,
    exportDate: r.export_date,
    destinationCountry: r.destination_country,
    sku: r.sku,
    hts: r.hts10,
    importHts: r.import_hts10,
    quantity: r.quantity,
    uom: r.uom,
    entryNumber: r.entry_number,
    entryLineNumber: r.entry_line_number,
    importDate: r.import_date,
    lotCode: r.lot_code,
    basis: r.basis,
    dutyPerUnit: formatMoney(perUnit(BigInt(r.line_duty), convertToBase(r.line_quantity, r.line_uom, r.uom) ?? r.line_quantity), 4),
    // a line's amounts as stored, to the ten-thousandth: the claim's totals are what round (down) to cents
    dutyPaid: formatMoney(BigInt(r.duty_4dp), 4),
    refund: formatMoney(BigInt(r.refund_4dp), 4),
    taxRefund: formatMoney(BigInt(r.tax_refund_4dp ?? 0), 4),
    mpfRefund: formatMoney(BigInt(r.mpf_refund_4dp), 4),
    hmfRefund: formatMoney(BigInt(r.hmf_refund_4dp ?? 0), 4),
    excluded: r.excluded === 1,
    openExceptions: open.count(subjectsOf(r)),
  };
}

export function claimLine(db: Sqlite, claimId: number, lineNo: number): (ClaimLine & { rowId: number; subjects: LineSubjects }) | undefined {
  const row = db.prepare<[number, number], LineRow>(`${SELECT_LINES} WHERE cl.claim_id = ? AND cl.line_no = ?`).get(claimId, lineNo);
  return row && { ...toClaimLine(row, OpenSubjects.ofClaim(db, claimId)), rowId: row.id, subjects: subjectsOf(row) };
}

/** One page of a claim's lines, filtered; the screen asks for pages as the person scrolls. */
export function claimLinesPage(db: Sqlite, claimId: number, query: ClaimLinesQuery): ClaimLinePage {
  const where = ['cl.claim_id = @claim'];
  const params: Record<string, unknown> = { claim: claimId, limit: query.limit, offset: query.offset };
  if (query.text) {
    where.push('(e.entry_number LIKE @text OR i.sku LIKE @text OR l.lot_code LIKE @text OR s.reference LIKE @text)');
    params.text = `${query.text.replace(/[%_]/g, '')}%`;
  }
  const open = OpenSubjects.ofClaim(db, claimId);
  if (query.onlyExceptions) {
    // a line with an exception: its shipment, entry line, export line or itself is the subject of an open one
    Object.assign(params, open.idLists());
    where.push(`(x.shipment_id IN (SELECT value FROM json_each(@shipments)) OR cl.entry_line_id IN (SELECT value FROM json_each(@entryLines))
      OR cl.export_line_id IN (SELECT value FROM json_each(@exportLines)) OR cl.line_no IN (SELECT value FROM json_each(@lines)))`);
  }
  const filtered = where.length > 1;
  const total = db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM claim_lines WHERE claim_id = ?').get(claimId)!.n;
  const from = `FROM claim_lines cl JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id JOIN lots l ON l.id = cl.lot_id JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = cl.entry_line_id JOIN import_entries e ON e.id = el.entry_id`;
  const matching = filtered
    ? db.prepare<[Record<string, unknown>], { n: number }>(`SELECT COUNT(*) AS n ${from} WHERE ${where.join(' AND ')}`).get(params)!.n
    : total;
  const rows = db
    .prepare<[Record<string, unknown>], LineRow>(`${SELECT_LINES} WHERE ${where.join(' AND ')} ORDER BY cl.line_no LIMIT @limit OFFSET @offset`)
    .all(params);
  return { total, matching, offset: query.offset, lines: rows.map((r) => toClaimLine(r, open)) };
}
