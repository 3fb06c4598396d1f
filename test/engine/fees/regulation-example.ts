/** 19 CFR 190.51(b)(2), Example 1: three lines, total value $340,000, fee $485 (the fee cap assumed there). */
export const REGULATION_EXAMPLE = {
  mpfPaid: '485.00',
  lines: [
    { line: 1, quantity: 5_000, value: '50000.00', mpfExempt: false }, // 5,000 articles at $10
    { line: 2, quantity: 6_000, value: '90000.00', mpfExempt: false }, // 6,000 articles at $15
    { line: 3, quantity: 10_000, value: '200000.00', mpfExempt: false }, // 10,000 articles at $20
  ],
};
