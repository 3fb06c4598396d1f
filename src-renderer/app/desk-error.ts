import type { AppErrorShape, ErrorCode, FieldIssue, Result } from '../../src-shared/errors';

/**
 * Main's `{ok:false,error}` answer as a thrown error, so TanStack Query holds it as the query's or
 * mutation's error. It keeps the AppError shape (code, message, issues): screens read it as before.
 */
export class DeskError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'DeskError';
    this.code = shape.code;
    if (shape.issues) this.issues = shape.issues;
  }
}

/** The value of an answer, or its error thrown as a DeskError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new DeskError(result.error);
}

/** Any error a query or mutation ended with, in the AppError shape (a bug in the screen's own code too). */
export function asAppError(error: unknown): AppErrorShape {
  if (error instanceof DeskError) return error;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
