import { describe, expect, it } from 'vitest';
import { readAccountNumber, tidyName } from './rkud-account';

describe('RKUD account number', () => {
  it('keeps the digits of a number written with spaces, dots or hyphens', () => {
    expect(readAccountNumber('0011223344')).toEqual({ ok: true, digits: '0011223344' });
    expect(readAccountNumber(' 001-122.334 45 ')).toEqual({ ok: true, digits: '00112233445' });
  });

  it('takes 10 to 20 digits and refuses anything shorter or longer', () => {
    expect(readAccountNumber('1'.repeat(10)).ok).toBe(true);
    expect(readAccountNumber('1'.repeat(20)).ok).toBe(true);
    expect(readAccountNumber('1'.repeat(9))).toEqual({ ok: false, refusal: 'too_short' });
    expect(readAccountNumber('1'.repeat(21))).toEqual({ ok: false, refusal: 'too_long' });
  });

  it('refuses letters, other signs and an empty number as not digits', () => {
    for (const text of ['00112233A4', '0011/223344', '+62011223344', '', ' - ', '００１１２２３３４４']) {
      expect(readAccountNumber(text), text).toEqual({ ok: false, refusal: 'not_digits' });
    }
  });
});

describe('RKUD names', () => {
  it('lose the line breaks and double spaces of a pasted name', () => {
    expect(tidyName('  RKUD  Pemerintah\nKota Malang ')).toBe('RKUD Pemerintah Kota Malang');
  });
});
