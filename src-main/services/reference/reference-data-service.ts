import type { DestinationRuleView, HtsFact } from '../../../src-shared/domain/reference-data';
import type { DestinationRuleInput, HtsFactInput } from '../../../src-shared/schemas/reference-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import {
  destinationRuleKeys,
  findHtsFact,
  insertDestinationRule,
  insertHtsFact,
  latestRuleVersion,
  listDestinationRules,
} from '../../ledger/repos/reference-repo';
import type { Actor, ServiceContext } from '../service-context';
import { STATUTORY_DESTINATION_RULES } from './statutory-destination-rules';

/**
 * Puts the destination rules of the law into the ledger the first time a desk opens it (and any rule
 * a newer release knows that the ledger lacks), as audited rows written by the system actor. A
 * migration cannot do it: rows with no audit record behind them would fail `audit verify`. A rule a
 * specialist has changed keeps its newest version; only missing keys are added.
 */
export function ensureStatutoryReferenceData(ctx: ServiceContext, system: Actor): void {
  const known = new Set(destinationRuleKeys(ctx.db));
  const missing = STATUTORY_DESTINATION_RULES.filter((r) => !known.has(r.key));
  if (missing.length === 0) return;
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'reference:seed-destination-rules',
      subject: `${missing.length} destination rules from the law`,
      actor: system.username,
      after: { keys: missing.map((r) => r.key) },
    },
    (seq) => {
      const at = ctx.clock.now().toISOString();
      for (const r of missing) {
        insertDestinationRule(
          ctx.db,
          {
            key: r.key,
            version: 1,
            country: r.country,
            provision: r.provision,
            effect: r.effect,
            refundPercent: r.refundPercent,
            citation: r.citation,
            effectiveFrom: r.from,
            effectiveTo: r.to,
            retired: false,
            reason: 'as the law states it (seeded by the desk)',
            at,
            userId: system.userId,
          },
          seq,
        );
      }
    },
  );
}

/** Records what the HTSUS says of a number; a new version when it differs from the one in force. */
export function setHtsFact(ctx: ServiceContext, actor: Actor, input: HtsFactInput): HtsFact {
  const before = findHtsFact(ctx.db, input.hts);
  if (before && before.beginsWithOther === input.beginsWithOther && before.description === input.description && before.source === input.source) return before;
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'reference:set-hts-fact',
      subject: `HTS ${input.hts}`,
      actor: actor.username,
      before: before ? { beginsWithOther: before.beginsWithOther, description: before.description } : null,
      after: { beginsWithOther: input.beginsWithOther, description: input.description, source: input.source },
    },
    (seq) => insertHtsFact(ctx.db, { ...input, at: ctx.clock.now().toISOString(), userId: actor.userId }, seq),
  );
  ctx.emit('claims:changed', { claimNumber: null, reason: 'reference data changed' });
  return findHtsFact(ctx.db, input.hts)!;
}

/** Writes a new version of a destination rule (or a new rule); the old version stays on record. */
export function setDestinationRule(ctx: ServiceContext, actor: Actor, input: DestinationRuleInput): DestinationRuleView {
  const before = listDestinationRules(ctx.db).find((r) => r.key === input.key);
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'reference:set-destination-rule',
      subject: `destination rule ${input.key}`,
      actor: actor.username,
      reason: input.reason,
      before: before ?? null,
      after: input,
    },
    (seq) => {
      insertDestinationRule(
        ctx.db,
        {
          key: input.key,
          version: latestRuleVersion(ctx.db, input.key) + 1,
          country: input.country,
          provision: input.provision,
          effect: input.effect,
          refundPercent: input.refundPercent ?? null,
          citation: input.citation,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
          retired: input.retired,
          reason: input.reason,
          at: ctx.clock.now().toISOString(),
          userId: actor.userId,
        },
        seq,
      );
    },
  );
  ctx.emit('claims:changed', { claimNumber: null, reason: 'reference data changed' });
  return listDestinationRules(ctx.db).find((r) => r.key === input.key)!;
}
