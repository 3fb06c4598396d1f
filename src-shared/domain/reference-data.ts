import type { ClaimProvision } from './claims';

export const DESTINATION_EFFECTS = ['excluded', 'reduced', 'limited'] as const;
export type DestinationEffectName = (typeof DESTINATION_EFFECTS)[number];

/** A restriction on drawback by destination, as it is in force (its newest version). */
export interface DestinationRuleView {
  key: string;
  version: number;
  country: string;
  provision: ClaimProvision;
  effect: DestinationEffectName;
  refundPercent: number | null;
  citation: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  retired: boolean;
  reason: string;
  at: string;
  by: string;
}

/** Whether the HTSUS article description of a number begins with "other" (19 CFR 190.2). */
export interface HtsFact {
  /** 8 or 10 digits, no dots */
  hts: string;
  beginsWithOther: boolean;
  description: string | null;
  source: string | null;
  at: string;
  by: string;
}
