import type { EntrySummaryVersion } from '../../../src-shared/domain/post-entry';
import { AppError } from '../../../src-shared/errors';
import { parseEntryNumber } from '../../../src-shared/post-entry/entry-number';
import { entrySummaryInputSchema, type CorrectEntryInput } from '../../../src-shared/schemas/post-entry-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import { notices } from '../../ledger/repos/post-entry-liquidations-repo';
import { insertSummary, nextSummaryVersion } from '../../ledger/repos/post-entry-summaries-repo';
import type { Actor, ServiceContext } from '../service-context';
import { contentHash } from './import/write-records';
import { entryVersions, versionInput } from './summary-views';

/**
 * Corrects an entry in the desk before a correction is filed with CBP: a new version of the entry
 * summary (origin 'desk') with the lines as they should be, the reason and who, audited with the
 * lines it replaces. The broker's filings stay as they were; variances keep comparing the pre-entry
 * with what the broker filed until a re-filing arrives. A post-summary correction is possible only
 * while the entry is unliquidated (PSC test, 76 FR 37136 as amended), so a liquidated entry is refused.
 */
export function correctEntry(ctx: ServiceContext, actor: Actor, input: CorrectEntryInput): EntrySummaryVersion {
  const versions = entryVersions(ctx.db, input.entryNumber);
  const current = versions.at(-1);
  if (!current)
    throw new AppError('NOT_FOUND', `entry ${input.entryNumber} has no entry summary in the ledger to correct; import the broker's filing first`, [
      { field: 'entryNumber', message: 'not filed' },
    ]);
  const liquidated = notices(ctx.db, input.entryNumber)
    .filter((n) => n.kind === 'liquidation')
    .at(-1);
  if (liquidated) {
    throw new AppError(
      'CONFLICT',
      `entry ${input.entryNumber} liquidated on ${liquidated.notice_date}: a post-summary correction is possible only before liquidation; a protest (within 180 days, 19 CFR 174.12(e)) is the way to contest it now`,
    );
  }
  // Both through the one schema, so they hash alike when they say the same.
  const before = entrySummaryInputSchema.parse(versionInput(current));
  const corrected = entrySummaryInputSchema.parse({ ...before, ...(input.entryType ? { entryType: input.entryType } : {}), lines: input.lines });
  const hash = contentHash(corrected);
  if (hash === contentHash(before))
    throw new AppError(
      'VALIDATION',
      `the correction of entry ${input.entryNumber} changes nothing in version ${current.version}; change a line or the entry type`,
      [{ field: 'lines', message: 'nothing changed' }],
    );
  const number = parseEntryNumber(input.entryNumber);
  if (!number.ok) throw new AppError('VALIDATION', number.problem, [{ field: 'entryNumber', message: number.problem }]);
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'post-entry:correct-entry',
      subject: `entry ${input.entryNumber}`,
      actor: actor.username,
      reason: input.reason,
      before: { version: current.version, entryType: before.entryType, lines: before.lines },
      after: { entryType: corrected.entryType, lines: corrected.lines },
    },
    (seq) => {
      const version = nextSummaryVersion(ctx.db, input.entryNumber);
      insertSummary(
        ctx.db,
        corrected,
        {
          uid: ctx.ids.next(),
          version,
          origin: 'desk',
          filerCode: number.value.filerCode,
          contentHash: hash,
          reason: input.reason,
          createdAt: ctx.clock.now().toISOString(),
          userId: actor.userId,
        },
        seq,
      );
    },
  );
  return entryVersions(ctx.db, input.entryNumber).at(-1)!;
}
