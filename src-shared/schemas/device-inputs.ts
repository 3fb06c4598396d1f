import { z } from 'zod';

/** The longest the command line may wait for the label printer's answer: ten minutes. */
export const MAX_SURVEY_TIMEOUT_MS = 600_000;

/**
 * `devices list` (contract role `system`): how long to wait for the label printer's answer, and
 * nothing else. The request names no device, file or host: the printer is the one the
 * labels.printer setting names, so the request cannot point the desk at another machine.
 */
export const deviceSurveySchema = z.strictObject({
  timeoutMs: z
    .number({ error: 'the printer wait is a number of milliseconds' })
    .int({ error: 'the printer wait is a whole number of milliseconds' })
    .min(1, { error: 'the printer wait is at least 1 millisecond' })
    .max(MAX_SURVEY_TIMEOUT_MS, { error: `the printer wait is at most ${MAX_SURVEY_TIMEOUT_MS.toLocaleString('en-US')} milliseconds (ten minutes)` })
    .default(2_000),
});
