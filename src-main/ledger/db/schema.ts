/**
 * The ledger schema, one module for drizzle (queries, drizzle-kit migrations): the core ledger in
 * ledger-schema.ts (its conventions are written there), the device tables in device-schema.ts and the
 * compliance reference data in reference-schema.ts.
 */
export * from './ledger-schema';
export * from './device-schema';
export * from './reference-schema';
