import { describe, expect, it } from 'vitest';
import { dammCheckDigit, formatBillingCode, makeBillingCode, parseBillingCode } from './billing-code';

// Check digits below were computed with a separate Python implementation of the Damm table.
const SAMPLE = '3573012500000011'; // Kota Malang, tax type 01, 2025, sequence 1

describe('the Damm check digit', () => {
  it('matches the published example: 572 → 4', () => {
    expect(dammCheckDigit('572')).toBe(4);
  });

  it('every code with its check digit reduces to 0', () => {
    expect(dammCheckDigit(SAMPLE)).toBe(0);
  });
});

describe('makeBillingCode: RRRR TT YY NNNNNNN C', () => {
  it('Kota Malang (35.73), tax type 01, 2025, sequence 1 → 3573 01 25 0000001 1', () => {
    expect(makeBillingCode({ regionId: '35.73', taxTypeCode: '01', year: 2025, sequence: 1 })).toBe(SAMPLE);
  });

  it('pads the year and the sequence', () => {
    expect(makeBillingCode({ regionId: '31.71', taxTypeCode: '01', year: 2024, sequence: 42 })).toBe(
      '3171012400000422',
    );
    expect(makeBillingCode({ regionId: '35.73', taxTypeCode: '02', year: 2025, sequence: 12_345 })).toBe(
      '3573022500123455',
    );
  });

  it.each([
    [{ regionId: '3573', taxTypeCode: '01', year: 2025, sequence: 1 }],
    [{ regionId: '35.73', taxTypeCode: '1', year: 2025, sequence: 1 }],
    [{ regionId: '35.73', taxTypeCode: '01', year: 1999, sequence: 1 }],
    [{ regionId: '35.73', taxTypeCode: '01', year: 2025, sequence: 0 }],
    [{ regionId: '35.73', taxTypeCode: '01', year: 2025, sequence: 10_000_000 }],
  ])('refuses parts that do not fit the format: %o', (parts) => {
    expect(() => makeBillingCode(parts)).toThrow(RangeError);
  });
});

describe('parseBillingCode', () => {
  it('reads back the parts of a code it made', () => {
    expect(parseBillingCode(SAMPLE)).toEqual({
      ok: true,
      parts: { regionId: '35.73', taxTypeCode: '01', year: 2025, sequence: 1 },
    });
  });

  it('accepts the printed form with spaces', () => {
    expect(parseBillingCode('3573 01 25 0000001 1').ok).toBe(true);
  });

  it('names the reason a code is refused', () => {
    expect(parseBillingCode('357301250000001')).toEqual({ ok: false, reason: 'WRONG_LENGTH' });
    expect(parseBillingCode('35730125000000A1')).toEqual({ ok: false, reason: 'NOT_DIGITS' });
    expect(parseBillingCode('3573012500000012')).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it('detects every single-digit substitution in the sample code (all 16 × 9)', () => {
    let tried = 0;
    for (let i = 0; i < SAMPLE.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === SAMPLE[i]) continue;
        const typo = `${SAMPLE.slice(0, i)}${d}${SAMPLE.slice(i + 1)}`;
        expect(parseBillingCode(typo), typo).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
        tried++;
      }
    }
    expect(tried).toBe(16 * 9);
  });

  it('detects every transposition of two different adjacent digits, in this sample and in all digit pairs', () => {
    const swapAt = (code: string, i: number) =>
      `${code.slice(0, i)}${code[i + 1]}${code[i]}${code.slice(i + 2)}`;
    for (let i = 0; i < SAMPLE.length - 1; i++) {
      if (SAMPLE[i] === SAMPLE[i + 1]) continue;
      expect(parseBillingCode(swapAt(SAMPLE, i)).ok, `swap at ${i}`).toBe(false);
    }
    // Every pair ab ≠ ba at every position, the check digit included: the table has the property, not just
    // this sample.
    for (let i = 0; i < 15; i++) {
      for (let a = 0; a <= 9; a++) {
        for (let b = 0; b <= 9; b++) {
          const body = `${SAMPLE.slice(0, i)}${a}${i < 14 ? b : ''}${SAMPLE.slice(i + 2, 15)}`;
          const code = `${body}${dammCheckDigit(body)}`;
          if (code[i] === code[i + 1]) continue;
          expect(parseBillingCode(swapAt(code, i)).ok, `${code} swap at ${i}`).toBe(false);
        }
      }
    }
  });
});

describe('formatBillingCode', () => {
  it('groups the digits as RRRR TT YY NNNNNNN C', () => {
    expect(formatBillingCode(SAMPLE)).toBe('3573 01 25 0000001 1');
  });

  it('refuses anything that is not 16 digits', () => {
    expect(() => formatBillingCode('3573 01 25 0000001 1')).toThrow(RangeError);
  });
});
