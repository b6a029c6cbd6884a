import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NPWPD_TEMPLATE,
  formatNpwpd,
  type NpwpdValues,
  npwpdTemplateReason,
  validateNpwpdTemplate,
} from './npwpd';

const klojenHotel: NpwpdValues = {
  regionId: '35.73',
  districtCode: '02',
  taxTypeCode: '01',
  year: 2025,
  sequence: 123,
};

describe('NPWPD from a per-region template (no national format)', () => {
  it('the default template P.{region}.{seq:7}.{district} gives P.3573.0000123.02', () => {
    expect(validateNpwpdTemplate(DEFAULT_NPWPD_TEMPLATE)).toBeNull();
    expect(formatNpwpd(DEFAULT_NPWPD_TEMPLATE, klojenHotel)).toBe('P.3573.0000123.02');
  });

  it('a Kota Malang APIN-like shape: 4-digit sequence, kecamatan, business type', () => {
    expect(formatNpwpd('{seq:4}.{district}.{type}', klojenHotel)).toBe('0123.02.01');
  });

  it('a Payakumbuh SIMPAD-like shape with the year', () => {
    expect(formatNpwpd('{region}.{type}.{year}.{seq:5}', klojenHotel)).toBe('3573.01.2025.00123');
  });

  it('refuses a sequence that does not fit its width instead of widening the number', () => {
    expect(() => formatNpwpd('{seq:2}', { ...klojenHotel, sequence: 100 })).toThrow(RangeError);
    expect(() => formatNpwpd('{seq:2}', { ...klojenHotel, sequence: 0 })).toThrow(RangeError);
  });

  it('refuses values that do not fit their placeholder', () => {
    expect(() => formatNpwpd(DEFAULT_NPWPD_TEMPLATE, { ...klojenHotel, districtCode: '35.73.02' })).toThrow(
      RangeError,
    );
    expect(() => formatNpwpd(DEFAULT_NPWPD_TEMPLATE, { ...klojenHotel, regionId: '3573' })).toThrow(
      RangeError,
    );
    expect(() => formatNpwpd('{year}{seq:3}', { ...klojenHotel, year: 25 })).toThrow(RangeError);
  });

  it('refuses to render from an unusable template', () => {
    expect(() => formatNpwpd('P.{region}', klojenHotel)).toThrow(/SEQUENCE_MISSING/);
  });
});

describe('validateNpwpdTemplate', () => {
  it.each([
    ['P.{region}.{district}', { code: 'SEQUENCE_MISSING' }],
    ['{seq:4}.{seq:3}', { code: 'SEQUENCE_REPEATED' }],
    ['{seq:0}', { code: 'SEQUENCE_WIDTH', digits: 0 }],
    ['{seq:16}', { code: 'SEQUENCE_WIDTH', digits: 16 }],
    ['{kecamatan}.{seq:4}', { code: 'UNKNOWN_PLACEHOLDER', placeholder: '{kecamatan}' }],
    ['{seq}', { code: 'UNKNOWN_PLACEHOLDER', placeholder: '{seq}' }],
    ['P.{region.{seq:4}', { code: 'BAD_CHARACTER', text: 'P.{region.' }],
    ['P {seq:4}', { code: 'BAD_CHARACTER', text: 'P ' }],
    ['{seq:4}}', { code: 'BAD_CHARACTER', text: '}' }],
  ])('"%s" → %o', (template, problem) => {
    expect(validateNpwpdTemplate(template)).toEqual(problem);
  });

  it('refuses a template whose numbers exceed the 22 characters a BJB-style H2H field holds', () => {
    expect(validateNpwpdTemplate('P.{region}.{year}.{type}.{district}.{seq:7}')).toEqual({
      code: 'TOO_LONG',
      length: 25,
      maxLength: 22,
    });
    expect(validateNpwpdTemplate('P.{region}.{year}.{type}.{district}.{seq:7}', 30)).toBeNull();
  });

  it('words each problem for the supervisor in both languages, naming what was typed', () => {
    expect(npwpdTemplateReason({ code: 'UNKNOWN_PLACEHOLDER', placeholder: '{kecamatan}' })).toEqual({
      id: 'Format NPWPD tidak mengenal {kecamatan}: pakailah {region}, {district}, {type}, {year} atau {seq:N}',
      en: 'the NPWPD format has no {kecamatan}: use {region}, {district}, {type}, {year} or {seq:N}',
    });
    for (const template of [
      'P.{region}.{district}',
      '{seq:4}.{seq:3}',
      '{seq:16}',
      'P {seq:4}',
      'P.{region}.{year}.{type}.{district}.{seq:7}',
    ]) {
      const problem = validateNpwpdTemplate(template);
      if (!problem) throw new Error(`${template} should be refused`);
      const reason = npwpdTemplateReason(problem);
      expect(reason.id, template).not.toBe(reason.en);
    }
  });
});
