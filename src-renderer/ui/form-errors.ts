import { get, type FieldErrors, type FieldPath, type FieldValues, type UseFormSetError } from 'react-hook-form';
import type { AppErrorShape } from '../../src-shared/errors';

/** A stable element id for a field, so the summary can link to it and the input can point at its error. */
export function fieldId(form: string, field: string): string {
  return `${form}-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The message for one field of a form, by its (dotted) name. */
export function errorOf(errors: FieldErrors, name: string): string | undefined {
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? message : undefined;
}

/** Main's refusal that belongs to no field of the form, kept as the form's root error. */
export const ROOT_ERROR = 'root.main';

/**
 * Puts main's refusal where it belongs: each issue whose field is one of the form's `fields` lands
 * on that input with setError. The form's root error (shown at the top, in words only, never a
 * field path) is main's sentence for a refusal that is not about the values typed (a supervisor
 * needed, not allowed, a device not set up) or names no field of the form; for a VALIDATION answer
 * whose issues all landed, only the issues that name no field of the form. Returns the fields that got a message.
 */
export function setMainErrors<T extends FieldValues>(setError: UseFormSetError<T>, error: AppErrorShape, fields: readonly string[]): string[] {
  const landed: string[] = [];
  const elsewhere: string[] = [];
  for (const issue of error.issues ?? []) {
    if (fields.includes(issue.field)) {
      const before = landed.includes(issue.field);
      setError(issue.field as FieldPath<T>, { type: 'main', message: issue.message }, { shouldFocus: false });
      if (!before) landed.push(issue.field);
    } else if (!elsewhere.includes(issue.message)) {
      elsewhere.push(issue.message);
    }
  }
  if (landed.length === 0 || error.code !== 'VALIDATION') setError(ROOT_ERROR as FieldPath<T>, { type: error.code, message: error.message });
  else if (elsewhere.length > 0) setError(ROOT_ERROR as FieldPath<T>, { type: error.code, message: elsewhere.join('; ') });
  return landed;
}

/** The first field in `order` that has a message. */
export function firstInvalid(errors: FieldErrors, order: readonly string[]): string | undefined {
  return order.find((name) => errorOf(errors, name) !== undefined);
}
