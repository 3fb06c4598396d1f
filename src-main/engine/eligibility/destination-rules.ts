import type { ClaimProvision } from '../../../src-shared/domain/claims';
import { formatIsoDay } from '../accounting-methods/epoch-days';

/**
 * What a trade agreement does to drawback on exports to its partners:
 * - excluded: no drawback at all under the provision (the export "shall not constitute an exportation");
 * - reduced: only `refundPercent` of the drawback otherwise due (the Chile FTA phase-out);
 * - limited: drawback is the lesser of the US duty and the duty the partner charged (USMCA and NAFTA
 *   for manufacturing drawback), which needs the partner's duty the desk does not hold.
 */
export type DestinationEffect = 'excluded' | 'reduced' | 'limited';

/** One rule in force, with its dates as day numbers (epoch-days.ts); `to` is the last day it applies. */
export interface DestinationRule {
  key: string;
  country: string;
  provision: ClaimProvision;
  effect: DestinationEffect;
  refundPercent: number | null;
  citation: string;
  from: number;
  to: number | null;
}

const STRENGTH: Record<DestinationEffect, number> = { excluded: 3, reduced: 2, limited: 1 };

/**
 * The restriction on drawback under `provision` for an export to `country` on `exportDay`, the
 * strongest when several apply (dates are those of the export, as 19 CFR 181.42(d) and 182.42(c)
 * speak of goods exported to Canada or Mexico). Undefined when the export is unrestricted.
 */
export function destinationRestriction(
  rules: readonly DestinationRule[],
  country: string,
  provision: ClaimProvision,
  exportDay: number,
): DestinationRule | undefined {
  let found: DestinationRule | undefined;
  for (const rule of rules) {
    if (rule.country !== country || rule.provision !== provision || exportDay < rule.from || (rule.to !== null && exportDay > rule.to)) continue;
    if (!found || STRENGTH[rule.effect] > STRENGTH[found.effect]) found = rule;
  }
  return found;
}

/** The restriction in words, for a line's reason or an exception. */
export function describeRestriction(rule: DestinationRule, exportDay: number): string {
  const when = `exported to ${rule.country} on ${formatIsoDay(exportDay)}`;
  switch (rule.effect) {
    case 'excluded':
      return `${when}: no ${provisionWords(rule.provision)} drawback is paid on exports to ${rule.country} (${rule.citation})`;
    case 'reduced':
      return `${when}: drawback under ${provisionWords(rule.provision)} is reduced to ${rule.refundPercent ?? 0}% of the amount otherwise due (${rule.citation})`;
    case 'limited':
      return `${when}: drawback under ${provisionWords(rule.provision)} is limited to the lesser of the US duty and the duty ${rule.country} charged on the goods (${rule.citation})`;
  }
}

function provisionWords(provision: ClaimProvision): string {
  switch (provision) {
    case 'unused-substitution':
      return 'unused-merchandise substitution';
    case 'unused-direct-identification':
      return 'unused-merchandise direct identification';
    case 'manufacturing-direct-identification':
      return 'manufacturing direct identification';
    case 'manufacturing-substitution':
      return 'manufacturing substitution';
    case 'rejected-merchandise':
      return 'rejected-merchandise';
  }
}
