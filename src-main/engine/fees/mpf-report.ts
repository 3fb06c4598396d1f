import { formatClaimed, formatMoney } from '../../../src-shared/money';
import type { MpfLineResult, MpfRefund } from './mpf-apportionment';

export type MpfLineReport = { line: number; exempt: true } | { line: number; ratio: string; apportioned: string; eligible: string; perUnit: string };

export interface MpfReport {
  lines: MpfLineReport[];
  refund?: { line: number; exportQuantity: number; perUnit: string; amount: string };
}

/** The JSON the `mpf` command prints: every line figure at 4 decimals (the regulation's steps), the refund rounded DOWN to cents like every refund the desk states. */
export function buildMpfReport(results: readonly MpfLineResult[], refund?: MpfRefund): MpfReport {
  const lines = results.map((r): MpfLineReport =>
    r.exempt
      ? { line: r.line, exempt: true }
      : {
          line: r.line,
          ratio: formatMoney(r.ratio, 4),
          apportioned: formatMoney(r.apportioned, 4),
          eligible: formatMoney(r.eligible, 4),
          perUnit: formatMoney(r.perUnit, 4),
        },
  );
  if (!refund) return { lines };
  return {
    lines,
    refund: { line: refund.line, exportQuantity: refund.exportQuantity, perUnit: formatMoney(refund.perUnit, 4), amount: formatClaimed(refund.amount) },
  };
}
