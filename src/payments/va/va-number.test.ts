import { describe, expect, it } from 'vitest';
import { virtualAccountNo } from './va-number';

describe('SNAP virtual account number: partnerServiceId (8, space-padded) + customerNo', () => {
  it('is the bank prefix followed by the kode bayar', () => {
    expect(virtualAccountNo('   13573', '3573012500000128')).toBe('   135733573012500000128');
    expect(virtualAccountNo('   13573', '3573012500000128')).toHaveLength(24);
  });

  it('refuses a prefix that is not 8 characters of space-padded digits, and a customerNo that is not 1–20 digits', () => {
    expect(() => virtualAccountNo('13573', '1')).toThrow(RangeError);
    expect(() => virtualAccountNo('13573   ', '1')).toThrow(RangeError);
    expect(() => virtualAccountNo('   13573', '')).toThrow(RangeError);
    expect(() => virtualAccountNo('   13573', '1'.repeat(21))).toThrow(RangeError);
  });
});
