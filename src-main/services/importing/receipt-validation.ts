import { z } from 'zod';
import { receiptInputSchema, type ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { schemaIssues, type PathIssue } from './schema-issues';

export type ReceiptCheck = { ok: true; req: ReceiptRequest } | { ok: false; issues: PathIssue[] };

interface FieldResult {
  issues: PathIssue[] | undefined;
  value: unknown;
}

/** Fields whose value differs on every row (or is an object): caching them by value would only cost memory. */
const UNCACHED = new Set(['reference', 'captureEntry', 'override']);
/** Distinct values remembered per field; a field with more (say, per-row times) starts over. */
const MAX_CACHED = 10_000;

/**
 * The shared receipt schema, checked field by field with each field's result remembered by value.
 * A file of a million rows repeats the same SKUs, bins, entries, units, quantities and times: the
 * schema is a pure function of each value, so running it again on a value it already judged computes
 * nothing new. Exact, not an approximation: a plain `z.object` (no object-level checks, unknown keys
 * stripped) judges each key on its own and lists issues in key order, so the one-key `pick` of each
 * field gives the same issues and values as the whole object (test/importing/receipt-validation.test.ts
 * checks that against `receiptInputSchema.safeParse`). Should the schema ever gain an object-level
 * rule, FIELD_WISE turns false and every row goes through the whole schema again.
 */
const def = receiptInputSchema._zod.def;
const FIELD_WISE = receiptInputSchema instanceof z.ZodObject && !def.checks?.length && def.catchall === undefined;
const KEYS = Object.keys(receiptInputSchema.shape) as (keyof ReceiptRequest)[];

export function receiptChecker(): (raw: Record<string, unknown>) => ReceiptCheck {
  if (!FIELD_WISE) return wholeRow;
  const fields = KEYS.map((key) => ({
    key,
    schema: receiptInputSchema.shape[key] as z.ZodType,
    picked: receiptInputSchema.pick({ [key]: true } as never) as z.ZodType,
    cache: UNCACHED.has(key) ? undefined : new Map<unknown, FieldResult>(),
    /** the result for a row without the key (a column the file does not have): the same every time */
    absent: undefined as FieldResult | undefined,
  }));
  // One request object for the reader's whole run: it is encoded for the writer before the next row.
  const req = {} as Record<string, unknown>;
  const ok: ReceiptCheck = { ok: true, req: req as ReceiptRequest };

  // A key the row has is judged by its field's schema, as z.object does, issue paths under the key;
  // a key it lacks goes through the one-key object, whose rules for absent keys are z.object's own.
  const judge = ({ key, schema, picked }: (typeof fields)[number], present: boolean, value: unknown): FieldResult => {
    const parsed = present ? schema.safeParse(value) : picked.safeParse({});
    if (parsed.success) return { issues: undefined, value: present ? parsed.data : (parsed.data as Record<string, unknown>)[key] };
    if (!present) return { issues: schemaIssues(parsed.error, {}), value: undefined };
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
    return { issues: schemaIssues({ issues } as z.ZodError, { [key]: value }), value: undefined };
  };

  return (raw) => {
    let issues: PathIssue[] | undefined;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const key = field.key;
      const present = key in raw;
      const value = present ? raw[key] : undefined;
      let result: FieldResult | undefined;
      if (!present) result = field.absent ??= judge(field, false, undefined);
      else if (field.cache && (value === null || typeof value !== 'object')) {
        result = field.cache.get(value);
        if (result === undefined) {
          if (field.cache.size >= MAX_CACHED) field.cache.clear();
          field.cache.set(value, (result = judge(field, true, value)));
        }
      } else result = judge(field, true, value);
      if (result.issues) (issues ??= []).push(...result.issues);
      else req[key] = result.value;
    }
    return issues ? { ok: false, issues } : ok;
  };
}

function wholeRow(raw: Record<string, unknown>): ReceiptCheck {
  const parsed = receiptInputSchema.safeParse(raw);
  return parsed.success ? { ok: true, req: parsed.data } : { ok: false, issues: schemaIssues(parsed.error, raw) };
}
