import { AppError } from '../../../src-shared/errors';
import { gs1CheckDigit, hasValidCheckDigit } from '../../../src-shared/scanning/gs1-check-digit';

/**
 * SSCC (GS1 General Specifications §2.2.1, AI 00): extension digit + GS1 company prefix + serial
 * reference = 17 digits, then the GS1 mod-10 check digit: 18 digits in all.
 */
export const SSCC_LENGTH = 18;
const BODY_LENGTH = SSCC_LENGTH - 1;

function checkPrefix(companyPrefix: string): void {
  if (!/^\d{7,11}$/.test(companyPrefix)) {
    throw new AppError('VALIDATION', `GS1 company prefix "${companyPrefix}" is not 7 to 11 digits; set the one GS1 issued to the company (gs1.company-prefix)`);
  }
}

/** Digits the serial reference has under a company prefix: 16 - prefix length (9 for a 7-digit prefix, 5 for 11). */
export function serialDigits(companyPrefix: string): number {
  checkPrefix(companyPrefix);
  return BODY_LENGTH - 1 - companyPrefix.length;
}

/** The largest serial reference under a company prefix: 999,999,999 for a 7-digit prefix ... 99,999 for 11. */
export function largestSerial(companyPrefix: string): bigint {
  return 10n ** BigInt(serialDigits(companyPrefix)) - 1n;
}

/** The SSCC for a serial reference; throws naming what is wrong when a part does not fit. */
export function ssccFor(extension: number, companyPrefix: string, serial: number | bigint): string {
  if (!Number.isInteger(extension) || extension < 0 || extension > 9) {
    throw new AppError('VALIDATION', `SSCC extension digit ${extension} is not one digit 0-9 (gs1.sscc-extension)`);
  }
  if (typeof serial === 'number' && !Number.isSafeInteger(serial)) {
    throw new AppError('VALIDATION', `SSCC serial reference ${serial} is not a whole number`);
  }
  const value = BigInt(serial);
  if (value < 0n) throw new AppError('VALIDATION', `SSCC serial reference ${serial} is negative`);
  const digits = serialDigits(companyPrefix);
  const largest = largestSerial(companyPrefix);
  if (value > largest) {
    throw new AppError(
      'VALIDATION',
      `SSCC serial reference ${value} does not fit the ${digits} digits left after company prefix ${companyPrefix} (${companyPrefix.length} digits; largest serial ${largest}); use another extension digit`,
    );
  }
  const body = `${extension}${companyPrefix}${value.toString().padStart(digits, '0')}`;
  return body + gs1CheckDigit(body);
}

/** True for 18 digits whose last is the GS1 check digit of the other 17. */
export function isValidSscc(text: string): boolean {
  return text.length === SSCC_LENGTH && hasValidCheckDigit(text);
}
