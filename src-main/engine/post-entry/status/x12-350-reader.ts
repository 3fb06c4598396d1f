import { X12Parser, type X12Interchange, type X12Segment } from 'node-x12';
import { x12Where, type DispositionLookup, type StatusMessage, type StatusProblem, type StatusReadResult } from './status-message';
import { x4Message } from './x4-message';
import { layoutEnvelope } from './x12-envelope';
import { scanSegments, type SegmentInfo } from './x12-segments';

/** X12 functional identifier codes of the 350: SO in 004010 and CBP's ocean guide, AU from 004040 on (post-entry-facts §3). */
const STATUS_GROUPS = new Set(['SO', 'AU']);

/**
 * Reads an ANSI X12 350 "Customs Status Information" interchange with node-x12: one status message
 * per X4 segment, with the problems of each message, and the problems of the file (envelope order,
 * control counts and numbers, transactions with no X4). Never throws on bad input: a file that
 * cannot be read at all comes back with no messages and an error saying why.
 */
export function readX12Status(text: string, codes: DispositionLookup): StatusReadResult {
  const scan = scanSegments(text);
  if (!scan.ok) return { messages: [], problems: [{ severity: 'error', where: 'the start of the file', message: scan.problem }] };
  const { segments, multiline } = scan;
  const lineOf = (s: SegmentInfo) => (multiline ? s.line : undefined);
  const problems: StatusProblem[] = [];
  const error = (s: SegmentInfo, element: string | undefined, message: string, severity: StatusProblem['severity'] = 'error') =>
    problems.push({
      severity,
      where: x12Where(s.number, s.tag, lineOf(s), element),
      segment: s.number,
      tag: s.tag,
      ...(multiline ? { line: s.line } : {}),
      ...(element ? { field: element } : {}),
      message,
    });

  if (scan.trailing) {
    problems.push({
      severity: 'error',
      where: `line ${scan.trailing.line}, after the last segment terminator`,
      line: scan.trailing.line,
      message: `"${scan.trailing.text}" has no segment terminator "${scan.delimiters.segment}": the file seems cut short; ask the sender to send it again`,
    });
  }
  const layout = layoutEnvelope(segments, multiline);
  problems.push(...layout.problems);
  if (layout.fatal) return { messages: [], problems };

  let interchange: X12Interchange | undefined;
  try {
    interchange = new X12Parser(false).parse(text) as X12Interchange | undefined;
  } catch (cause) {
    error(
      segments[0]!,
      undefined,
      `the X12 parser could not read the file (${cause instanceof Error ? cause.message : String(cause)}); ask the sender to send it again`,
    );
    return { messages: [], problems };
  }
  if (layout.groups.length === 0) {
    error(segments[0]!, undefined, 'the interchange has no functional group (GS … GE), so it carries no status messages');
    return { messages: [], problems };
  }
  if (!interchange || interchange.functionalGroups.length !== layout.groups.length) {
    error(segments[0]!, undefined, 'the functional groups could not be matched to the segments; the file is not read: ask the sender to send it again');
    return { messages: [], problems };
  }

  const isa13 = interchange.header.valueOf(13);
  if (layout.iea && interchange.trailer) {
    if (Number(interchange.trailer.valueOf(1)) !== layout.groups.length)
      error(layout.iea, 'IEA01', `IEA01 says ${interchange.trailer.valueOf(1)} functional group(s) but the interchange has ${layout.groups.length}`);
    if (Number(interchange.trailer.valueOf(2)) !== Number(isa13))
      error(
        layout.iea,
        'IEA02',
        `the control number in IEA02 (${interchange.trailer.valueOf(2)}) differs from ISA13 (${isa13}): the header and trailer do not belong together`,
      );
  }

  const messages: StatusMessage[] = [];
  layout.groups.forEach((group, g) => {
    const model = interchange.functionalGroups[g]!;
    const gs01 = model.header.valueOf(1, '');
    if (!STATUS_GROUPS.has(gs01))
      error(
        group.gs,
        'GS01',
        `the functional group is "${gs01}", not SO or AU (customs status information); its transactions are read as 350s only where ST01 says 350`,
        'warning',
      );
    if (group.ge && model.trailer) {
      if (Number(model.trailer.valueOf(1)) !== group.transactions.length)
        error(group.ge, 'GE01', `GE01 says ${model.trailer.valueOf(1)} transaction(s) but the group has ${group.transactions.length}`);
      if (Number(model.trailer.valueOf(2)) !== Number(model.header.valueOf(6)))
        error(group.ge, 'GE02', `the group control number in GE02 (${model.trailer.valueOf(2)}) differs from GS06 (${model.header.valueOf(6)})`);
    }
    group.transactions.forEach((transaction, t) => {
      const tx = model.transactions[t]!;
      const control = tx.header.valueOf(2, '');
      if (tx.header.valueOf(1, '') !== '350') {
        error(transaction.st, 'ST01', `the transaction set is ${tx.header.valueOf(1, '') || 'not named'}, not 350 (customs status information); it is skipped`);
        return;
      }
      if (transaction.se && tx.trailer) {
        const count = transaction.body.length + 2;
        if (Number(tx.trailer.valueOf(1)) !== count)
          error(
            transaction.se,
            'SE01',
            `SE01 says the transaction ${control} has ${tx.trailer.valueOf(1)} segments, but it has ${count} from ST to SE: segments were lost or added on the way; check its messages against the sender's`,
          );
        if (tx.trailer.valueOf(2) !== control)
          error(transaction.se, 'SE02', `the control number in SE02 (${tx.trailer.valueOf(2)}) differs from ST02 (${control})`);
      }
      // node-x12 keeps an empty segment (two terminators in a row) that the segment scan skips: drop
      // it here too, so the two stay aligned; a transaction they still disagree on is not read.
      const kept = tx.segments.filter((segment) => segment.tag.trim() !== '');
      if (kept.length !== tx.segments.length)
        error(
          transaction.st,
          undefined,
          `transaction ${control} has an empty segment (two segment terminators "${scan.delimiters.segment}" in a row); it was skipped`,
          'warning',
        );
      if (kept.length !== transaction.body.length) {
        error(
          transaction.st,
          undefined,
          `the segments of transaction ${control} could not be matched one by one; its messages are not read: ask the sender to send it again`,
        );
        return;
      }
      messages.push(...transactionMessages(kept, transaction.body, control, lineOf, codes));
      if (!transaction.body.some((s) => s.tag === 'X4')) {
        error(transaction.st, undefined, `transaction ${control} has no X4 segment, so it carries no customs status for any bill; nothing is recorded from it`);
      }
    });
  });
  return { messages, problems };
}

/** X4 segments in order, each with the port of the P4 loop it sits in. */
function transactionMessages(
  model: readonly X12Segment[],
  body: readonly SegmentInfo[],
  control: string,
  lineOf: (s: SegmentInfo) => number | undefined,
  codes: DispositionLookup,
): StatusMessage[] {
  const messages: StatusMessage[] = [];
  let port: string | undefined;
  model.forEach((segment, i) => {
    const at = body[i]!;
    if (segment.tag === 'P4') port = segment.valueOf(1, '')?.trim() || undefined;
    if (segment.tag !== 'X4') return;
    const line = lineOf(at);
    messages.push(
      x4Message(
        (n) => segment.valueOf(n, '') ?? '',
        { segment: at.number, ...(line === undefined ? {} : { line }), transaction: control, ...(port ? { port } : {}) },
        codes,
      ),
    );
  });
  return messages;
}
