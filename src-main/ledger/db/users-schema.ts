import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';

/** The desk's users and the sign-in failures that throttle them (conventions: schema.ts). */

export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['clerk', 'specialist', 'supervisor', 'admin'] }).notNull(),
  /** scrypt$N$r$p$salt$hash; empty for the built-in system actor, which cannot sign in */
  passwordHash: text('password_hash').notNull(),
  createdAt: text('created_at').notNull(),
  auditSeq: auditSeq(),
});

/** The user who recorded a row (every audited write names its person). */
export const recordedBy = () =>
  integer('user_id')
    .notNull()
    .references(() => users.id);

/**
 * Wrong passwords given for a user who exists (at sign-in or as an override's approver), and the
 * 'cleared' mark a right one leaves after them: the sign-in throttle counts the failures since the
 * last mark, so restarting the desk or running the CLI again does not reset a lockout. Unknown user
 * names are never written here (an attacker would grow the ledger at will); they are throttled in memory.
 */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey(),
    userId: recordedBy(),
    outcome: text('outcome', { enum: ['failed', 'cleared'] }).notNull(),
    /** which front door the password came through, e.g. "browser 127.0.0.1", "cli" */
    door: text('door').notNull(),
    at: text('at').notNull(),
    auditSeq: auditSeq(),
  },
  (t) => [index('sign_in_failures_user').on(t.userId)],
);
