import { appendFileSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../db/open-ledger';
import type { LedgerMeta } from '../repos/ledger-meta-repo';
import { mac } from './audit-key';
import { keyedRecordMac, unkeyedRecordHash, type AuditRecordRow } from './record-seal';

/** The ledger's identity row (ledger_meta, see audit-schema.ts), typed from the schema. */
export type LedgerIdentity = LedgerMeta;

/** A chain head vouched for outside the ledger file: in the anchor log, a claim package, a head-office sync. */
export interface AuditAnchor {
  ledger: string;
  seq: number;
  mac: string;
  at: string;
  /** what wrote it: "write" (the anchor log after each audited write), "claim package DD-...", "sync ..." */
  source: string;
  /** MAC of the fields above under the ledger's key: an anchor cannot be forged or moved to another head */
  sig: string;
}

export function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * One open ledger's audit chain: its identity, its key (held only in memory) and where its anchors
 * go. Seals records and anchors, and appends an anchor after each committed write.
 */
export class AuditChain {
  constructor(
    readonly identity: LedgerIdentity,
    private readonly key: Buffer,
    /** where the key came from, in words */
    readonly keyWhere: string,
    /** the anchor log beside the ledger */
    readonly anchorLog: string,
    /** false on a read-only connection: nothing is appended */
    private readonly appendAnchors: boolean,
    private readonly onAnchorError: (message: string, error: unknown) => void = () => undefined,
  ) {}

  get ledgerUid(): string {
    return this.identity.uid;
  }

  /** What a record's `hash` must hold: its keyed MAC, or the unkeyed hash for records older than the keyed trail. */
  seal(r: Omit<AuditRecordRow, 'hash'>): string {
    return r.seq < this.identity.keyedFromSeq ? unkeyedRecordHash(r) : keyedRecordMac(this.key, this.identity.uid, r);
  }

  isSealed(r: AuditRecordRow): boolean {
    const { hash, ...rest } = r;
    return sameHex(this.seal(rest), hash);
  }

  anchor(seq: number, recordMac: string, at: string, source: string): AuditAnchor {
    const a = { ledger: this.identity.uid, seq, mac: recordMac, at, source };
    return { ...a, sig: this.anchorSig(a) };
  }

  anchorIsSigned(a: AuditAnchor): boolean {
    return typeof a.sig === 'string' && sameHex(this.anchorSig(a), a.sig);
  }

  /**
   * After a write commits: one line in the anchor log, so cutting records off the end of the file
   * shows. A failure here must not turn a committed write into an error (it would be retried).
   */
  appendAnchor(seq: number, recordMac: string, at: string): void {
    if (!this.appendAnchors) return;
    try {
      appendFileSync(this.anchorLog, `${JSON.stringify(this.anchor(seq, recordMac, at, 'write'))}\n`);
    } catch (error) {
      this.onAnchorError(`could not append to the anchor log ${this.anchorLog}: a cut-off end of the ledger after record ${seq} would not show`, error);
    }
  }

  private anchorSig(a: Omit<AuditAnchor, 'sig'>): string {
    return mac(this.key, `drawback-desk anchor\n${JSON.stringify([a.ledger, a.seq, a.mac, a.at, a.source])}`);
  }
}

/**
 * The chain of each open connection. withAudit finds it here rather than through every service's
 * context: the ~40 write paths keep their signature, and a connection opened without its key (a
 * raw one) cannot write audited rows at all.
 */
const chains = new WeakMap<Sqlite, AuditChain>();

export function attachAuditChain(db: Sqlite, chain: AuditChain): void {
  chains.set(db, chain);
}

export function auditChainOf(db: Sqlite): AuditChain {
  const chain = chains.get(db);
  if (!chain)
    throw new AppError(
      'INTERNAL',
      'this ledger connection was opened without its audit key, so it cannot write audited rows: open the ledger through the composition root (createDesk)',
    );
  return chain;
}
