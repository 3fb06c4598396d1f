import type { AuditVerification } from '../../../src-shared/domain/ledger';
import type { Sqlite } from '../db/open-ledger';
import { auditRecordsInOrder, countAuditRecords } from '../repos/audit-log-repo';
import { auditChainOf, sameHex, type AuditChain } from './audit-chain';
import { collectAnchors, type AnchorSet } from './anchor-check';
import { GENESIS_HASH, unkeyedRecordHash } from './record-seal';
import { combineDigests } from './row-digest';
import { rowsByRecord } from './rows-by-record';
import { schemaDifferences } from './schema-check';

export interface VerifyOptions {
  /** the chain to check against: by default the one opened with `db`; null checks a ledger made before keyed trails, unkeyed */
  chain?: AuditChain | null;
  /** anchor logs or claim packages to check besides the anchor log beside the ledger */
  anchorFiles?: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

/**
 * Proves the ledger file was not edited behind the app's back: the schema is the migrations' own,
 * the records form an unbroken chain from 1, each sealed with the ledger's audit key (a keyed MAC
 * nobody without the key can recompute), the rows each record wrote hash to its digest, and every
 * anchor kept outside the file matches its record, none lying beyond the last one (a cut-off end).
 * Stops at the first bad record and names it (seq 0: the schema itself).
 */
export function verifyAudit(db: Sqlite, options: VerifyOptions = {}): AuditVerification {
  const chain = options.chain === undefined ? auditChainOf(db) : options.chain;
  // Anchors first, then one read snapshot: an anchor is appended only after its record committed, so
  // every anchor read now names a record the snapshot holds (the other order could see a write in
  // progress as a cut-off end), and the rows and records are judged as of one moment.
  const anchors: AnchorSet = chain
    ? collectAnchors(chain, options.anchorFiles ?? [])
    : { bySeq: new Map(), counts: new Map(), notes: ['checked without a key: a ledger made before keyed audit trails'] };
  return db.transaction(() => verifySnapshot(db, chain, anchors, options.onProgress))();
}

function verifySnapshot(db: Sqlite, chain: AuditChain | null, anchors: AnchorSet, onProgress?: (done: number, total: number) => void): AuditVerification {
  const total = countAuditRecords(db);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rowsChecked = 0;
  let recordsChecked = 0;
  const outcome = (): Omit<AuditVerification, 'ok'> => ({
    recordsChecked,
    rowsChecked,
    anchors: [...anchors.counts].map(([source, count]) => ({ source, count })),
    notes: anchors.notes,
    ...(chain ? { key: chain.keyWhere } : {}),
  });
  const fail = (seq: number, reason: string): AuditVerification => ({ ok: false, ...outcome(), firstBad: { seq, reason } });

  // First the schema: a trigger, view, index or column changed outside the app would vouch for rewritten rows.
  const schema = schemaDifferences(db);
  if (schema.length > 0) return fail(0, `the ledger schema was changed outside the app, so no record can be trusted: ${schema.join('; ')}`);
  if (anchors.forged) return fail(anchors.forged.anchor.seq, `${anchors.forged.where} is not signed with this ledger's audit key: the anchor file was edited`);

  const rowGroups = rowsByRecord(db);
  for (const record of auditRecordsInOrder(db)) {
    const label = `record ${record.seq} (${record.action} ${record.subject}, ${record.at})`;
    if (record.seq !== expectedSeq) {
      return fail(record.seq, `${label}: expected record ${expectedSeq} here; records were deleted or reordered`);
    }
    if (record.prev_hash !== prevHash) return fail(record.seq, `${label}: does not chain to record ${expectedSeq - 1}`);
    const { hash, ...rest } = record;
    if (!sameHex(chain ? chain.seal(rest) : unkeyedRecordHash(rest), hash)) {
      const keyed = chain && record.seq >= chain.identity.keyedFromSeq;
      return fail(
        record.seq,
        keyed
          ? `${label}: the record itself was edited: it is not sealed with this ledger's audit key (an edit re-sealed without the key looks like this too)`
          : `${label}: the record itself was edited`,
      );
    }
    const rows = combineDigests(rowGroups.digests.get(record.seq) ?? new Map());
    rowGroups.digests.delete(record.seq);
    const split = rowGroups.split.get(record.seq);
    if (split) return fail(record.seq, `${label}: rows were inserted among the ledger rows it wrote (at ${split})`);
    if (rows.digest !== record.rows_digest) {
      return fail(record.seq, `${label}: the ledger rows it wrote were edited, deleted or added to (tables: ${rows.tables.join(', ') || 'none left'})`);
    }
    for (const a of anchors.bySeq.get(record.seq) ?? []) {
      if (!sameHex(a.anchor.mac, hash)) {
        return fail(
          record.seq,
          `${label}: is not the record ${a.where} vouches for (anchored ${a.anchor.at}): this file is another copy of the ledger, or was rewritten with its key`,
        );
      }
    }
    rowsChecked += rows.rows;
    recordsChecked++;
    prevHash = hash;
    expectedSeq++;
    if (onProgress && recordsChecked % 1000 === 0) onProgress(recordsChecked, total);
  }

  // Rows claiming a record that does not exist were added outside the app.
  const orphan = Math.min(...rowGroups.digests.keys());
  if (Number.isFinite(orphan)) {
    return fail(orphan, `${rowGroups.firstRow.get(orphan)} claims audit record ${orphan}, which does not exist: the row was added outside the app`);
  }
  // An anchor beyond the last record: the records after it were cut off together with their rows.
  const last = anchors.last;
  if (last && last.anchor.seq >= expectedSeq) {
    const missing = last.anchor.seq === expectedSeq ? `record ${expectedSeq} is missing` : `records ${expectedSeq} to ${last.anchor.seq} are missing`;
    return fail(
      expectedSeq,
      `record ${expectedSeq} onwards: ${missing}: ${last.where} (anchored ${last.anchor.at}) vouches for record ${last.anchor.seq}, but the ledger ends at record ${expectedSeq - 1}; the end of the ledger was cut off, or the file was restored from an older copy`,
    );
  }
  return { ok: true, ...outcome() };
}
