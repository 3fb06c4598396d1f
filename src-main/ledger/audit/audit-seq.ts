declare const minted: unique symbol;

/**
 * The number of the audit record a write belongs to. Only `withAudit` (audit-log.ts) makes one, and
 * every repo function that writes ledger rows asks for one, so a ledger write outside the audited
 * path does not compile: a plain number is refused (test/audit/audit-seq.types.test.ts). ESLint
 * refuses `as AuditSeq` anywhere else (eslint.config.js).
 */
export type AuditSeq = number & { readonly [minted]: 'withAudit' };
