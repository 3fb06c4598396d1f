import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideRoundHalfUp,
  formatAmount,
  formatClaimed,
  formatMoney,
  MONEY_LIMIT_4DP,
  MONEY_SCALE,
  parseMoney,
  perUnit,
  refundCents,
} from '../../src-shared/money';

/** Any amount the ledger can hold: up to 2^53 - 1 ten-thousandths, either sign (read back exactly as a JS number). */
const LIMIT = MONEY_LIMIT_4DP;
const amount = fc.bigInt({ min: -LIMIT, max: LIMIT });
const abs = (x: bigint) => (x < 0n ? -x : x);
/** Amounts whose rounding cannot carry past the limit. */
const roundable = fc.bigInt({ min: -(LIMIT - 10n ** 4n), max: LIMIT - 10n ** 4n });

describe('parseMoney', () => {
  it('reads the amounts a desk types, as scaled integers', () => {
    expect(parseMoney('5000.00')).toBe(5000n * 10_000n);
    expect(parseMoney('5000')).toBe(parseMoney('5000.0000'));
    expect(parseMoney('0.0125')).toBe(125n);
    expect(parseMoney('-0.0125')).toBe(-125n);
    expect(parseMoney('  104.22 ')).toBe(1_042_200n);
    expect(parseMoney('5,000.00')).toBe(parseMoney('5000'));
    expect(parseMoney('-0')).toBe(0n);
  });

  it.each(['', '-', '.5', '5.', '1.23456', 'abc', '1e3', '12.3.4', '--5', '1 000', '0x10', '1234567890123456'])(
    'refuses %j and says which text was wrong',
    (text) => {
      expect(() => parseMoney(text)).toThrow(RangeError);
      expect(() => parseMoney(text)).toThrow(`"${text}"`);
    },
  );

  it('refuses an amount past what the ledger holds exactly, either sign, instead of rounding it', () => {
    expect(parseMoney('900719925474.0991')).toBe(LIMIT);
    expect(parseMoney('-900719925474.0991')).toBe(-LIMIT);
    for (const text of ['900719925474.0992', '-900719925474.0992', '999999999999999.9999']) {
      expect(() => parseMoney(text), text).toThrow(/largest amount the ledger holds exactly/);
    }
  });

  it('never loses a digit: parse(format(x, 4)) gives x back', () => {
    fc.assert(fc.property(amount, (x) => parseMoney(formatMoney(x, MONEY_SCALE)) === x));
  });

  it('reads a value written with 1 to 4 decimals the same as with 4', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: LIMIT / 10n ** 4n - 1n }), fc.integer({ min: 0, max: 9999 }), fc.boolean(), (whole, frac, negative) => {
        const four = `${negative ? '-' : ''}${whole}.${String(frac).padStart(4, '0')}`;
        const trimmed = four.replace(/0+$/, '').replace(/\.$/, '');
        expect(parseMoney(trimmed)).toBe(parseMoney(four));
        expect(parseMoney(four)).toBe((negative ? -1n : 1n) * (whole * 10_000n + BigInt(frac)));
      }),
    );
  });
});

describe('divideRoundHalfUp', () => {
  it('rounds halves away from zero, in every sign combination', () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfUp(5n, -2n)).toBe(-3n);
    expect(divideRoundHalfUp(-5n, -2n)).toBe(3n);
    expect(divideRoundHalfUp(4n, 3n)).toBe(1n);
    expect(divideRoundHalfUp(-4n, 3n)).toBe(-1n);
    expect(divideRoundHalfUp(0n, 7n)).toBe(0n);
  });

  it('refuses division by zero', () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(/zero/);
  });

  it('is the nearest integer, ties away from zero (checked against the definition)', () => {
    const nonZero = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((d) => d !== 0n);
    fc.assert(
      fc.property(amount, nonZero, (n, d) => {
        const q = divideRoundHalfUp(n, d);
        const twiceError = 2n * abs(n - q * d);
        expect(twiceError <= abs(d)).toBe(true);
        if (twiceError === abs(d)) expect(abs(q * d) > abs(n)).toBe(true); // a tie went away from zero
      }),
    );
  });
});

