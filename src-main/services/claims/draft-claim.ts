import { electionOf, type ClaimDetail } from '../../../src-shared/domain/claims';
import { AppError } from '../../../src-shared/errors';
import type { DraftClaimInput } from '../../../src-shared/schemas/claim-inputs';
import { convertToBase } from '../../../src-shared/units';
import { withAudit } from '../../ledger/audit/audit-log';
import { lineAmounts } from '../../engine/claims/claim-amounts';
import { notModelledReason } from '../../engine/claims/modelled-provisions';
import type { Charges } from '../../engine/claims/refundable-charges';
import { claimCandidates, type ClaimCandidate } from '../../ledger/repos/claim-candidates-repo';
import { findClaim, insertClaim, insertClaimEvent, insertClaimLines, nextClaimNumber, type NewClaimLine } from '../../ledger/repos/claims-repo';
import type { Actor, ServiceContext } from '../service-context';
import { claimDetail } from './claim-read';
import { allocationMethod, claimMethod } from './allocation-methods';
import { validateWithin } from './claim-validation';

/** Direct identification claims the allocations that tie units to their own lots; substitution the others. */
const BASES = { 'direct-identification': ['lot', 'entry', 'sku', 'manual'], substitution: ['substitution'] } as const;

/**
 * Drafts a claim from the allocations in force for exports dated in the period that no claim in
 * force uses yet: one claim line per allocation, with its amounts, then validates it so every
 * problem is in the exception queue from the start. One audit record covers all of it.
 */
export function draftClaim(ctx: ServiceContext, actor: Actor, input: DraftClaimInput): ClaimDetail {
  // manufacturing and rejected merchandise need data of their own (190.51(a)(2)): never a relabelled 1313(j) claim
  const notModelled = notModelledReason(input.provision);
  if (notModelled) throw new AppError('VALIDATION', notModelled, [{ field: 'provision', message: 'not modelled yet' }]);
  const now = ctx.clock.now();
  const claimDate = input.claimDate ?? now.toISOString().slice(0, 10);
  const number = withAudit(
    ctx.db,
    ctx,
    (n: string) => ({
      action: 'claims:draft',
      subject: `claim ${n}`,
      actor: actor.username,
      after: { provision: input.provision, period: [input.periodStart, input.periodEnd], claimDate, accountingMethod: findClaim(ctx.db, n)?.accounting_method },
    }),
    (seq) => {
      const bases = BASES[electionOf(input.provision)];
      const candidates = claimCandidates(ctx.db, input.periodStart, input.periodEnd, bases);
      if (candidates.length === 0) {
        throw new AppError(
          'NOT_FOUND',
          `no unclaimed ${electionOf(input.provision)} allocations for exports dated ${input.periodStart} to ${input.periodEnd}; run matching first, or widen the period`,
          [{ field: 'periodStart', message: 'nothing to claim in this period' }],
        );
      }
      const method = recordedMethod(candidates, input);
      const number = nextClaimNumber(ctx.db, now.getUTCFullYear());
      const claimId = insertClaim(
        ctx.db,
        {
          uid: ctx.ids.next(),
          number,
          provision: input.provision,
          accountingMethod: method,
          claimant: input.claimant,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          claimDate,
          includeMpf: input.includeMpf ? 1 : 0,
          createdAt: now.toISOString(),
          userId: actor.userId,
        },
        seq,
      );
      const lines: NewClaimLine[] = candidates.map((c, i) => {
        const amounts = lineAmounts({
          provision: input.provision,
          includeFees: input.includeMpf,
          quantity: c.quantity,
          paid: chargesOf(c),
          lineQuantity: convertToBase(c.line_quantity, c.line_uom, c.item_uom) ?? c.line_quantity,
          dutyIfImported4dp: c.duty_if_imported_4dp === null ? null : BigInt(c.duty_if_imported_4dp),
          taxesFeesIfImported4dp: c.taxes_fees_if_imported_4dp === null ? null : BigInt(c.taxes_fees_if_imported_4dp),
        });
        return {
          lineNo: i + 1,
          allocationId: c.allocation_id,
          exportLineId: c.export_line_id,
          lotId: c.lot_id,
          entryLineId: c.entry_line_id,
          quantity: c.quantity,
          ...amounts,
        };
      });
      insertClaimLines(ctx.db, claimId, lines, seq);
      insertClaimEvent(ctx.db, { claimId, from: null, to: 'draft', at: now.toISOString(), userId: actor.userId }, seq);
      validateWithin(ctx, actor, findClaim(ctx.db, number)!, seq);
      return number;
    },
  );
  ctx.emit('claims:changed', { claimNumber: number, reason: 'drafted' });
  return claimDetail(ctx, number);
}

/**
 * The accounting method the claim records: the one its allocations were actually made by (19 CFR
 * 190.14: direct identification of commingled fungible stock uses an approved accounting method, and
 * the claim says which). Refused when they were made by several methods or by an order that is not an
 * approved method, or when the claimant asked for another method than the one used.
 */
function recordedMethod(candidates: ClaimCandidate[], input: DraftClaimInput): string {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    const m = allocationMethod(c.basis, c.run_method, c.run_order);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const period = `exports dated ${input.periodStart} to ${input.periodEnd}`;
  const found = claimMethod(counts, electionOf(input.provision) === 'substitution');
  if ('problem' in found)
    throw new AppError('VALIDATION', `the claim cannot be drafted from the allocations of ${period}: ${found.problem}`, [
      { field: 'accountingMethod', message: 'allocations made by more than one method, or not by an approved one' },
    ]);
  if (input.accountingMethod !== undefined && input.accountingMethod !== found.method) {
    throw new AppError(
      'VALIDATION',
      `the allocations of ${period} were made by ${found.method}, not ${input.accountingMethod}; a claim records the method actually used: leave the method out, or match again by ${input.accountingMethod}`,
      [{ field: 'accountingMethod', message: `the allocations used ${found.method}` }],
    );
  }
  return found.method;
}

/** What the entry line paid, by type; a type not recorded when the line was written (NULL) was none. */
function chargesOf(c: ClaimCandidate): Charges {
  const big = (v: number | null) => BigInt(v ?? 0);
  return {
    duty: big(c.duty_4dp),
    antidumping: big(c.antidumping_4dp),
    countervailing: big(c.countervailing_4dp),
    exciseTax: big(c.excise_tax_4dp),
    mpf: big(c.mpf_4dp),
    hmf: big(c.hmf_4dp),
    otherFees: big(c.other_fees_4dp),
  };
}
