import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';
import { recordedBy } from './users-schema';

/**
 * Reference data the compliance rules read (conventions: schema.ts). Append-only like
 * setting_changes: a change is a new version row, the newest version of each key is in force, and
 * every version stays on record with who wrote it.
 */

/**
 * Restrictions on drawback by destination (trade agreements): for exports to `country` dated from
 * `effective_from` to `effective_to` (inclusive; null = open), drawback under `provision` is excluded,
 * reduced to `refund_percent`, or limited to the lesser of two duties. Seeded from the law
 * (src-main/services/reference/statutory-destination-rules.ts); `rule_key` names a rule across its versions,
 * and a version with `retired` = 1 takes the rule out of force.
 */
export const destinationRules = sqliteTable(
  'destination_rules',
  {
    id: integer('id').primaryKey(),
    ruleKey: text('rule_key').notNull(),
    version: integer('version').notNull(),
    country: text('country').notNull(),
    provision: text('provision').notNull(),
    effect: text('effect', { enum: ['excluded', 'reduced', 'limited'] }).notNull(),
    refundPercent: integer('refund_percent'),
    citation: text('citation').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    effectiveTo: text('effective_to'),
    retired: integer('retired').notNull(),
    /** why this version was written (the seed, a specialist's correction) */
    reason: text('reason').notNull(),
    at: text('at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('destination_rules_key_version').on(t.ruleKey, t.version)],
);

/**
 * What the HTSUS says of the numbers the ledger uses, as far as drawback needs it: whether the
 * article description of an 8-digit subheading or a 10-digit statistical reporting number begins with
 * "other" (19 CFR 190.2, "substituted merchandise"; 19 U.S.C. 1313(j)(5)). The newest row of a number
 * is in force; unknown numbers have no row.
 */
export const htsFacts = sqliteTable(
  'hts_facts',
  {
    id: integer('id').primaryKey(),
    /** 8 digits (subheading) or 10 (statistical reporting number), no dots */
    hts: text('hts').notNull(),
    beginsWithOther: integer('begins_with_other').notNull(),
    /** the article description as the HTSUS prints it, when known */
    description: text('description'),
    /** where the fact was read (HTSUS edition, ruling), when given */
    source: text('source'),
    at: text('at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('hts_facts_hts').on(t.hts)],
);
