import type { AppErrorShape } from '../../src-shared/errors';

/** Messages per form field, keyed by the field names main uses in `error.issues[].field`. */
export type FieldErrors = Partial<Record<string, string>>;

/** Groups main's issues by field; a dotted field ("override.reason") also answers to its last part. */
export function fieldErrorsFrom(error: AppErrorShape | null | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error?.issues ?? []) {
    out[issue.field] = out[issue.field] ? `${out[issue.field]}; ${issue.message}` : issue.message;
  }
  return out;
}

/** A stable element id for a field, so the summary can link to it and the input can point at its error. */
export function fieldId(form: string, field: string): string {
  return `${form}-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
