import type { ClaimProvision } from '../../../src-shared/domain/claims';

/**
 * What an entry summary line paid, by type. Each provision refunds only the types its law allows:
 * a table of data, one row per provision, each cell with the text it rests on.
 */
export const CHARGE_TYPES = ['duty', 'antidumping', 'countervailing', 'exciseTax', 'mpf', 'hmf', 'otherFees'] as const;
export type ChargeType = (typeof CHARGE_TYPES)[number];
export type Charges = Record<ChargeType, bigint>;

/** The types a claim line can refund, in the order a "lesser of" cap is spent on them (duty first). */
export const REFUNDED_TYPES = ['duty', 'exciseTax', 'mpf', 'hmf'] as const satisfies readonly ChargeType[];
export type RefundedType = (typeof REFUNDED_TYPES)[number];
export type Refunds = Record<RefundedType, bigint>;

export const CHARGE_LABELS: Record<ChargeType, string> = {
  duty: 'duty',
  antidumping: 'antidumping duty',
  countervailing: 'countervailing duty',
  exciseTax: 'excise tax',
  mpf: 'merchandise processing fee',
  hmf: 'harbor maintenance fee',
  otherFees: 'other fees',
};

/** Fees are claimed only when the claimant asks for them (the claim's includeMpf, "include fees"). */
export const FEE_TYPES: ReadonlySet<ChargeType> = new Set(['mpf', 'hmf']);

interface Cell {
  refundable: boolean;
  because: string;
}
const yes = (because: string): Cell => ({ refundable: true, because });
const no = (because: string): Cell => ({ refundable: false, because });

// Never, under any provision.
const AD = no('antidumping duties are not refunded as drawback (19 U.S.C. 1677h; 19 CFR 190.3(b))');
const CVD = no('countervailing duties are not refunded as drawback (19 U.S.C. 1677h; 19 CFR 190.3(b))');
const OTHER = no('a fee of no known type cannot be placed under 19 CFR 190.3(a); the desk never claims it');
// 19 CFR 190.3(a)(1), (3): ordinary customs duties, and internal revenue taxes that attach upon importation
const DUTY = yes('ordinary customs duties (19 CFR 190.3(a)(1))');
const TAX = yes('internal revenue taxes that attach upon importation (19 CFR 190.3(a)(3))');

const UNUSED: Record<ChargeType, Cell> = {
  // 19 U.S.C. 1313(j)(1): "any duty, tax, or fee imposed under Federal law because of its importation"
  duty: DUTY,
  antidumping: AD,
  countervailing: CVD,
  exciseTax: TAX,
  mpf: yes('merchandise processing fees, for unused merchandise drawback (19 CFR 190.3(a)(4))'),
  hmf: yes('harbor maintenance taxes, for unused merchandise drawback (19 CFR 190.3(a)(5))'),
  otherFees: OTHER,
};

const MANUFACTURING: Record<ChargeType, Cell> = {
  duty: DUTY,
  antidumping: AD,
  countervailing: CVD,
  exciseTax: TAX,
  mpf: no('merchandise processing fees are not subject to manufacturing drawback (19 CFR 190.3(b))'),
  hmf: no('harbor maintenance taxes are not subject to manufacturing drawback (19 CFR 190.3(b))'),
  otherFees: OTHER,
};

/** Provision by provision (claims under 1313(a), (b), (c) are refused at draft until modelled: modelled-provisions.ts). */
export const REFUNDABILITY: Record<ClaimProvision, Record<ChargeType, Cell>> = {
  'unused-direct-identification': UNUSED,
  'unused-substitution': UNUSED,
  'manufacturing-direct-identification': MANUFACTURING,
  'manufacturing-substitution': MANUFACTURING,
  // 190.3(a)(4), (5) name unused merchandise (1313(j)) for the fees; whether 1313(c) is named too was not
  // confirmed against the current text, so the fees stay out: the conservative reading never over-claims
  'rejected-merchandise': {
    ...MANUFACTURING,
    mpf: no('merchandise processing fees are refunded for unused merchandise (19 CFR 190.3(a)(4)); not claimed for rejected merchandise until confirmed'),
    hmf: no('harbor maintenance taxes are refunded for unused merchandise (19 CFR 190.3(a)(5)); not claimed for rejected merchandise until confirmed'),
  },
};

export function isRefundable(provision: ClaimProvision, type: ChargeType): boolean {
  return REFUNDABILITY[provision][type].refundable;
}

export const NO_REFUNDS: Refunds = { duty: 0n, exciseTax: 0n, mpf: 0n, hmf: 0n };
