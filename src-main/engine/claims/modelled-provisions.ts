import { PROVISION_LABELS, type ClaimProvision } from '../../../src-shared/domain/claims';

/**
 * The provisions the desk can claim under, and for the others what their claims need that the desk
 * does not record yet. A drawback entry states, per designated import and export, data that depends
 * on the provision (19 CFR 190.51(a)(2)); the desk models unused merchandise (1313(j)) fully. A
 * manufacturing or rejected-merchandise claim drafted from unused-merchandise data would be a
 * relabelled 1313(j) claim with the wrong amounts, so drafting one is refused until it is modelled.
 */
const NOT_MODELLED: Partial<Record<ClaimProvision, string>> = {
  // 19 CFR 190.7, 190.8 (rulings), 190.26 (records); the article is made from the designated merchandise
  'manufacturing-direct-identification':
    'the manufacturing drawback ruling it is made under, the manufacturing records that tie the imported merchandise to the articles made from it, and the classification and quantity of those exported articles',
  // 19 U.S.C. 1313(b); 19 CFR 190.22: the "lesser of" compares the designated import with the substituted merchandise used
  'manufacturing-substitution':
    'the manufacturing drawback ruling it is made under, the substituted merchandise used in manufacture with its classification and quantity, and the duties, taxes and fees that merchandise would pay if imported, which the "lesser of" rule of 1313(b) compares (19 CFR 190.22)',
  // 19 U.S.C. 1313(c); 19 CFR 190.42, 190.45: why it was rejected, and its return to CBP custody
  'rejected-merchandise':
    'the reason the merchandise was rejected (not conforming to sample or specifications, shipped without consent, defective when imported, or returned after retail sale), the date it was returned to CBP custody, and the notice of intent to export it (19 CFR 190.42)',
};

/** Null when the desk can draft claims under the provision; otherwise the refusal, in words. */
export function notModelledReason(provision: ClaimProvision): string | null {
  const needs = NOT_MODELLED[provision];
  if (needs === undefined) return null;
  return `${PROVISION_LABELS[provision]} is not modelled yet: its claims need ${needs} (19 CFR 190.51(a)(2)), which the desk does not record; draft an unused-merchandise claim (1313(j)) or file it outside the desk`;
}
