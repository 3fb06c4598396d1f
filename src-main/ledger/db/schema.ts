/**
 * The ledger schema, one module for drizzle (queries, drizzle-kit migrations): the core ledger in
 * ledger-schema.ts (its conventions are written there), the device tables in device-schema.ts, the
 * compliance reference data in reference-schema.ts and post-entry tracking (entry summaries, status
 * messages, statements, liquidations) in post-entry-schema.ts.
 */
export * from './ledger-schema';
export * from './device-schema';
export * from './reference-schema';
export * from './post-entry-schema';
