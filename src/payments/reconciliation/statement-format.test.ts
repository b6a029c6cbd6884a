import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../platform/csv';
import { readStatement } from './read-statement';
import {
  formatProblems,
  parseStatementAmount,
  parseStatementDate,
  type StatementFormat,
} from './statement-format';

describe('statement dates', () => {
  it('reads each format, with a time after the date when the cell has one', () => {
    expect(parseStatementDate('10/03/2025', 'DD/MM/YYYY')).toEqual({ day: '2025-03-10', time: null });
    expect(parseStatementDate('3/10/2025', 'MM/DD/YYYY')).toEqual({ day: '2025-03-10', time: null });
    expect(parseStatementDate('10-03-2025 11:02:33', 'DD-MM-YYYY')).toEqual({
      day: '2025-03-10',
      time: '11:02:33',
    });
    expect(parseStatementDate('20250310', 'YYYYMMDD')).toEqual({ day: '2025-03-10', time: null });
    expect(parseStatementDate(' 2025-03-10 ', 'YYYY-MM-DD')).toEqual({ day: '2025-03-10', time: null });
  });

  it('refuses a date in another format or not on the calendar', () => {
    expect(parseStatementDate('2025-03-10', 'DD/MM/YYYY')).toBeNull();
    expect(parseStatementDate('31/02/2025', 'DD/MM/YYYY')).toBeNull();
    expect(parseStatementDate('', 'YYYY-MM-DD')).toBeNull();
  });
});

describe('statement amounts', () => {
  it('reads Indonesian, English and plain amounts in whole rupiah', () => {
    expect(parseStatementAmount('1.250.000,00', 'dot_thousands')).toBe(1_250_000);
    expect(parseStatementAmount('Rp 1.250.000', 'dot_thousands')).toBe(1_250_000);
    expect(parseStatementAmount('1250000', 'dot_thousands')).toBe(1_250_000);
    expect(parseStatementAmount('1,250,000.00', 'comma_thousands')).toBe(1_250_000);
    expect(parseStatementAmount('IDR 1,250,000', 'comma_thousands')).toBe(1_250_000);
    expect(parseStatementAmount('1250000.00', 'plain')).toBe(1_250_000);
  });

  it('refuses cents, zero, negatives, the other convention and text', () => {
    expect(parseStatementAmount('1.250.000,50', 'dot_thousands')).toBeNull();
    expect(parseStatementAmount('0,00', 'dot_thousands')).toBeNull();
    expect(parseStatementAmount('-1.250.000,00', 'dot_thousands')).toBeNull();
    expect(parseStatementAmount('1,250,000.00', 'dot_thousands')).toBeNull();
    expect(parseStatementAmount('12.50.000', 'dot_thousands')).toBeNull();
    expect(parseStatementAmount('1e9', 'plain')).toBeNull();
    expect(parseStatementAmount('99999999999999999999', 'plain')).toBeNull();
  });
});

/** A semicolon "mutasi rekening" export that lists debits too, as many Indonesian banks give. */
const FORMAT: StatementFormat = {
  delimiter: ';',
  dateColumn: 'Tanggal',
  dateFormat: 'DD/MM/YYYY',
  timeColumn: 'Jam',
  amountColumn: 'Mutasi',
  amountFormat: 'dot_thousands',
  referenceColumn: 'No. Referensi',
  descriptionColumn: 'Keterangan',
  typeColumn: 'D/K',
  creditValue: 'K',
};
const HEADER = ['Tanggal', 'Jam', 'Keterangan', 'No. Referensi', 'Mutasi', 'D/K', 'Saldo'];

