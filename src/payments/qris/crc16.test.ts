import { describe, expect, it } from 'vitest';
import { crc16CcittFalse } from './crc16';
import { VECTOR_A, VECTOR_B, VECTOR_C } from './test-vectors';

describe('CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR)', () => {
  it('gives the catalogued check value 29B1 for "123456789"', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1');
  });

  it('leaves the initial value FFFF for no input', () => {
    expect(crc16CcittFalse('')).toBe('FFFF');
  });

  it('pads to four uppercase hex digits', () => {
    expect(crc16CcittFalse('A')).toMatch(/^[0-9A-F]{4}$/);
    expect(crc16CcittFalse('A')).toBe('B915');
  });

  it.each([
    ['A (static, DANA)', VECTOR_A, 'E0BD'],
    ['B (static, DANA, Kab. Malang)', VECTOR_B, 'F3F6'],
    ['C (dynamic from B, Rp50.000)', VECTOR_C, 'A2AF'],
  ])(
    'QRIS vector %s: the CRC over everything up to and including 6304 is the one printed',
    (_, payload, crc) => {
      expect(payload.slice(-8, -4)).toBe('6304');
      expect(crc16CcittFalse(payload.slice(0, -4))).toBe(crc);
      expect(payload.slice(-4)).toBe(crc);
    },
  );
});
