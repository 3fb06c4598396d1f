import { z } from 'zod';
import { parseMoney } from '../../../src-shared/money';
import { MONEY_BOUNDS, moneyTextCheck } from '../../../src-shared/schemas/money-fields';
import { validationError } from '../../../src-shared/validation-error';
import type { MpfInput } from './mpf-apportionment';

const amount = (field: string, per: string, max: bigint) =>
  z
    .string({ error: `${field} is a decimal string such as "485.00" (a JSON number would be a float)` })
    .regex(/^\d{1,15}(\.\d{1,4})?$/, { error: `${field} is zero or more with at most 4 decimals, e.g. "485.00"`, abort: true })
    .superRefine(moneyTextCheck({ label: field, per, max }));

const line = z
  .strictObject({
    line: z.number({ error: 'line is the entry summary line number, e.g. 1' }).int('line is a whole number').min(1, 'line numbers start at 1'),
    quantity: z.number({ error: 'quantity is the whole number of units on the line' }).int('quantity is a whole number of units').min(0).max(1e12),
    value: amount('value', 'one entry line', MONEY_BOUNDS.enteredValue),
    mpfExempt: z.boolean({ error: 'mpfExempt is true or false' }).default(false),
  })
  .superRefine((l, ctx) => {
    if (!l.mpfExempt && l.quantity === 0)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'a line subject to the fee needs at least 1 unit to give a per-unit amount' });
  });

const mpfFile = z
  .strictObject({
    mpfPaid: amount('mpfPaid', 'one entry summary', MONEY_BOUNDS.lineFee),
    lines: z.array(line, { error: 'lines is a list of entry summary lines' }).min(1, 'lines needs at least one line'),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<number, number>();
    file.lines.forEach((l, i) => {
      const first = seen.get(l.line);
      if (first === undefined) seen.set(l.line, i);
      else ctx.addIssue({ code: 'custom', path: ['lines', i, 'line'], message: `line ${l.line} already appears at lines.${first}` });
    });
  });

/** Validates an `mpf` input file (already JSON-parsed) and turns it into scaled amounts. */
export function parseMpfInput(raw: unknown, source = 'the input'): MpfInput {
  const parsed = mpfFile.safeParse(raw);
  if (!parsed.success) throw validationError(source, parsed.error);
  return {
    mpfPaid: parseMoney(parsed.data.mpfPaid),
    lines: parsed.data.lines.map((l) => ({ line: l.line, quantity: l.quantity, value: parseMoney(l.value), mpfExempt: l.mpfExempt })),
  };
}
