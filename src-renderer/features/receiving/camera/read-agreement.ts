/**
 * Turns the reads of a live camera into scans. A camera decodes the same label in frame after
 * frame, and now and then misreads one, so: a code counts once two reads agree with no other code
 * read between them, and it is one scan for as long as it stays in view. Once it has not been read
 * for `forgetAfterMs` (the label was taken away) the same code can be scanned again. Pure: the
 * caller passes each frame's read (null when the frame held no readable code) and its time.
 */
export interface AgreementOptions {
  /** agreeing reads needed before a code counts */
  readsNeeded: number;
  /** how long a code may go unread and still be the same scan (or the same candidate) */
  forgetAfterMs: number;
}

export const DEFAULT_AGREEMENT: AgreementOptions = { readsNeeded: 2, forgetAfterMs: 1500 };

export interface Agreement {
  /** the code waiting for agreement, how often it was read in a row, and when last */
  candidate: { code: string; reads: number; lastAt: number } | null;
  /** the code last taken as a scan, and when it was last seen */
  accepted: { code: string; lastAt: number } | null;
}

export const NO_AGREEMENT: Agreement = { candidate: null, accepted: null };

export function agree(state: Agreement, read: string | null, at: number, options = DEFAULT_AGREEMENT): { state: Agreement; scan: string | null } {
  if (read === null) return { state, scan: null };
  const { accepted, candidate } = state;
  if (accepted && accepted.code === read && at - accepted.lastAt <= options.forgetAfterMs) {
    return { state: { candidate: null, accepted: { code: read, lastAt: at } }, scan: null };
  }
  const reads = candidate && candidate.code === read && at - candidate.lastAt <= options.forgetAfterMs ? candidate.reads + 1 : 1;
  if (reads >= options.readsNeeded) return { state: { candidate: null, accepted: { code: read, lastAt: at } }, scan: read };
  return { state: { accepted, candidate: { code: read, reads, lastAt: at } }, scan: null };
}
