import type { ClaimProvision } from '../../../src-shared/domain/claims';
import type { DestinationEffectName, DestinationRuleView, HtsFact } from '../../../src-shared/domain/reference-data';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { DestinationRule } from '../../engine/eligibility/destination-rules';

interface RuleRow {
  rule_key: string;
  version: number;
  country: string;
  provision: ClaimProvision;
  effect: DestinationEffectName;
  refund_percent: number | null;
  citation: string;
  effective_from: string;
  effective_to: string | null;
  retired: number;
  reason: string;
  at: string;
  username: string;
}

/** The newest version of every destination rule (retired ones included, for the list). */
const LATEST_RULES = `SELECT r.rule_key, r.version, r.country, r.provision, r.effect, r.refund_percent, r.citation, r.effective_from, r.effective_to, r.retired, r.reason, r.at, u.username
  FROM destination_rules r JOIN users u ON u.id = r.user_id
  WHERE r.id IN (SELECT MAX(id) FROM destination_rules GROUP BY rule_key)`;

export function listDestinationRules(db: Sqlite): DestinationRuleView[] {
  return (db.prepare(`${LATEST_RULES} ORDER BY r.country, r.provision, r.effective_from, r.rule_key`).all() as RuleRow[]).map((r) => ({
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
  return (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM destination_rules WHERE rule_key = ?').get(key) as { v: number }).v;
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

interface FactRow {
  hts: string;
  begins_with_other: number;
  description: string | null;
  source: string | null;
  at: string;
  username: string;
}

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
    ? db.prepare(`${LATEST_FACTS} AND f.hts LIKE ? ORDER BY f.hts`).all(`${prefix.replace(/\./g, '')}%`)
    : db.prepare(`${LATEST_FACTS} ORDER BY f.hts`).all();
  return (rows as FactRow[]).map(toFact);
}

export function findHtsFact(db: Sqlite, hts: string): HtsFact | undefined {
  const row = db
    .prepare(
      'SELECT f.hts, f.begins_with_other, f.description, f.source, f.at, u.username FROM hts_facts f JOIN users u ON u.id = f.user_id WHERE f.hts = ? ORDER BY f.id DESC LIMIT 1',
    )
    .get(hts) as FactRow | undefined;
  return row && toFact(row);
}

/** number -> begins with "other", for the numbers asked about that have a fact in force. */
export function htsOtherFacts(db: Sqlite, numbers: Iterable<string>): Map<string, boolean> {
  const wanted = [...new Set(numbers)];
  const rows = db.prepare(`${LATEST_FACTS} AND f.hts IN (SELECT value FROM json_each(?))`).all(JSON.stringify(wanted)) as FactRow[];
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
