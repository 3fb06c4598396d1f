/** Error codes every front door can show; messages say what was wrong, where, and what to do. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'OVERRIDE_REQUIRED',
  'IMPORT_REJECTED',
  /** too many wrong passwords for a user name or from a door: wait (the message says how long) */
  'THROTTLED',
  /** the ledger was locked by another job past the wait: nothing was written, the same request may be sent again */
  'BUSY',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field in the request, e.g. "quantity" or "entry.lines.0.hts". */
  field: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown inside main; turned into `{ok:false,error}` at the boundary so nothing throws across it. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}
