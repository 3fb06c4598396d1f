/**
 * "Today" for the date fields' plausibility rules (no receipt dated next year). Schemas cannot take
 * an argument while zod parses, so whoever parses on the desk's clock (the dispatcher, an import
 * run, the receipt reader) names the day for the length of one synchronous parse; nothing can run
 * in between. Outside such a parse (a form checking its fields before sending) it is the machine's
 * UTC date. UTC on both sides: the rules allow at least a day ahead for time zones.
 */
let current: string | undefined;

export function onDeskDay<T>(day: string, parse: () => T): T {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`the desk day "${day}" is not YYYY-MM-DD`);
  const before = current;
  current = day;
  try {
    return parse();
  } finally {
    current = before;
  }
}

/** The day of the parse going on, as YYYY-MM-DD. */
export function deskDay(): string {
  return current ?? new Date().toISOString().slice(0, 10);
}

/** YYYY-MM-DD `days` after `day` (UTC calendar arithmetic). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
