import { createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../../../src-shared/errors';

/**
 * The audit key: 32 random bytes per ledger that MAC every audit record and anchor. It never lives
 * in the ledger file (DESIGN §4): whoever holds only the file cannot re-seal an edited trail.
 */
export const AUDIT_KEY_BYTES = 32;

/** Where a door keeps ledgers' audit keys: the OS keychain in the app, a key file or the environment elsewhere. */
export interface AuditKeySource {
  /** where this source looks for the key of `ledgerUid`, in words, for messages */
  describe(ledgerUid: string): string;
  /** the key of `ledgerUid`, or undefined when this source holds none; throws when it holds one it must not use */
  load(ledgerUid: string): { key: Buffer; where: string } | undefined;
  /** makes, stores and returns the key of a new ledger */
  create(ledgerUid: string): { key: Buffer; where: string };
}

export function newAuditKey(): Buffer {
  return randomBytes(AUDIT_KEY_BYTES);
}

/** A key written as 64 hex digits or as base64 of 32 bytes (what `openssl rand -hex 32` or `-base64 32` print). */
export function parseAuditKey(text: string, where: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/]{43}=$/.test(t) ? Buffer.from(t, 'base64') : undefined;
  if (!key || key.length !== AUDIT_KEY_BYTES) {
    throw new AppError(
      'VALIDATION',
      `the audit key in ${where} is not a key: it must be 32 bytes written as 64 hex digits or in base64 (make one with "openssl rand -hex 32")`,
    );
  }
  return key;
}

export function formatAuditKey(key: Buffer): string {
  return key.toString('hex');
}

/** HMAC-SHA256 under the key, hex: the one MAC every record, seal and anchor uses. */
export function mac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

/**
 * Binds the ledger's identity row to its key: a MAC of the uid and the first keyed record. A wrong
 * key gives another seal (so it is named as the wrong key, not as an edited trail), and neither field
 * can be changed without the key (moving `keyed_from_seq` up would let unkeyed records pass).
 */
export function keySeal(key: Buffer, ledgerUid: string, keyedFromSeq: number): string {
  return mac(key, `drawback-desk ledger seal\n${ledgerUid}\n${keyedFromSeq}`);
}
