/**
 * "Today" for the date fields' plausibility rules (no receipt dated next year). Schemas cannot take
 * an argument while zod parses, so whoever parses on the desk's clock (the dispatcher, an import
 * run, the receipt reader) names the day for the length of one synchronous parse; nothing can run
 * in between. Outside such a parse (a form checking its fields before sending) it is the machine's
 * UTC date. UTC on both sides: the rules allow at least a day ahead for time zones.
 */
let current: (() => string) | undefined;

/**
 * Runs `parse` with `day` as today. A function is called only if a date field asks (once), so a
 * request without dates never reads the desk's clock.
 */
export function onDeskDay<T>(day: string | (() => string), parse: () => T): T {
  const before = current;
  let known: string | undefined;
  current = () => {
    known ??= checked(typeof day === 'string' ? day : day());
    return known;
  };
  try {
    return parse();
  } finally {
    current = before;
  }
}

function checked(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`the desk day "${day}" is not YYYY-MM-DD`);
  return day;
}

/** The day of the parse going on, as YYYY-MM-DD. */
export function deskDay(): string {
  return current ? current() : new Date().toISOString().slice(0, 10);
}

/** YYYY-MM-DD `days` after `day` (UTC calendar arithmetic). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
