import type { z } from 'zod';
import { AppError, type FieldIssue } from './errors';
import { messageInWords, placeInFile } from './issue-words';

/**
 * Turns a zod failure into AppError('VALIDATION') whose issues name each field by its dotted path
 * ("transactions.3.quantity"), for tools; an unknown key is named itself, so a misspelt field is easy
 * to find. The message says where in words ("transaction 4, field quantity"), with the key as the
 * file spells it. Shared by every engine's input parser.
 */
export function validationError(what: string, error: z.ZodError): AppError {
  const issues: (FieldIssue & { place: string | null })[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        issues.push({ field: path ? `${path}.${key}` : key, message: `unknown field "${key}"; check its spelling`, place: placeInFile(issue.path) });
    } else {
      // the schema's own message, or zod's default in words; where it is goes before it in the summary
      issues.push({ field: path || '(file)', message: messageInWords(issue), place: placeInFile(issue.path) });
    }
  }
  const first = issues[0] ? `${issues[0].place ? `${issues[0].place}: ` : ''}${issues[0].message}` : 'unknown problem';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new AppError(
    'VALIDATION',
    `${what} is not valid: ${first}${more}`,
    issues.map(({ field, message }) => ({ field, message })),
  );
}
