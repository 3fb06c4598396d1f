import { z } from 'zod';
import { MONEY_PATTERN } from '../money';
import { UNITS } from '../units';

/** Entry numbers are kept exactly as the broker gives them ("2023-000123", "ABC-1234567-8"). */
export const entryNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,19}$/, 'an entry number is 3–20 letters, digits or dashes, e.g. 2023-000123');

/** Ten-digit HTSUS number; dots are accepted on input and dropped. */
export const htsSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/\./g, ''))
  .pipe(z.string().regex(/^\d{10}$/, 'an HTS number has 10 digits, e.g. 6109.10.0012'));

export const isoDateSchema = z.iso.date('a date is written YYYY-MM-DD');
export const moneySchema = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(MONEY_PATTERN, 'an amount has at most 4 decimals, e.g. 5000.00'));
/** An amount paid or payable (a duty, tax or fee): never negative. */
export const chargeSchema = moneySchema.refine((v) => !v.startsWith('-'), 'an amount of duty, tax or fee is never negative');
/** Numbers, or digits from a CSV cell or form field; never booleans or blanks coerced into 1 or 0. */
export const quantitySchema = z
  .union([z.number(), z.string().trim().regex(/^-?\d+$/, 'a quantity is a whole number').transform(Number)], { error: 'a quantity is a whole number' })
  .pipe(z.number().int('a quantity is a whole number').positive('a quantity must be more than zero').max(1_000_000_000, 'a quantity above one billion is not credible'));
export const uomSchema = z.string().trim().toUpperCase().pipe(z.enum(UNITS, { error: `unit must be one of ${UNITS.join(', ')}` }));
export const skuSchema = z.string().trim().min(1, 'SKU is required').max(40);
export const lotCodeSchema = z.string().trim().min(1, 'lot is required').max(40);
export const locationCodeSchema = z.string().trim().toUpperCase().min(1, 'location is required').max(30);
export const countrySchema = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'country of origin is a 2-letter ISO code');
