/**
 * Field data that cannot turn into commands. A printer acts on `^` (format command) and `~` (control
 * command, acted on the moment it arrives) anywhere in the stream, so data is sent under ^FH and
 * each of ^ ~ and the hex indicator _ itself goes as its hex escape (ZPL II ^FH). Everything else
 * goes as UTF-8 under ^CI28.
 */
const ESCAPES: Record<string, string> = { _: '_5F', '^': '_5E', '~': '_7E' };

export function zplFieldData(text: string): string {
  return text.replace(/[_^~]/g, (c) => ESCAPES[c]!);
}

/** `^FH^FD<data>^FS`: a field whose data is taken literally, whatever it holds. */
export function zplField(text: string): string {
  return `^FH^FD${zplFieldData(text)}^FS`;
}

/**
 * Code 128 field data for ^BC in its default (N) mode, started in subset B (`>:`). There `>` starts
 * an invocation code and ^ ~ need one, whose table printers and renderers read differently; an entry
 * number (letters, digits, dashes) never holds them, so they are refused rather than guessed at.
 */
export function code128SubsetB(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text) || /[>^~]/.test(text)) {
    throw new Error(`"${text}" cannot be a Code 128 field on this label: only printable ASCII other than > ^ ~`);
  }
  return `>:${text}`;
}

/** Modules of a Code 128 symbol in subset B: start, 11 per character, check character, stop (13). */
export function code128SubsetBModules(text: string): number {
  return 11 * (text.length + 2) + 13;
}

/** GS1-128 for the SSCC: start C, FNC1 (`>8`), then "00" and the 18 digits as ten digit pairs. */
export function gs1128Sscc(sscc: string): string {
  return `>;>800${sscc}`;
}

/** start C, FNC1, ten pairs, check character, stop */
export const GS1_128_SSCC_MODULES = 11 * 13 + 13;
