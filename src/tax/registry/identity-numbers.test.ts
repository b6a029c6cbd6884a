import { describe, expect, it } from 'vitest';
import { digitsOf, nikProblem, npwpProblem } from './identity-numbers';

describe('NIK: 16 digits PP KK CC DDMMYY SSSS', () => {
  it('a man born 15 Jan 1990 registered in Kota Malang, kecamatan 01', () => {
    expect(nikProblem('3573011501900001')).toBeNull();
  });

  it('a woman: 40 is added to the day of birth (55 = the 15th)', () => {
    expect(nikProblem('3573015501900002')).toBeNull();
  });

  it('15 or 17 digits, or letters, are not a NIK', () => {
    expect(nikProblem('357301150190001')?.en).toMatch(/16 digits/);
    expect(nikProblem('35730115019000011')?.en).toMatch(/16 digits/);
    expect(nikProblem('35730115019000A1')?.en).toMatch(/16 digits/);
  });

  it('month 13 or day 32 is not a date of birth', () => {
    expect(nikProblem('3573011513900001')?.en).toMatch(/date of birth/);
    expect(nikProblem('3573013201900001')?.en).toMatch(/date of birth/);
    expect(nikProblem('3573014001900001')?.en).toMatch(/date of birth/);
  });

  it('province 00 and serial 0000 do not exist', () => {
    expect(nikProblem('0073011501900001')?.en).toMatch(/province/);
    expect(nikProblem('3573011501900000')?.en).toMatch(/serial/);
  });
});

describe('NPWP', () => {
  it('15 digits (old format) and 16 digits (since 2024) are accepted', () => {
    expect(npwpProblem('012345678901000')).toBeNull();
    expect(npwpProblem('0012345678901000')).toBeNull();
  });

  it('14 digits or all zeros are refused', () => {
    expect(npwpProblem('01234567890100')?.en).toMatch(/15 or 16/);
    expect(npwpProblem('000000000000000')?.en).toMatch(/zeros/);
  });

  it('the printed form 01.234.567.8-901.000 is read as its digits', () => {
    expect(digitsOf('01.234.567.8-901.000')).toBe('012345678901000');
  });
});
