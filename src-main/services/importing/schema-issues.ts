import type { z } from 'zod';

export interface PathIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The schema's issues with their paths, in words a person fixing a spreadsheet can act on:
 * "expected string, received undefined" becomes "sku is required".
 */
export function schemaIssues(error: z.ZodError, input: unknown): PathIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const missing = issue.code === 'invalid_type' && valueAt(input, path) === undefined;
    const name = path.length > 0 ? String(path[path.length - 1]) : 'value';
    return { path, message: missing ? `${name} is required` : issue.message };
  });
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
