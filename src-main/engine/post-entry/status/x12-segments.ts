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
  | { ok: true; delimiters: Delimiters; segments: SegmentInfo[]; multiline: boolean; trailing?: { text: string; line: number } }
  | { ok: false; problem: string };

/** ISA is 106 characters: 16 elements of fixed length, the element separator at 3, ISA16 at 104, the terminator at 105. */
const ISA_LENGTH = 106;

export function scanSegments(text: string): ScanResult {
  if (!text.startsWith('ISA')) {
    return { ok: false, problem: `the file does not start with an ISA segment, so it is not an X12 interchange (it starts "${text.slice(0, 20).replace(/\s+/g, ' ')}"); ask the sender for the 350 file itself` };
  }
  if (text.length < ISA_LENGTH) return { ok: false, problem: `the file is ${text.length} characters long, shorter than the 106-character ISA segment alone; it was cut short: ask the sender to send it again` };
  const delimiters = { element: text[3]!, component: text[104]!, segment: text[105]! };
  const isa = text.slice(0, 105).split(delimiters.element);
  if (/[A-Za-z0-9 ]/.test(delimiters.element) || /[A-Za-z0-9]/.test(delimiters.segment) || isa.length !== 17) {
    return {
      ok: false,
      problem: `the ISA segment is not 106 characters with 16 elements (it has ${isa.length - 1} elements before character 106); the delimiters cannot be read from it: ask the sender for a file whose ISA follows the X12 fixed layout`,
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
