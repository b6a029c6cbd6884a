import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../platform/csv';
import { IMPORT_COLUMNS } from './import-columns';
import { type ImportPlan, type ImportReject, isCalendarDate, planImport } from './import-rows';

const reference = {
  villageCodes: new Set(['35.73.02.1001', '35.73.05.1004']),
  taxCodes: new Set(['pbjt_makanan_minuman', 'pbjt_kesenian_hiburan', 'reklame']),
};
const HEADER = IMPORT_COLUMNS.join(',');
const person =
  'WP-1,person,3573011501900001,,Bakso Pak Kumis,Jl. Ijen 1,35.73.02.1001,0341-555123,kumis@example.id';
const object = 'OP-1,pbjt_makanan_minuman,,Bakso Pak Kumis Ijen,Jl. Ijen 1,35.73.02.1001,2019-05-01';

function plan(...rows: string[]): { plan: ImportPlan } | { rejects: ImportReject[] } {
  return planImport(parseCsv([HEADER, ...rows].join('\n')), reference);
}
/** The rejects with their English reasons (one test below reads the Indonesian). */
function rejects(...rows: string[]): { line: number; reason: string }[] {
  const result = plan(...rows);
  if (!('rejects' in result)) throw new Error('expected rejects');
  return result.rejects.map((r) => ({ line: r.line, reason: r.reason.en }));
}

describe('planImport: one row per object, taxpayers shared by legacy_ref', () => {
  it('a taxpayer with two objects on two rows becomes one taxpayer and two objects', () => {
    const result = plan(
      `${person},${object}`,
      `${person},OP-2,pbjt_kesenian_hiburan,khusus,Karaoke Kumis,Jl. Dinoyo 3,35.73.05.1004,2021-01-31`,
    );
    expect('plan' in result && result.plan).toMatchObject({
      rows: 2,
      taxpayers: [{ legacyRef: 'WP-1', nik: '3573011501900001', npwp: null, email: 'kumis@example.id' }],
      objects: [
        { legacyRef: 'OP-1', taxpayerRef: 'WP-1', category: 'umum', line: 2 },
        { legacyRef: 'OP-2', category: 'khusus', villageCode: '35.73.05.1004', line: 3 },
      ],
    });
  });

  it('a row with every object column empty registers a taxpayer without objects', () => {
    const result = plan(`${person},,,,,,,`);
    expect('plan' in result && result.plan.objects).toEqual([]);
  });

  it('columns may come in any order', () => {
    const columns = [...IMPORT_COLUMNS].reverse();
    const cells = `${person},${object}`.split(',').reverse();
    const result = planImport(parseCsv(`${columns.join(',')}\n${cells.join(',')}\n`), reference);
    expect('plan' in result && result.plan.taxpayers[0]?.name).toBe('Bakso Pak Kumis');
  });
});

describe('planImport: every bad row is reported with its line and all its faults', () => {
  it('a bad NIK, an unknown kelurahan, an unknown tax type and a bad date', () => {
    const found = rejects(
      `${person},${object}`,
      `WP-2,person,12345,,Toko Dua,Jl. Dua,35.73.99.9999,,,OP-9,pbjt_judi,,Toko Dua,Jl. Dua,35.73.02.1001,2021-02-30`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(3);
    expect(found[0]?.reason).toMatch(/nik "12345": a NIK has 16 digits/);
    expect(found[0]?.reason).toMatch(/village_code "35.73.99.9999" is not a kelurahan/);
    expect(found[0]?.reason).toMatch(/tax_code "pbjt_judi" is not a tax type/);
    expect(found[0]?.reason).toMatch(/opened_on "2021-02-30" is not a date/);
  });

  it('rows of one taxpayer that disagree on its data are refused, naming the first line', () => {
    const other = person.replace('Jl. Ijen 1', 'Jl. Ijen 2');
    expect(rejects(`${person},${object}`, `${other},${object.replace('OP-1', 'OP-2')}`)).toEqual([
      { line: 3, reason: 'taxpayer WP-1 differs from line 2 in address' },
    ]);
  });

  it('two taxpayers with the same NIK, or one object twice, are refused', () => {
    const twin = person.replace('WP-1', 'WP-2');
    expect(rejects(`${person},${object}`, `${twin},${object.replace('OP-1', 'OP-2')}`)[0]?.reason).toBe(
      'NIK 3573011501900001 is also taxpayer WP-1 on line 2',
    );
    expect(rejects(`${person},${object}`, `${person},${object}`)[0]?.reason).toBe(
      'object_legacy_ref "OP-1" is also on line 2',
    );
  });

  it('an entity needs an NPWP and no NIK; a category the tax does not have is refused', () => {
    const entity = 'WP-3,entity,3573011501900001,,PT Tiga,Jl. Tiga,35.73.02.1001,,';
    const reason = rejects(`${entity},OP-3,reklame,khusus,Papan,Jl. Tiga,35.73.02.1001,2020-01-01`)[0]
      ?.reason;
    expect(reason).toMatch(/leave nik empty/);
    expect(reason).toMatch(/an entity needs an NPWP/);
    expect(reason).toMatch(/category "khusus" does not exist for reklame/);
  });

  it('a missing column, or a row with the wrong number of fields, is refused', () => {
    expect(planImport(parseCsv('legacy_ref,kind\nWP-1,person\n'), reference)).toEqual({
      rejects: [
        {
          line: 1,
          reason: {
            id: expect.stringMatching(/^kolom tidak ada: nik, npwp/),
            en: expect.stringMatching(/^missing column\(s\): nik, npwp/),
          },
        },
      ],
    });
    expect(rejects('WP-1,person')).toEqual([{ line: 2, reason: 'has 2 fields where the header has 16' }]);
  });

  it('every reason is given in Indonesian and in English, fault for fault', () => {
    const result = plan(
      `${person.replace('3573011501900001', '12345')},${object.replace('2019-05-01', '2021-02-30')}`,
    );
    if (!('rejects' in result)) throw new Error('expected rejects');
    expect(result.rejects[0]?.reason).toEqual({
      id: 'nik "12345": NIK terdiri atas 16 angka; opened_on "2021-02-30" bukan tanggal YYYY-MM-DD',
      en: 'nik "12345": a NIK has 16 digits; opened_on "2021-02-30" is not a date YYYY-MM-DD',
    });
  });
});

describe('isCalendarDate', () => {
  it('29 February only in a leap year', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('01/05/2019')).toBe(false);
  });
});
