import type { z } from 'zod';
import { AppError, type FieldIssue } from './errors';

/**
 * Turns a zod failure into AppError('VALIDATION') whose issues name each field by its dotted path
 * ("transactions.3.quantity"); an unknown key is named itself, so a misspelt field is easy to find.
 * Shared by every engine's input parser.
 */
export function validationError(what: string, error: z.ZodError): AppError {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ field: path ? `${path}.${key}` : key, message: `unknown field "${key}"; check its spelling` });
    } else {
      issues.push({ field: path || '(file)', message: issue.message });
    }
  }
  const first = issues[0] ? `${issues[0].field}: ${issues[0].message}` : 'unknown problem';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new AppError('VALIDATION', `${what} is not valid: ${first}${more}`, issues);
}
