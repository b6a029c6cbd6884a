import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkVerificationCode,
  parseVerificationCode,
  verificationCode,
  verificationUrl,
} from './verification';

const SECRET = 'a-test-secret-of-thirty-two-characters!';
// Three kinds as tax registers them (test/documents.test.ts checks every area's names and letters).
const bill = { name: 'bill', letter: 'B' };
const taxReturn = { name: 'return', letter: 'R' };
const assessment = { name: 'assessment', letter: 'A' };
const KINDS = [bill, taxReturn, assessment];

describe('document verification codes', () => {
  it('name the kind, the region and the row, and carry a 16-character MAC', () => {
    const code = verificationCode(SECRET, bill, '35.73', 42);
    expect(code).toMatch(/^B3573-42-[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(verificationCode(SECRET, taxReturn, '19.01', 7)).toMatch(/^R1901-7-/);
    expect(verificationCode(SECRET, assessment, '35.73', 1)).toMatch(/^A3573-1-/);
    expect(checkVerificationCode(SECRET, code, KINDS)).toEqual({ kind: 'bill', regionId: '35.73', id: 42 });
  });

  it('are the same every time for the same document and secret', () => {
    expect(verificationCode(SECRET, bill, '35.73', 42)).toBe(verificationCode(SECRET, bill, '35.73', 42));
  });

  it('cannot be made from another document’s code: kind, region, id and secret all change the MAC', () => {
    const mac = (code: string) => code.split('-')[2];
    const base = verificationCode(SECRET, bill, '35.73', 42);
    for (const other of [
      verificationCode(SECRET, assessment, '35.73', 42),
      verificationCode(SECRET, bill, '19.01', 42),
      verificationCode(SECRET, bill, '35.73', 43),
      verificationCode(`${SECRET}x`, bill, '35.73', 42),
    ]) {
      expect(mac(other)).not.toBe(mac(base));
    }
    // Moving a valid MAC onto another row or region is refused.
    expect(checkVerificationCode(SECRET, base.replace('-42-', '-43-'), KINDS)).toBeNull();
    expect(checkVerificationCode(SECRET, base.replace('B3573', 'B1901'), KINDS)).toBeNull();
    expect(checkVerificationCode(SECRET, base.replace('B3573', 'A3573'), KINDS)).toBeNull();
    expect(checkVerificationCode(`${SECRET}x`, base, KINDS)).toBeNull();
  });

  it('refuses a code with any one character changed', () => {
    const code = verificationCode(SECRET, assessment, '35.73', 1234);
    fc.assert(
      fc.property(
        fc.nat({ max: code.length - 1 }),
        fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ-'),
        (at, ch) => {
          fc.pre(code[at] !== ch);
          const changed = code.slice(0, at) + ch + code.slice(at + 1);
          expect(checkVerificationCode(SECRET, changed, KINDS)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('forgives case, surrounding spaces and Crockford look-alikes in the MAC', () => {
    const code = verificationCode(SECRET, taxReturn, '35.73', 9);
    const [head, id, mac = ''] = code.split('-');
    const typed = ` ${head}-${id}-${mac.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(checkVerificationCode(SECRET, typed, KINDS)).toEqual({ kind: 'return', regionId: '35.73', id: 9 });
  });

  it('parses only well-formed codes', () => {
    for (const bad of [
      '',
      'B3573-42',
      'X3573-42-0123456789ABCDEF',
      'B3573-042-0123456789ABCDEF',
      'B3573-42-0123456789ABCDEU',
      'B3573-42-0123456789ABCDEF-1',
      'B35.73-42-0123456789ABCDEF',
      'B3573-0-0123456789ABCDEF',
    ]) {
      expect(parseVerificationCode(bad, KINDS)).toBeNull();
    }
    expect(parseVerificationCode('B3573-42-0123456789ABCDEF', KINDS)).toEqual({
      kind: 'bill',
      regionId: '35.73',
      id: 42,
      mac: '0123456789ABCDEF',
    });
  });

  it('reads the letters of the kinds it is given, and only those', () => {
    const payment = { name: 'payment', letter: 'S' };
    const code = verificationCode(SECRET, payment, '35.73', 5);
    expect(parseVerificationCode(code, KINDS)).toBeNull();
    expect(checkVerificationCode(SECRET, code, KINDS)).toBeNull();
    expect(checkVerificationCode(SECRET, code, [...KINDS, payment])).toEqual({
      kind: 'payment',
      regionId: '35.73',
      id: 5,
    });
  });

  it('points the QR code at the public verify page', () => {
    expect(verificationUrl('https://pajak.malangkota.go.id/', 'B3573-1-X')).toBe(
      'https://pajak.malangkota.go.id/verify/B3573-1-X',
    );
  });
});
