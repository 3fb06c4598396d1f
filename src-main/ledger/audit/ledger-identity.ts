import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../db/open-ledger';
import { insertLedgerMeta, readLedgerMeta } from '../repos/ledger-meta-repo';
import { AuditChain, sameHex, type LedgerIdentity } from './audit-chain';
import { keySeal, type AuditKeySource } from './audit-key';

export function readIdentity(db: Sqlite): LedgerIdentity | undefined {
  return readLedgerMeta(db);
}

/** Writes the identity row of a ledger whose records from `keyedFromSeq` on are sealed with `key`. */
export function writeIdentity(db: Sqlite, key: Buffer, identity: Omit<LedgerIdentity, 'keySeal'>): LedgerIdentity {
  const row = { ...identity, keySeal: keySeal(key, identity.uid, identity.keyedFromSeq) };
  insertLedgerMeta(db, row);
  return row;
}

export interface ChainOptions {
  /** the anchor log beside the ledger */
  anchorLog: string;
  /** append an anchor after each write (not when read-only) */
  appendAnchors: boolean;
  onAnchorError?: (message: string, error: unknown) => void;
}

/**
 * The open ledger's audit chain: its identity row and its key, found outside the file. Refuses a
 * ledger without an identity, a missing key (saying where it looked) and a key that is not this
 * ledger's: writing with it would mix two keys in one chain, and verifying with it proves nothing.
 */
export function loadAuditChain(db: Sqlite, path: string, keys: AuditKeySource, options: ChainOptions): AuditChain {
  const identity = readIdentity(db);
  if (!identity) {
    throw new AppError(
      'VALIDATION',
      `${path} is marked as a Drawback Desk ledger but its identity row (ledger_meta) is missing: the file was edited or damaged outside the app; restore it from a backup`,
    );
  }
  const found = keys.load(identity.uid);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `the audit key of the ledger ${path} (ledger ${identity.uid}) was not found: looked in ${keys.describe(identity.uid)}. ` +
        'A ledger\'s key is made with the ledger on the machine that made it ("drawback-desk init" keeps it in ~/.config/drawback-desk/audit-keys/, the app in its OS keychain): ' +
        'copy that key file here (owner-only: chmod 600), or set DRAWBACK_DESK_AUDIT_KEY to the key. Without it the ledger is not opened: a write would break its chain and its trail cannot be checked',
    );
  }
  if (!sameHex(keySeal(found.key, identity.uid, identity.keyedFromSeq), identity.keySeal)) {
    throw new AppError(
      'FORBIDDEN',
      `the audit key from ${found.where} is not the key of the ledger ${path} (ledger ${identity.uid}): the ledger's seal does not match it. ` +
        "Either it is another ledger's key, or the ledger's identity row was edited outside the app. Nothing was written; use this ledger's own key",
    );
  }
  return new AuditChain(identity, found.key, found.where, options.anchorLog, options.appendAnchors, options.onAnchorError);
}
