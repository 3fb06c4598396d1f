import type { PostEntrySettings } from '../../../src-shared/domain/post-entry';
import { AppError } from '../../../src-shared/errors';
import { alertDaysSchema, criticalCodesSchema, type SetPostEntrySettingInput } from '../../../src-shared/schemas/post-entry-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { DEFAULT_VARIANCE_CONFIG, parseVarianceConfig, type VarianceConfig, type VarianceConfigFile } from '../../engine/post-entry/variances/variance-config';
import { insertPostEntrySetting, postEntrySettingValues } from '../../ledger/repos/post-entry-settings-repo';
import type { Actor, ServiceContext } from '../service-context';

/**
 * The desk's post-entry settings: variance tolerances and severities, which disposition codes are
 * critical (holds, exams, do-not-load orders by default) and how many days ahead deadlines alert.
 */
export const DEFAULT_POST_ENTRY_SETTINGS: PostEntrySettings = {
  variances: DEFAULT_VARIANCE_CONFIG as PostEntrySettings['variances'],
  criticalCodes: { categories: ['hold', 'do-not-load', 'exam'], codes: [], informational: [], unknownIsCritical: true },
  alertDays: 30,
};

/** Every setting, the newest stored value of each or its default. */
export function readPostEntrySettings(db: Sqlite): PostEntrySettings {
  const stored = postEntrySettingValues(db);
  const value = <K extends keyof PostEntrySettings>(key: K): PostEntrySettings[K] => {
    const json = stored.get(key);
    return json === undefined ? DEFAULT_POST_ENTRY_SETTINGS[key] : (JSON.parse(json) as PostEntrySettings[K]);
  };
  return { variances: value('variances'), criticalCodes: value('criticalCodes'), alertDays: value('alertDays') };
}

/** The variance tolerances as the engine takes them (checked again: a stored value must still parse). */
export function varianceConfig(db: Sqlite): VarianceConfig {
  return parseVarianceConfig(readPostEntrySettings(db).variances, 'the post-entry variance settings');
}

/** Changes one setting after checking it; audited with the value it replaces. */
export function changePostEntrySetting(ctx: ServiceContext, actor: Actor, input: SetPostEntrySettingInput): PostEntrySettings {
  let value: unknown;
  if (input.key === 'variances') {
    // Checked by the engine's own parser, which also fills defaults; stored as the complete file shape.
    const merged = { ...(DEFAULT_VARIANCE_CONFIG as Record<string, unknown>), ...input.value } as VarianceConfigFile;
    try {
      parseVarianceConfig(merged, 'the variance settings');
    } catch (error) {
      if (error instanceof AppError)
        throw new AppError(
          'VALIDATION',
          error.message,
          error.issues?.map((i) => ({ field: `value.${i.field}`, message: i.message })),
        );
      throw error;
    }
    // Stored whole: a rule given without its absolute or percent part keeps the engine's default "0".
    const whole = (rule: unknown) => ({ absolute: '0', percent: '0', ...(rule as object) });
    value = { ...merged, quantity: whole(merged.quantity), value: whole(merged.value), dutyAmount: whole(merged.dutyAmount), fees: whole(merged.fees) };
  } else if (input.key === 'criticalCodes') value = criticalCodesSchema.parse(input.value);
  else value = alertDaysSchema.parse(input.value);
  const before = readPostEntrySettings(ctx.db)[input.key];
  withAudit(
    ctx.db,
    ctx,
    { action: 'post-entry:change-setting', subject: `post-entry setting ${input.key}`, actor: actor.username, before: { value: before }, after: { value } },
    (seq) => {
      insertPostEntrySetting(ctx.db, { key: input.key, valueJson: JSON.stringify(value), at: ctx.clock.now().toISOString(), userId: actor.userId }, seq);
    },
  );
  return readPostEntrySettings(ctx.db);
}
