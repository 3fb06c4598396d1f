import type { StatusProblem } from './status-message';
import { x12Where } from './status-message';
import type { SegmentInfo } from './x12-segments';

/** The envelope as the segments lay it out: ISA, GS…GE groups of ST…SE transactions, IEA. */
export interface TransactionLayout {
  st: SegmentInfo;
  se?: SegmentInfo;
  body: SegmentInfo[];
}
export interface GroupLayout {
  gs: SegmentInfo;
  ge?: SegmentInfo;
  transactions: TransactionLayout[];
}
export interface EnvelopeLayout {
  groups: GroupLayout[];
  iea?: SegmentInfo;
  /** Problems of the envelope's order; `fatal` when the file cannot be read safely at all. */
  problems: StatusProblem[];
  fatal: boolean;
}

const ENVELOPE = new Set(['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']);

/**
 * Checks the order ISA, (GS, (ST … SE)*, GE)*, IEA. A segment out of order in the middle makes the
 * file unreadable (which transaction would it belong to?), so it is refused whole; trailers missing
 * only at the end (a file cut short) are errors, but what came before is still read.
 */
export function layoutEnvelope(segments: readonly SegmentInfo[], multiline: boolean): EnvelopeLayout {
  const layout: EnvelopeLayout = { groups: [], problems: [], fatal: false };
  const at = (s: SegmentInfo) => ({ segment: s.number, tag: s.tag, ...(multiline ? { line: s.line } : {}) });
  const refuse = (s: SegmentInfo, message: string) => {
    layout.problems.push({
      severity: 'error',
      where: x12Where(s.number, s.tag, multiline ? s.line : undefined),
      ...at(s),
      message: `${message}; the file cannot be read: ask the sender to send it again`,
    });
    layout.fatal = true;
  };
  let group: GroupLayout | undefined;
  let transaction: TransactionLayout | undefined;
  for (const s of segments.slice(1)) {
    if (layout.fatal) break;
    if (layout.iea) {
      refuse(
        s,
        s.tag === 'ISA' ? 'a second interchange starts after the IEA (one interchange per file)' : 'a segment follows the IEA that closes the interchange',
      );
    } else if (transaction) {
      if (s.tag === 'SE') {
        transaction.se = s;
        transaction = undefined;
      } else if (ENVELOPE.has(s.tag)) refuse(s, `${s.tag} comes inside the transaction opened by ST at segment ${transaction.st.number}, which has no SE`);
      else transaction.body.push(s);
    } else if (group) {
      if (s.tag === 'ST') group.transactions.push((transaction = { st: s, body: [] }));
      else if (s.tag === 'GE') {
        group.ge = s;
        group = undefined;
      } else refuse(s, `${s.tag} comes between transactions (after an SE, before the next ST or the GE)`);
    } else if (s.tag === 'GS') layout.groups.push((group = { gs: s, transactions: [] }));
    else if (s.tag === 'IEA') layout.iea = s;
    else refuse(s, `${s.tag} comes outside a functional group (a GS must come first)`);
  }
  if (layout.fatal) return layout;
  const last = segments[segments.length - 1]!;
  const cutShort = (what: string) =>
    layout.problems.push({
      severity: 'error',
      where: `after segment ${last.number} (${last.tag}), the last one`,
      segment: last.number,
      tag: last.tag,
      message: `${what}: the file seems cut short; the messages before it are listed, but ask the sender to send the file again`,
    });
  if (transaction) cutShort(`the transaction opened by ST at segment ${transaction.st.number} has no SE`);
  if (group) cutShort(`the functional group opened by GS at segment ${group.gs.number} has no GE`);
  if (!layout.iea) cutShort('the interchange has no IEA');
  return layout;
}
