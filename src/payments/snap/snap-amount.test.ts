import { describe, expect, it } from 'vitest';
import { parseSnapAmount, snapAmount } from './snap-amount';

describe('SNAP amounts: "16,2" decimal strings, whole rupiah only', () => {
  it('reads whole rupiah from a value with two decimals', () => {
    expect(parseSnapAmount('1250000.00')).toEqual({ ok: true, rupiah: 1_250_000 });
    expect(parseSnapAmount('0.00')).toEqual({ ok: true, rupiah: 0 });
  });

  it('a value with sen is well formed but never a rupiah amount due', () => {
    expect(parseSnapAmount('10000.50')).toEqual({ ok: false, reason: 'fraction' });
    expect(parseSnapAmount('10000.01')).toEqual({ ok: false, reason: 'fraction' });
  });

  it('anything but digits.dd is a format error', () => {
    for (const value of [
      '10000',
      '10000.5',
      '-1.00',
      '1e4.00',
      ' 100.00',
      '10.000',
      '12345678901234567.00',
      '',
    ])
      expect({ value, parsed: parseSnapAmount(value) }).toEqual({
        value,
        parsed: { ok: false, reason: 'format' },
      });
    expect(parseSnapAmount('9999999999999999.00')).toEqual({ ok: false, reason: 'format' });
  });

  it('writes rupiah back with two decimals and IDR', () => {
    expect(snapAmount(1_020_000)).toEqual({ value: '1020000.00', currency: 'IDR' });
    expect(() => snapAmount(1.5)).toThrow(RangeError);
  });
});
