import { z } from 'zod';
import { parseMoney } from '../../../../src-shared/money';
import { validationError } from '../../../../src-shared/validation-error';

/**
 * How differences between pre-entry data and the filed entry summary (CBP Form 7501) are rated.
 * Numbers get a tolerance (an absolute amount and/or a percent of the pre-entry figure; a difference
 * within either is only information); each field gets the severity of a difference beyond it.
 * Classification (HTS) and valuation (entered value beyond its tolerance) changes are always alerts
 * (issue 12), so they have no severity setting.
 */
export const SEVERITIES = ['info', 'warning', 'alert'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Tolerance {
  /** In 1/10,000 of the field's unit (dollars or quantity units). */
  absolute: bigint;
  /** In 1/10,000 of a percent: 2.5% = 25_000n. */
  percent: bigint;
}
export interface NumericRule {
  tolerance: Tolerance;
  severity: Severity;
}
export interface VarianceConfig {
  quantity: NumericRule;
  value: { tolerance: Tolerance };
  dutyAmount: NumericRule;
  fees: NumericRule;
  origin: Severity;
  dutyRate: Severity;
  missingLine: Severity;
}

const decimal = (what: string) =>
  z
    .string({ error: `${what} is a decimal string such as "1.00"` })
    .regex(/^\d{1,15}(\.\d{1,4})?$/, `${what} is zero or more with at most 4 decimals, e.g. "1.00"`);
const severity = z.enum(SEVERITIES, { error: `severity is one of ${SEVERITIES.join(', ')}` });
const tolerance = (what: string) => ({ absolute: decimal(`${what}.absolute`).default('0'), percent: decimal(`${what}.percent`).default('0') });
const numeric = (what: string) => z.strictObject({ ...tolerance(what), severity });

const configFile = z.strictObject({
  quantity: numeric('quantity'),
  value: z.strictObject(tolerance('value')),
  dutyAmount: numeric('dutyAmount'),
  fees: numeric('fees'),
  origin: severity,
  dutyRate: severity,
  missingLine: severity,
});
export type VarianceConfigFile = z.input<typeof configFile>;

/**
 * Defaults: entered value is reported in whole dollars on the 7501 (post-entry-facts §2), so a
 * value within $1.00 of the pre-entry figure is rounding; duty and fees within a cent likewise.
 * Quantities must match exactly.
 */
export const DEFAULT_VARIANCE_CONFIG: VarianceConfigFile = {
  quantity: { absolute: '0', percent: '0', severity: 'warning' },
  value: { absolute: '1.00', percent: '0' },
  dutyAmount: { absolute: '0.01', percent: '0', severity: 'warning' },
  fees: { absolute: '0.01', percent: '0', severity: 'warning' },
  origin: 'alert',
  dutyRate: 'warning',
  missingLine: 'alert',
};

const scaled = (r: { absolute: string; percent: string }): Tolerance => ({ absolute: parseMoney(r.absolute), percent: parseMoney(r.percent) });
const rule = (r: { absolute: string; percent: string; severity: Severity }): NumericRule => ({ tolerance: scaled(r), severity: r.severity });

/** Checks a tolerance/severity setting (as stored in settings, strings for numbers) and scales it. */
export function parseVarianceConfig(raw: unknown, source = 'the variance settings'): VarianceConfig {
  const parsed = configFile.safeParse(raw);
  if (!parsed.success) throw validationError(source, parsed.error);
  const c = parsed.data;
  return {
    quantity: rule(c.quantity),
    value: { tolerance: scaled(c.value) },
    dutyAmount: rule(c.dutyAmount),
    fees: rule(c.fees),
    origin: c.origin,
    dutyRate: c.dutyRate,
    missingLine: c.missingLine,
  };
}
