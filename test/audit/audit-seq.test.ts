import { afterEach, describe, expect, it } from 'vitest';
import { withAudit } from '../../src-main/ledger/audit/audit-log';
import type { AuditSeq } from '../../src-main/ledger/audit/audit-seq';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import type { Sqlite } from '../../src-main/ledger/db/open-ledger';
import { insertLocation } from '../../src-main/ledger/repos/locations-repo';
import { insertSettingChange } from '../../src-main/ledger/repos/settings-repo';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * A ledger write outside the audited path does not compile: repo writers take an AuditSeq, and only
 * withAudit makes one. The `@ts-expect-error` lines are checked by `tsc` (npm run typecheck, part of
 * npm test): if a plain number were ever accepted, the directive itself would be the type error.
 * The functions holding them are never called: no row is written outside withAudit here.
 */
export function unauditedWrites(db: Sqlite, seq: number): void {
  // @ts-expect-error a plain number is not an audit record's seq
  insertLocation(db, { code: 'X', description: '', drawbackSegregated: false }, seq);
  // @ts-expect-error not even a literal that happens to be the next record's number
  insertSettingChange(db, { key: 'labels.printer', value: '', at: '2024-01-01T00:00:00.000Z', userId: 1 }, 7);
  // @ts-expect-error a number is not widened to an AuditSeq by annotation either
  const forged: AuditSeq = seq;
  void forged;
}

describe('AuditSeq', () => {
  let t: TestDesk | undefined;
  afterEach(() => t?.dispose());

  it('is what withAudit hands the write: the rows carry the number of the record that covers them', () => {
    t = createTestDesk({ seed: true });
    const { ctx } = t.desk;
    const seq = withAudit(ctx.db, ctx, { action: 'locations:add', subject: 'location SEQ-1', actor: 'system' }, (s) => {
      insertLocation(ctx.db, { code: 'SEQ-1', description: 'typed seq', drawbackSegregated: false }, s);
      return s;
    });
    const row = ctx.db.prepare('SELECT audit_seq FROM locations WHERE code = ?').get('SEQ-1') as { audit_seq: number };
    const record = ctx.db.prepare('SELECT MAX(seq) AS seq FROM audit_log').get() as { seq: number };
    expect(row.audit_seq).toBe(seq);
    expect(record.seq).toBe(seq);
    expect(verifyAudit(t.desk.ledger.sqlite).ok).toBe(true);
    expect(typeof unauditedWrites).toBe('function');
  });
});