describe('formatMoney', () => {
  it('shows claims at two decimals, rounding half away from zero', () => {
    expect(formatMoney(parseMoney('0.125'))).toBe('0.13');
    expect(formatMoney(parseMoney('-0.125'))).toBe('-0.13');
    expect(formatMoney(parseMoney('0.1249'))).toBe('0.12');
    expect(formatMoney(parseMoney('5000'))).toBe('5000.00');
    expect(formatMoney(parseMoney('2419.2'), 4)).toBe('2419.2000');
    expect(formatMoney(parseMoney('7.5'), 0)).toBe('8');
  });

  it('never prints a negative zero', () => {
    expect(formatMoney(parseMoney('-0.0049'))).toBe('0.00');
    fc.assert(
      fc.property(roundable, fc.integer({ min: 0, max: 4 }), (x, decimals) => {
        expect(formatMoney(x, decimals)).not.toMatch(/^-0(\.0*)?$/);
      }),
    );
  });

  it('rounds to the nearest step of the shown decimals', () => {
    fc.assert(
      fc.property(roundable, fc.integer({ min: 0, max: 4 }), (x, decimals) => {
        const shown = parseMoney(formatMoney(x, decimals));
        const step = 10n ** BigInt(MONEY_SCALE - decimals);
        expect(shown % step).toBe(0n);
        expect(2n * abs(shown - x) <= step).toBe(true);
        // the sign is kept unless it rounds to zero
        if (shown !== 0n) expect(shown < 0n).toBe(x < 0n);
      }),
    );
  });
});

describe('formatAmount', () => {
  it('shows two decimals, more only when there is a part below a cent', () => {
    expect(formatAmount(parseMoney('5000'))).toBe('5000.00');
    expect(formatAmount(parseMoney('104.2'))).toBe('104.20');
    expect(formatAmount(parseMoney('0.0125'))).toBe('0.0125');
    expect(formatAmount(parseMoney('0.123'))).toBe('0.123');
    expect(formatAmount(parseMoney('-0.01'))).toBe('-0.01');
  });

  it('hides nothing: the text reads back as exactly the stored amount', () => {
    fc.assert(
      fc.property(amount, (x) => {
        const text = formatAmount(x);
        expect(parseMoney(text)).toBe(x);
        expect(text).toMatch(/\.\d{2,4}$/);
      }),
    );
  });
});

describe('perUnit', () => {
  it('is the seed scenario: $5,000.00 on 1,000 units is $5.0000 a unit', () => {
    expect(formatMoney(perUnit(parseMoney('5000.00'), 1000), 4)).toBe('5.0000');
    expect(formatMoney(perUnit(parseMoney('100'), 3), 4)).toBe('33.3333');
    expect(formatMoney(perUnit(parseMoney('200'), 3), 4)).toBe('66.6667');
  });

  it('is zero for a line without quantity instead of dividing by zero', () => {
    expect(perUnit(parseMoney('10'), 0)).toBe(0n);
  });

  it('multiplied back by the quantity lands within half a unit step per unit of the line amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 1, max: 1_000_000 }), (line, quantity) => {
        const each = perUnit(line, quantity);
        const q = BigInt(quantity);
        expect(2n * abs(each * q - line) <= q).toBe(true);
      }),
    );
  });
});

describe('refundCents and formatClaimed: every refund the desk states rounds down', () => {
  it('rounds an exact number of cents down, never up', () => {
    expect(refundCents(1_5048n, 1_0000n)).toBe(1n); // 1.5048 cents -> 1 cent
    expect(refundCents(199n, 100n)).toBe(1n);
    expect(refundCents(200n, 100n)).toBe(2n);
    expect(refundCents(0n)).toBe(0n);
  });

  it('refuses negative amounts and empty denominators', () => {
    expect(() => refundCents(-1n)).toThrow(RangeError);
    expect(() => refundCents(1n, 0n)).toThrow(RangeError);
    expect(() => formatClaimed(-1n)).toThrow(RangeError);
  });

  it('states $0.015048 as $0.01 and $1,980.0099 as $1,980.00', () => {
    expect(formatClaimed(150n)).toBe('0.01');
    expect(formatClaimed(19_800_099n)).toBe('1980.00');
    expect(formatClaimed(19_800_099n, 4)).toBe('1980.0099');
    expect(formatClaimed(19_800_099n, 3)).toBe('1980.009');
  });
});
