/**
 * A first pass over an X12 interchange: the delimiters from the fixed-length ISA, and each segment's
 * tag, number and line. node-x12 does the parsing proper, but it throws a TypeError on some broken
 * envelopes (a GE or SE with no opener) and reports positions only as line/character; this pass lets
 * the reader refuse such files in words and give every problem a segment number. Hand-written
 * because node-x12 exposes no tokenizer of its own.
 */
export interface Delimiters {
  element: string;
  component: string;
  segment: string;
}

export interface SegmentInfo {
  /** 1 = the ISA. */
  number: number;
  tag: string;
  /** 1-based line of the segment's first character. */
  line: number;
}

export type ScanResult =
  { ok: true; delimiters: Delimiters; segments: SegmentInfo[]; multiline: boolean; trailing?: { text: string; line: number } } | { ok: false; problem: string };

/**
 * ISA is 106 characters: 16 elements of fixed length (2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1,
 * 1, 1), so the element separator sits at these positions, ISA16 (the component separator) at 104
 * and the segment terminator at 105 (post-entry-facts §3, "read the delimiters from it").
 */
const ISA_LENGTH = 106;
const ISA_SEPARATORS = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

export function scanSegments(text: string): ScanResult {
  if (!text.startsWith('ISA')) {
    return {
      ok: false,
      problem: `the file does not start with an ISA segment, so it is not an X12 interchange (it starts "${text.slice(0, 20).replace(/\s+/g, ' ')}"); ask the sender for the 350 file itself`,
    };
  }
  if (text.length < ISA_LENGTH)
    return {
      ok: false,
      problem: `the file is ${text.length} characters long, shorter than the 106-character ISA segment alone; it was cut short: ask the sender to send it again`,
    };
  const delimiters = { element: text[3]!, component: text[104]!, segment: text[105]! };
  const misplaced = ISA_SEPARATORS.find((at) => text[at] !== delimiters.element);
  const extra = text.slice(0, 105).split(delimiters.element).length - 1;
  if (/[A-Za-z0-9 ]/.test(delimiters.element) || /[A-Za-z0-9 ]/.test(delimiters.segment) || misplaced !== undefined || extra !== 16) {
    return {
      ok: false,
      problem: `the ISA segment does not follow the X12 fixed layout (16 elements of fixed length, 106 characters${misplaced !== undefined ? `; character ${misplaced + 1} should be the element separator "${delimiters.element}"` : ''}), so the delimiters cannot be read from it: ask the sender for the file as CBP or the carrier sent it`,
    };
  }
  const segments: SegmentInfo[] = [];
  let line = 1;
  let start = -1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (start < 0 && !/\s/.test(char) && char !== delimiters.segment) {
      start = i;
      startLine = line;
    }
    if (char === delimiters.segment && start >= 0) {
      const body = text.slice(start, i);
      const cut = body.indexOf(delimiters.element);
      segments.push({ number: segments.length + 1, tag: (cut < 0 ? body : body.slice(0, cut)).trim(), line: startLine });
      start = -1;
    }
    if (char === '\n') line++;
  }
  const trailing = start >= 0 ? { text: text.slice(start).trim().slice(0, 40), line: startLine } : undefined;
  return { ok: true, delimiters, segments, multiline: line > 1, ...(trailing ? { trailing } : {}) };
}