describe('reading a statement file', () => {
  const day = '2025-03-10';
  const file = writeCsv(
    [
      HEADER,
      ['10/03/2025', '09:15:00', 'PAJAK DAERAH', 'TLR001', '1.250.000,00', 'K', '2.501.250.000,00'],
      ['10/03/2025', '09:30:00', 'BIAYA ADMIN', 'ADM1', '6.500,00', 'D', '2.501.243.500,00'],
      ['10/03/2025', '10:00:00', 'PAJAK; RESTORAN', 'TLR002', '500.000,00', 'k', '2.501.743.500,00'],
    ],
    ';',
  );

  it('keeps the credits with their file line, time and description, and passes over the debits', () => {
    expect(readStatement(file, FORMAT, day)).toEqual({
      lines: [
        {
          lineNo: 2,
          bankReference: 'TLR001',
          amount: 1_250_000,
          bookedTime: '09:15:00',
          description: 'PAJAK DAERAH',
        },
        {
          lineNo: 4,
          bankReference: 'TLR002',
          amount: 500_000,
          bookedTime: '10:00:00',
          description: 'PAJAK; RESTORAN',
        },
      ],
      problems: [],
    });
  });

  it('names every bad line: another day, a bad amount, no reference', () => {
    const bad = writeCsv(
      [
        HEADER,
        ['09/03/2025', '09:00:00', '', 'X1', '1.000,00', 'K', ''],
        ['10/03/2025', '09:00:00', '', '', '1.000,50', 'K', ''],
      ],
      ';',
    );
    const { lines, problems } = readStatement(bad, FORMAT, day);
    expect(lines).toEqual([]);
    expect(problems).toEqual([
      {
        line: 2,
        reason: {
          id: 'tanggal 9 Maret 2025 bukan tanggal rekening koran (10 Maret 2025)',
          en: "the date 9 March 2025 is not the statement's day (10 March 2025)",
        },
      },
      {
        line: 3,
        reason: {
          id: 'jumlah "1.000,50" bukan kredit dalam rupiah utuh; nomor referensi bank harus 1 sampai 64 karakter',
          en: 'amount "1.000,50" is not a whole-rupiah credit; the bank reference must be 1 to 64 characters',
        },
      },
    ]);
  });

  it('says which mapped column the header lacks', () => {
    const format: StatementFormat = { ...FORMAT, referenceColumn: 'Ref' };
    expect(readStatement(file, format, day).problems).toEqual([
      {
        line: 1,
        reason: { id: 'kolom "Ref" tidak ada di judul kolom', en: 'column "Ref" is not in the header' },
      },
    ]);
  });

  it('reports a CSV syntax error and an empty file as problems, not exceptions', () => {
    expect(readStatement('', FORMAT, day).problems).toEqual([
      { line: 1, reason: { id: 'berkas kosong', en: 'the file is empty' } },
    ]);
    expect(readStatement('Tanggal;"Jam\n', FORMAT, day).problems[0]?.reason.en).toMatch(/not closed/);
  });
});

describe('a statement format that cannot read any file', () => {
  const format: StatementFormat = {
    delimiter: ';',
    dateColumn: 'Tanggal',
    dateFormat: 'DD/MM/YYYY',
    timeColumn: 'Jam',
    amountColumn: 'Mutasi',
    amountFormat: 'dot_thousands',
    referenceColumn: 'No. Referensi',
    descriptionColumn: null,
    typeColumn: 'D/K',
    creditValue: 'K',
  };

  it('has no problem when the type column comes with its credit value and each column serves once', () => {
    expect(formatProblems(format)).toEqual([]);
    expect(formatProblems({ ...format, typeColumn: null, creditValue: null })).toEqual([]);
  });

  it('needs the type column and the credit value together', () => {
    expect(formatProblems({ ...format, creditValue: null })).toEqual([
      { field: 'creditValue', reason: 'credit_value_required' },
    ]);
    expect(formatProblems({ ...format, typeColumn: null })).toEqual([
      { field: 'typeColumn', reason: 'type_column_required' },
    ]);
  });

  it('refuses one header for two roles, whatever its case', () => {
    expect(formatProblems({ ...format, timeColumn: 'tanggal ' })).toEqual([
      { field: 'timeColumn', reason: 'column_used_twice' },
    ]);
  });
});
