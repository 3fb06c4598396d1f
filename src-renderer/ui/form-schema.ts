import { z } from 'zod';
import { quantitySchema } from '../../src-shared/schemas/primitives';

/**
 * Form inputs are strings; the shared schemas describe main's requests. These adapt a string input
 * to a shared field so a form checks exactly what main will (same rules, same words).
 */

/** An optional field left blank (a date input cleared) is left out of the request. */
export function blankAsAbsent<S extends z.ZodType<unknown, string | undefined>>(schema: S) {
  return z
    .string()
    .transform((v) => (v.trim() === '' ? undefined : v))
    .pipe(schema);
}

/** "1,000" and " 1000 " are both a thousand; anything else goes to the shared rule as typed, to be explained. */
export const typedQuantity = z
  .string()
  .transform((text) => {
    const plain = text.trim().replace(/,/g, '');
    return /^\d+$/.test(plain) ? Number(plain) : text;
  })
  .pipe(quantitySchema);
