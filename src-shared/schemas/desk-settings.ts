import { z } from 'zod';
import { ACCOUNTING_METHOD_NAMES } from '../domain/exports';

/** One scanner the desk opens at start: a HID POS scanner by its hidraw path, or a serial one. */
export const scannerConfigSchema = z.discriminatedUnion('kind', [
  z
    .object({ id: z.string().trim().min(1).max(40), kind: z.literal('hid'), path: z.string().trim().min(1), layout: z.string().trim().min(1).optional() })
    .strict(),
  z
    .object({
      id: z.string().trim().min(1).max(40),
      kind: z.literal('serial'),
      path: z.string().trim().min(1),
      baudRate: z.number().int().positive().default(9600),
      prefix: z.string().max(8).optional(),
      suffix: z.string().max(8).optional(),
      aimPrefix: z.boolean().optional(),
    })
    .strict(),
]);
export type ScannerSetting = z.infer<typeof scannerConfigSchema>;

/** The `scanners` setting: a JSON list of scanner configs, e.g. [{"id":"dock","kind":"serial","path":"/dev/ttyACM0"}]. */
export const scannersSettingSchema = z.string().transform((text, ctx) => {
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? [] : JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'the scanners setting is a JSON list, e.g. [{"id":"dock","kind":"serial","path":"/dev/ttyACM0"}]' });
    return z.NEVER;
  }
  const list = z.array(scannerConfigSchema).max(16).safeParse(parsed);
  if (!list.success) {
    const issue = list.error.issues[0]!;
    ctx.addIssue({ code: 'custom', message: `scanner ${issue.path.join('.')}: ${issue.message}` });
    return z.NEVER;
  }
  return JSON.stringify(list.data);
});

/**
 * Desk settings a supervisor sets once per desk: what the labels carry and where they go. Each key
 * has its own schema and default, so a setting is checked where it is written, not where it is used.
 */
export const DESK_SETTINGS = {
  /** GS1 company prefix the desk's SSCCs are issued under (7 to 11 digits, from GS1). */
  'gs1.company-prefix': { schema: z.string().regex(/^\d{7,11}$/, 'a GS1 company prefix has 7 to 11 digits'), fallback: '' },
  /** SSCC extension digit (0-9), chosen by the company, e.g. one per desk or site. */
  'gs1.sscc-extension': { schema: z.string().regex(/^\d$/, 'the SSCC extension is one digit, 0-9'), fallback: '0' },
  /** Where pallet labels print: tcp://HOST:PORT, serial:PATH, file:PATH or cups:QUEUE ('' = not set). */
  'labels.printer': { schema: z.string().trim().max(300), fallback: '' },
  'labels.format': { schema: z.enum(['zpl', 'pdf']), fallback: 'zpl' },
  'labels.dpi': { schema: z.enum(['203', '300']), fallback: '203' },
  /** RFID reader for pallet tags: llrp://HOST:PORT or serial:PATH ('' = no tag is written). */
  'rfid.reader': { schema: z.string().trim().max(300), fallback: '' },
  /** scanners opened when the desk starts (JSON list; HID POS or serial), '' = none */
  scanners: { schema: scannersSettingSchema, fallback: '' },
  /**
   * The approved accounting method chosen for the desk's fungible inventory (19 CFR 191.14(c); kept
   * for at least a year): matching identifies commingled lots by it unless a run names another.
   */
  'drawback.accounting-method': { schema: z.enum(ACCOUNTING_METHOD_NAMES, { error: `one of ${ACCOUNTING_METHOD_NAMES.join(', ')}` }), fallback: 'fifo' },
  /** the inventory's average turnover period in days, for low-to-high-turnover ('' = not set) */
  'drawback.turnover-days': { schema: z.string().regex(/^[1-9]\d{0,3}$/, 'a whole number of days, 1 to 9999'), fallback: '' },
} as const;

export type DeskSettingKey = keyof typeof DESK_SETTINGS;
export type DeskSettings = Record<DeskSettingKey, string>;
export const DESK_SETTING_KEYS = Object.keys(DESK_SETTINGS) as DeskSettingKey[];

export const setSettingSchema = z.strictObject({
  key: z.enum(DESK_SETTING_KEYS as [DeskSettingKey, ...DeskSettingKey[]]),
  value: z.string(),
});
export type SetSettingInput = z.infer<typeof setSettingSchema>;
