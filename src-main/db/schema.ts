/**
 * The ledger schema, one module for drizzle (queries, drizzle-kit migrations): the core ledger in
 * ledger-schema.ts (its conventions are written there) and the device tables in device-schema.ts.
 */
export * from './ledger-schema';
export * from './device-schema';
