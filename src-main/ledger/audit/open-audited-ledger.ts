import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../src-shared/errors';
import { auditHeadSeal } from '../repos/audit-log-repo';
import { SYSTEM_USERNAME } from '../repos/users-repo';
import type { Clock, IdGenerator } from '../clock';
import { LEDGER_APPLICATION_ID } from '../db/ledger-file';
import { createLedgerFile, openLedger, type Ledger, type OpenLedgerOptions } from '../db/open-ledger';
import { attachAuditChain, type AuditChain } from './audit-chain';
import type { AuditKeySource } from './audit-key';
import { withAudit } from './audit-log';
import { anchorLogPath } from './anchors';
import { defaultAuditKeySource } from './key-sources';
import { loadAuditChain, writeIdentity } from './ledger-identity';
import { verifyAudit } from './verify-audit';

export interface AuditedLedgerOptions extends OpenLedgerOptions {
  /** where the ledger's audit key is kept (default: DRAWBACK_DESK_AUDIT_KEY, else a key file per ledger) */
  auditKeys?: AuditKeySource;
  /** create a new ledger when no file exists at the path (init, demo, the app's and serve's first start) */
  create?: boolean;
  /** key the trail of a ledger made before keyed audit trails (init only) */
  upgradeUnkeyed?: boolean;
  clock: Clock;
  ids: IdGenerator;
  onAnchorError?: (message: string, error: unknown) => void;
}

export interface AuditedLedger extends Ledger {
  chain: AuditChain;
  /** true when this call created the ledger */
  created: boolean;
  /** true when this call keyed the trail of a ledger made before keyed audit trails */
  keyedNow: boolean;
}

/**
 * Opens a ledger with its audit chain attached: creates it first where no file exists (when asked),
 * keys an old unkeyed one (init), and refuses everything else that is not a ledger with its key.
 */
export function openAuditedLedger(path: string, options: AuditedLedgerOptions): AuditedLedger {
  const absolute = resolve(path);
  const keys = options.auditKeys ?? defaultAuditKeySource();
  let created = false;
  if (options.create && !options.readonly && !existsSync(absolute)) {
    createLedgerFile(
      absolute,
      (sqlite) => {
        const uid = randomUUID();
        writeIdentity(sqlite, keys.create(uid).key, { uid, createdAt: options.clock.now().toISOString(), keyedFromSeq: 1 });
      },
      options,
    );
    created = true;
  }
  const keyedNow = !!options.upgradeUnkeyed && !options.readonly && keyUnkeyedTrail(absolute, keys, options);
  const ledger = openLedger(absolute, options);
  try {
    const chain = loadAuditChain(ledger.sqlite, absolute, keys, {
      anchorLog: anchorLogPath(absolute),
      appendAnchors: !options.readonly,
      onAnchorError: options.onAnchorError,
    });
    attachAuditChain(ledger.sqlite, chain);
    return { ...ledger, chain, created, keyedNow };
  } catch (error) {
    ledger.close();
    throw error;
  }
}

/**
 * A ledger made before keyed trails gets an identity and a key, and its chain goes on keyed from a
 * record that covers the last unkeyed one (so those records cannot be re-sealed from then on). Only
 * after its unkeyed trail checks out, and only when no anchor log beside it shows it was keyed already:
 * stripping a keyed ledger back to "unkeyed" must not get it a fresh key.
 */
function keyUnkeyedTrail(path: string, keys: AuditKeySource, options: AuditedLedgerOptions): boolean {
  const probe = openLedger(path, { ...options, readonly: true, allowUnkeyed: true });
  try {
    if (probe.kind !== 'unkeyed-ledger') return false;
    const anchors = anchorLogPath(path);
    if (existsSync(anchors) && statSync(anchors).size > 0) {
      throw new AppError(
        'CONFLICT',
        `${path} looks like a ledger made before keyed audit trails, but the anchor log beside it (${anchors}) shows its trail was keyed already: its identity was removed outside the app. Restore the ledger from a backup; it is not keyed again`,
      );
    }
    const result = verifyAudit(probe.sqlite, { chain: null });
    if (!result.ok) {
      throw new AppError(
        'CONFLICT',
        `${path} was made before keyed audit trails and its unkeyed trail is already broken at ${result.firstBad!.reason}. Keying it now would vouch for that: restore a good copy from a backup first`,
      );
    }
  } finally {
    probe.close();
  }
  const ledger = openLedger(path, { ...options, allowUnkeyed: true }); // applies the migrations, ledger_meta among them
  try {
    const db = ledger.sqlite;
    const head = auditHeadSeal(db);
    const uid = randomUUID();
    const { key, where } = keys.create(uid);
    db.transaction(() => {
      writeIdentity(db, key, { uid, createdAt: options.clock.now().toISOString(), keyedFromSeq: (head?.seq ?? 0) + 1 });
      db.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
    })();
    attachAuditChain(db, loadAuditChain(db, path, keys, { anchorLog: anchorLogPath(path), appendAnchors: true, onAnchorError: options.onAnchorError }));
    withAudit(
      db,
      options,
      {
        action: 'audit:key-trail',
        subject: `ledger ${uid}`,
        actor: SYSTEM_USERNAME,
        after: { unkeyedRecords: head?.seq ?? 0, unkeyedHead: head?.hash ?? null, key: where },
      },
      () => undefined,
    );
  } finally {
    ledger.close();
  }
  return true;
}
