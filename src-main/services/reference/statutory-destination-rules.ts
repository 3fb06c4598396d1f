import type { ClaimProvision } from '../../../src-shared/domain/claims';
import type { DestinationEffect } from '../../engine/eligibility/destination-rules';

/** A destination rule as the law states it, before it is a ledger row (dates as ISO days, `to` inclusive). */
export interface StatutoryDestinationRule {
  key: string;
  country: string;
  provision: ClaimProvision;
  effect: DestinationEffect;
  refundPercent: number | null;
  citation: string;
  from: string;
  to: string | null;
}

const NAFTA_J2 =
  '19 U.S.C. 1313(j)(4) (NAFTA); 19 CFR 181.42(d): no drawback under 1313(j)(2) on goods exported to Canada or Mexico on or after January 1, 1994';
const USMCA_J2 =
  '19 U.S.C. 1313(j)(4)(A) (USMCA Implementation Act); 19 CFR 182.42(c): no payment of drawback under 1313(j)(2) on goods exported to Canada or Mexico';
const CHILE = '19 U.S.C. 1313(j)(4)(B) and 1313(n) (United States-Chile FTA, Article 3.8; CBP CSMS 12-000546)';
const NAFTA_LIMIT = '19 CFR 181.44 (NAFTA): drawback is the lesser of the US duty and the duty paid on the good in Canada or Mexico';
const USMCA_LIMIT = '19 U.S.C. 4534; 19 CFR 182.44 (USMCA): drawback is the lesser of the US duty and the duty paid on the good in Canada or Mexico';

const rule = (
  key: string,
  country: string,
  provision: ClaimProvision,
  effect: DestinationEffect,
  citation: string,
  from: string,
  to: string | null,
  refundPercent: number | null = null,
): StatutoryDestinationRule => ({ key, country, provision, effect, refundPercent, citation, from, to });
const chileManufacturing = (provision: ClaimProvision, tag: string) => [
  rule(`chile-2012-${tag}`, 'CL', provision, 'reduced', CHILE, '2012-01-01', '2012-12-31', 75),
  rule(`chile-2013-${tag}`, 'CL', provision, 'reduced', CHILE, '2013-01-01', '2013-12-31', 50),
  rule(`chile-2014-${tag}`, 'CL', provision, 'reduced', CHILE, '2014-01-01', '2014-12-31', 25),
  rule(`chile-2015-${tag}`, 'CL', provision, 'excluded', CHILE, '2015-01-01', null),
];

/**
 * The restrictions trade agreements put on drawback by destination, as the desk seeds them into the
 * ledger (destination_rules): a specialist's later version of a rule replaces it, these stay the law's
 * starting point. Dates are export dates.
 * - Unused-merchandise substitution, 1313(j)(2): excluded for Canada and Mexico since NAFTA entered
 *   into force (1994-01-01) and under USMCA (from 2020-07-01); for Chile reduced to 75/50/25% of the
 *   drawback for exports in 2012/2013/2014 and excluded from 2015-01-01. Direct identification of
 *   unused merchandise, 1313(j)(1), remains eligible everywhere (same-condition goods are not "goods
 *   subject to NAFTA/USMCA drawback", 19 U.S.C. 3333(a)(2), 4534(a)(2)).
 * - Manufacturing drawback, 1313(a) and (b): limited to the lesser of the two duties for Canada (NAFTA
 *   from 1996-01-01) and Mexico (from 2001-01-01, 19 CFR 181.41), and under USMCA; for Chile phased
 *   out like 1313(j)(2).
 */
export const STATUTORY_DESTINATION_RULES: readonly StatutoryDestinationRule[] = [
  rule('nafta-ca-j2', 'CA', 'unused-substitution', 'excluded', NAFTA_J2, '1994-01-01', '2020-06-30'),
  rule('nafta-mx-j2', 'MX', 'unused-substitution', 'excluded', NAFTA_J2, '1994-01-01', '2020-06-30'),
  rule('usmca-ca-j2', 'CA', 'unused-substitution', 'excluded', USMCA_J2, '2020-07-01', null),
  rule('usmca-mx-j2', 'MX', 'unused-substitution', 'excluded', USMCA_J2, '2020-07-01', null),
  ...chileManufacturing('unused-substitution', 'j2'),
  rule('nafta-ca-a', 'CA', 'manufacturing-direct-identification', 'limited', NAFTA_LIMIT, '1996-01-01', '2020-06-30'),
  rule('nafta-ca-b', 'CA', 'manufacturing-substitution', 'limited', NAFTA_LIMIT, '1996-01-01', '2020-06-30'),
  rule('nafta-mx-a', 'MX', 'manufacturing-direct-identification', 'limited', NAFTA_LIMIT, '2001-01-01', '2020-06-30'),
  rule('nafta-mx-b', 'MX', 'manufacturing-substitution', 'limited', NAFTA_LIMIT, '2001-01-01', '2020-06-30'),
  rule('usmca-ca-a', 'CA', 'manufacturing-direct-identification', 'limited', USMCA_LIMIT, '2020-07-01', null),
  rule('usmca-ca-b', 'CA', 'manufacturing-substitution', 'limited', USMCA_LIMIT, '2020-07-01', null),
  rule('usmca-mx-a', 'MX', 'manufacturing-direct-identification', 'limited', USMCA_LIMIT, '2020-07-01', null),
  rule('usmca-mx-b', 'MX', 'manufacturing-substitution', 'limited', USMCA_LIMIT, '2020-07-01', null),
  ...chileManufacturing('manufacturing-direct-identification', 'a'),
  ...chileManufacturing('manufacturing-substitution', 'b'),
];
