import { existsSync } from 'node:fs';
import type { AuditChain } from './audit-chain';
import { readAnchorFile, type FoundAnchor } from './anchors';

/** The anchors `audit verify` checks: this ledger's, signed with its key, by record. */
export interface AnchorSet {
  bySeq: Map<number, FoundAnchor[]>;
  /** the anchor for the highest record */
  last?: FoundAnchor;
  /** per source (anchor log, claim package), how many of this ledger's anchors it holds */
  counts: Map<string, number>;
  /** anchors not used, and why; a missing anchor log */
  notes: string[];
  /** an anchor of this ledger whose signature does not hold: the anchor file was edited */
  forged?: FoundAnchor;
}

/**
 * Reads the anchor log beside the ledger (when there is one) and the files named with --anchor.
 * Anchors of another ledger are set aside with a note, not failed: a package of another desk may be
 * named by mistake; but if they are this desk's, the file at this path is not the ledger they vouch for.
 */
export function collectAnchors(chain: AuditChain, extraFiles: readonly string[]): AnchorSet {
  const set: AnchorSet = { bySeq: new Map(), counts: new Map(), notes: [] };
  const files = [...extraFiles];
  if (existsSync(chain.anchorLog)) files.unshift(chain.anchorLog);
  else set.notes.push(`there is no anchor log beside the ledger (${chain.anchorLog}): without an anchor a cut-off end of the ledger cannot be seen`);
  for (const file of files) {
    const found = readAnchorFile(file);
    set.notes.push(...found.unreadable);
    const others = new Map<string, { n: number; seq: number }>();
    for (const a of found.anchors) {
      if (a.anchor.ledger !== chain.ledgerUid) {
        const o = others.get(a.anchor.ledger) ?? { n: 0, seq: 0 };
        others.set(a.anchor.ledger, { n: o.n + 1, seq: Math.max(o.seq, a.anchor.seq) });
        continue;
      }
      if (!chain.anchorIsSigned(a.anchor)) {
        set.forged ??= a;
        continue;
      }
      set.counts.set(found.label, (set.counts.get(found.label) ?? 0) + 1);
      const list = set.bySeq.get(a.anchor.seq);
      if (list) list.push(a);
      else set.bySeq.set(a.anchor.seq, [a]);
      if (!set.last || a.anchor.seq > set.last.anchor.seq) set.last = a;
    }
    for (const [ledger, o] of others) {
      set.notes.push(
        `${o.n} anchor${o.n === 1 ? '' : 's'} in ${found.label} belong to another ledger (${ledger}, up to its record ${o.seq}) and were not checked; if they are this desk's, the file at this path is not the ledger they vouch for`,
      );
    }
  }
  return set;
}
