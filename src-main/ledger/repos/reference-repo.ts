import type { ClaimProvision } from '../../../src-shared/domain/claims';
import type { DestinationEffectName, DestinationRuleView, HtsFact } from '../../../src-shared/domain/reference-data';
import type { AuditSeq } from '../audit/audit-seq';
import type { users } from '../db/users-schema';
import type { Sqlite } from '../db/open-ledger';
import type { destinationRules, htsFacts } from '../db/reference-schema';
import type { SqlRow } from './sql-row';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { DestinationRule } from '../../engine/eligibility/destination-rules';

type Username = SqlRow<typeof users>['username'];

/** A rule version with its author's name; `provision` is free text in the schema, written only from the desk's provisions. */
type RuleRow = Omit<SqlRow<typeof destinationRules>, 'id' | 'provision' | 'user_id' | 'audit_seq'> & { provision: ClaimProvision; username: Username };

/** The newest version of every destination rule (retired ones included, for the list). */
const LATEST_RULES = `SELECT r.rule_key, r.version, r.country, r.provision, r.effect, r.refund_percent, r.citation, r.effective_from, r.effective_to, r.retired, r.reason, r.at, u.username
  FROM destination_rules r JOIN users u ON u.id = r.user_id
  WHERE r.id IN (SELECT MAX(id) FROM destination_rules GROUP BY rule_key)`;

export function listDestinationRules(db: Sqlite): DestinationRuleView[] {
  return db
    .prepare<[], RuleRow>(`${LATEST_RULES} ORDER BY r.country, r.provision, r.effective_from, r.rule_key`)
    .all()
    .map((r) => ({
      key: r.rule_key,
      version: r.version,
      country: r.country,
      provision: r.provision,
      effect: r.effect,
      refundPercent: r.refund_percent,
      citation: r.citation,
      effectiveFrom: r.effective_from,
      effectiveTo: r.effective_to,
      retired: r.retired === 1,
      reason: r.reason,
      at: r.at,
      by: r.username,
    }));
}

/** The rules in force, as the engine reads them (dates as day numbers). */
export function destinationRulesInForce(db: Sqlite): DestinationRule[] {
  return listDestinationRules(db)
    .filter((r) => !r.retired)
    .map((r) => ({
      key: r.key,
      country: r.country,
      provision: r.provision,
      effect: r.effect,
      refundPercent: r.refundPercent,
      citation: r.citation,
      from: parseIsoDay(r.effectiveFrom)!,
      to: r.effectiveTo === null ? null : parseIsoDay(r.effectiveTo)!,
    }));
}

/** Every rule key the ledger has (any version). */
export function destinationRuleKeys(db: Sqlite): string[] {
  return db.prepare<[], string>('SELECT DISTINCT rule_key FROM destination_rules').pluck().all();
}

export function latestRuleVersion(db: Sqlite, key: string): number {
  return db.prepare<[string], { v: number }>('SELECT COALESCE(MAX(version), 0) AS v FROM destination_rules WHERE rule_key = ?').get(key)!.v;
}

export interface NewDestinationRule {
  key: string;
  version: number;
  country: string;
  provision: ClaimProvision;
  effect: DestinationEffectName;
  refundPercent: number | null;
  citation: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  retired: boolean;
  reason: string;
  at: string;
  userId: number;
}

export function insertDestinationRule(db: Sqlite, r: NewDestinationRule, auditSeq: AuditSeq): void {
  db.prepare(
    'INSERT INTO destination_rules (rule_key, version, country, provision, effect, refund_percent, citation, effective_from, effective_to, retired, reason, at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
  ).run(
    r.key,
    r.version,
    r.country,
    r.provision,
    r.effect,
    r.refundPercent,
    r.citation,
    r.effectiveFrom,
    r.effectiveTo,
    r.retired ? 1 : 0,
    r.reason,
    r.at,
    r.userId,
    auditSeq,
  );
}

/** A fact with its author's name. */
type FactRow = Pick<SqlRow<typeof htsFacts>, 'hts' | 'begins_with_other' | 'description' | 'source' | 'at'> & { username: Username };

const LATEST_FACTS = `SELECT f.hts, f.begins_with_other, f.description, f.source, f.at, u.username
  FROM hts_facts f JOIN users u ON u.id = f.user_id WHERE f.id IN (SELECT MAX(id) FROM hts_facts GROUP BY hts)`;

const toFact = (r: FactRow): HtsFact => ({
  hts: r.hts,
  beginsWithOther: r.begins_with_other === 1,
  description: r.description,
  source: r.source,
  at: r.at,
  by: r.username,
});

export function listHtsFacts(db: Sqlite, prefix?: string): HtsFact[] {
  const rows = prefix
    ? db.prepare<[string], FactRow>(`${LATEST_FACTS} AND f.hts LIKE ? ORDER BY f.hts`).all(`${prefix.replace(/\./g, '')}%`)
    : db.prepare<[], FactRow>(`${LATEST_FACTS} ORDER BY f.hts`).all();
  return rows.map(toFact);
}

export function findHtsFact(db: Sqlite, hts: string): HtsFact | undefined {
  const row = db
    .prepare<[string], FactRow>(
      'SELECT f.hts, f.begins_with_other, f.description, f.source, f.at, u.username FROM hts_facts f JOIN users u ON u.id = f.user_id WHERE f.hts = ? ORDER BY f.id DESC LIMIT 1',
    )
    .get(hts);
  return row && toFact(row);
}

/** number -> begins with "other", for the numbers asked about that have a fact in force. */
export function htsOtherFacts(db: Sqlite, numbers: Iterable<string>): Map<string, boolean> {
  const wanted = [...new Set(numbers)];
  const rows = db.prepare<[string], FactRow>(`${LATEST_FACTS} AND f.hts IN (SELECT value FROM json_each(?))`).all(JSON.stringify(wanted));
  return new Map(rows.map((r) => [r.hts, r.begins_with_other === 1]));
}

export function insertHtsFact(
  db: Sqlite,
  f: { hts: string; beginsWithOther: boolean; description: string | null; source: string | null; at: string; userId: number },
  auditSeq: AuditSeq,
): void {
  db.prepare('INSERT INTO hts_facts (hts, begins_with_other, description, source, at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?)').run(
    f.hts,
    f.beginsWithOther ? 1 : 0,
    f.description,
    f.source,
    f.at,
    f.userId,
    auditSeq,
  );
}
