import { AppError } from '../../../src-shared/errors';
import { DESK_SETTING_KEYS, DESK_SETTINGS, type DeskSettingKey, type DeskSettings, type SetSettingInput } from '../../../src-shared/schemas/desk-settings';
import { withAudit } from '../../ledger/audit/audit-log';
import { checkPrinterAddress } from '../../devices/printers/printer-address';
import { checkRfidReaderAddress } from '../../devices/rfid/rfid-reader-address';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { insertSettingChange, latestSettings } from '../../ledger/repos/settings-repo';
import type { Actor, ServiceContext } from '../service-context';

/** Device addresses are checked by the code that will open them, so a setting always names something openable. */
const ADDRESS_CHECKS: Partial<Record<DeskSettingKey, (value: string) => string | null>> = {
  'labels.printer': (value) => {
    const check = checkPrinterAddress(value);
    return check.ok ? null : check.error;
  },
  'rfid.reader': (value) => {
    const check = checkRfidReaderAddress(value);
    return check.ok ? null : check.error;
  },
};

/** Every setting, the newest row of each key or its default. */
export function readSettings(db: Sqlite): DeskSettings {
  const rows = latestSettings(db);
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(DESK_SETTING_KEYS.map((key) => [key, stored.get(key) ?? DESK_SETTINGS[key].fallback])) as DeskSettings;
}

export function readSetting(db: Sqlite, key: DeskSettingKey): string {
  return readSettings(db)[key];
}

/** Writes one setting after checking it against its schema; audited with the value it replaces. */
export function changeSetting(ctx: ServiceContext, actor: Actor, input: SetSettingInput): DeskSettings {
  const parsed = DESK_SETTINGS[input.key].schema.safeParse(input.value);
  // An empty value clears an optional setting (printer, reader); required shapes are checked otherwise.
  if (!parsed.success && !(input.value === '' && DESK_SETTINGS[input.key].fallback === '')) {
    throw new AppError('VALIDATION', `setting ${input.key}: ${parsed.error.issues[0]?.message ?? 'not valid'}`, [
      { field: 'value', message: parsed.error.issues[0]?.message ?? 'not valid' },
    ]);
  }
  const value = parsed.success ? String(parsed.data) : '';
  const addressProblem = value === '' ? null : ADDRESS_CHECKS[input.key]?.(value);
  if (addressProblem) throw new AppError('VALIDATION', `setting ${input.key}: ${addressProblem}`, [{ field: 'value', message: addressProblem }]);
  const before = readSetting(ctx.db, input.key);
  withAudit(
    ctx.db,
    ctx,
    { action: 'settings:change', subject: `setting ${input.key}`, actor: actor.username, before: { value: before }, after: { value } },
    (seq) => {
      insertSettingChange(ctx.db, { key: input.key, value, at: ctx.clock.now().toISOString(), userId: actor.userId }, seq);
    },
  );
  return readSettings(ctx.db);
}
