import { AppError } from '../errors';

/**
 * The GS1 mod-10 check digit of GTINs, SSCCs and the other numeric keys (GS1 General Specifications
 * §7.9.1): weights 3, 1, 3, … from the rightmost digit of the body; the check digit brings the sum up to
 * a multiple of ten. The one place the desk computes it: the scanners, the SSCC allocator, the label
 * schema and the SSCC-96 EPC encoder all come here. Four lines no package is worth adding for.
 */
export function gs1CheckDigit(body: string): string {
  if (!/^\d+$/.test(body)) throw new AppError('VALIDATION', `"${body}" is not digits, so it has no GS1 check digit`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
}

/** True for two or more digits whose last is the GS1 check digit of the others. */
export function hasValidCheckDigit(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && gs1CheckDigit(digits.slice(0, -1)) === digits.at(-1);
}
