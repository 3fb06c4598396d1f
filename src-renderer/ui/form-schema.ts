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

/**
 * "1,000" and " 1000 " are both a thousand, then the shared rule (more than zero, credible). Text
 * that is no whole number is refused here in the shared rule's words: the form would otherwise show
 * the first branch of the shared rule's number-or-digits union ("expected number").
 */
export const typedQuantity = z
  .string()
  // typed as the shared rule's input (number or digits) so the pipe below type-checks; only numbers go on
  .transform((text, ctx): number | string => {
    const plain = text.trim().replace(/,/g, '');
    if (/^-?\d+$/.test(plain)) return Number(plain);
    ctx.issues.push({ code: 'custom', message: 'a quantity is a whole number', input: text });
    return z.NEVER;
  })
  .pipe(quantitySchema);
