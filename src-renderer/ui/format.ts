/**
 * How the desk writes numbers, amounts, dates and times, in one place. Dates are ISO (YYYY-MM-DD,
 * the desk's convention, as in the date pickers); times are the desk's local time on a 24-hour
 * clock (HH:mm), the clock on the dock's wall; a moment is both ("2026-12-01 19:17").
 */
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Whole numbers as a dock reads them: 1,000. */
export function formatQuantity(n: number): string {
  return numberFormat.format(n);
}

/** A quantity with its unit: "1,000 EA". */
export function formatAmountOf(n: number, unit: string): string {
  return `${formatQuantity(n)} ${unit}`;
}

/** A count of things: "1 line", "2,000 lines" (`plural` for the odd noun). */
export function formatCount(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatQuantity(n)} ${n === 1 ? noun : plural}`;
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Main's decimal strings as dollars, never through a float: "1980.00" → "$1,980.00". A line's
 * amounts come at four decimals ("742.5000" → "$742.50"); a part below a cent stays ("0.2475").
 */
export function formatDollars(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  return `${negative ? '−' : ''}$${groupThousands(whole)}.${fraction.replace(/0+$/, '').padEnd(2, '0')}`;
}

/** Duty per unit keeps its four decimals (it is already a decimal string from main, never a float). */
export function formatDutyPerUnit(text: string): string {
  const [whole = '0', fraction = ''] = text.split('.');
  return `$${groupThousands(whole)}.${fraction.padEnd(4, '0')}`;
}

/** HTS numbers read with their dots: 6109.10.0012. */
export function formatHts(hts: string): string {
  return /^\d{10}$/.test(hts) ? `${hts.slice(0, 4)}.${hts.slice(4, 6)}.${hts.slice(6)}` : hts;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day as the date pickers take it: YYYY-MM-DD, in local time. */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A moment main sent (ISO, UTC) as the desk's local time: 19:17. */
export function formatTime(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A moment main sent (ISO, UTC) as the desk reads it: 2026-12-01 19:17 (local time). */
export function formatWhen(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  return `${isoDay(d)} ${formatTime(d)}`;
}

/** A moment today shows its time only; an earlier one its date too. */
export function formatRecent(at: string, now = new Date()): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return isoDay(d) === isoDay(now) ? formatTime(d) : formatWhen(d);
}

/** How many days something has been open: "today", "1 day", "12 days". */
export function formatAge(days: number): string {
  return days === 0 ? 'today' : formatCount(days, 'day');
}
