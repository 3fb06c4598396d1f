const quantityFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Quantities as a dock reads them: 1,000. */
export function formatQuantity(n: number): string {
  return quantityFormat.format(n);
}

/** Duty per unit keeps its four decimals (it is already a decimal string from main, never a float). */
export function formatDutyPerUnit(text: string): string {
  const [whole = '0', fraction = ''] = text.split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(4, '0')}`;
}

/** HTS numbers read with their dots: 6109.10.0012. */
export function formatHts(hts: string): string {
  return /^\d{10}$/.test(hts) ? `${hts.slice(0, 4)}.${hts.slice(4, 6)}.${hts.slice(6)}` : hts;
}
