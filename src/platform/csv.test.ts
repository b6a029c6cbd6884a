import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, writeCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv: RFC 4180', () => {
  it('splits records on CRLF and fields on commas, keeping empty fields', () => {
    expect(fieldsOf('a,b,c\r\n1,,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('accepts a bare LF and a last record without a line break', () => {
    expect(fieldsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('a quoted field may hold commas, doubled quotes and line breaks', () => {
    expect(fieldsOf('name,address\r\n"Toko ""Maju"", Jaya","Jl. Ijen 1,\r\nKlojen"\r\n')).toEqual([
      ['name', 'address'],
      ['Toko "Maju", Jaya', 'Jl. Ijen 1,\r\nKlojen'],
    ]);
  });

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('h1,h2\n"two\nlines",x\n\nlast,y\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('drops a UTF-8 byte-order mark and skips empty lines', () => {
    expect(fieldsOf('\uFEFFa,b\r\n\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('an empty quoted field is an empty string, and a trailing comma is one more empty field', () => {
    expect(fieldsOf('"",x,\n')).toEqual([['', 'x', '']]);
  });

  it('refuses an unclosed quote, naming the line where the field starts', () => {
    expect(() => parseCsv('a\nb,"never closed\n\n')).toThrowError(CsvSyntaxError);
    try {
      parseCsv('a\nb,"never closed\n\n');
    } catch (err) {
      expect((err as CsvSyntaxError).line).toBe(2);
    }
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(() => parseCsv('a,b"c\n')).toThrow(/wrapped in quotes/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/closing quote/);
  });

  it('splits on another delimiter when asked, leaving commas inside fields alone', () => {
    expect(parseCsv('Tanggal;Mutasi\r\n10/03/2025;"1.250.000,00"\r\n11/03/2025;2,5\r\n', ';')).toEqual([
      { line: 1, fields: ['Tanggal', 'Mutasi'] },
      { line: 2, fields: ['10/03/2025', '1.250.000,00'] },
      { line: 3, fields: ['11/03/2025', '2,5'] },
    ]);
  });
});

describe('writeCsv', () => {
  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(
      writeCsv([
        ['line', 'reason'],
        ['3', 'nik: "x", bad'],
      ]),
    ).toBe('line,reason\r\n3,"nik: ""x"", bad"\r\n');
  });

  it('with another delimiter, quotes fields holding it and parses back with it', () => {
    const rows = [
      ['Tanggal', 'Keterangan', 'Mutasi'],
      ['10/03/2025', 'SETORAN; TUNAI', '1.250.000,00'],
    ];
    const text = writeCsv(rows, ';');
    expect(text).toBe('Tanggal;Keterangan;Mutasi\r\n10/03/2025;"SETORAN; TUNAI";1.250.000,00\r\n');
    expect(parseCsv(text, ';').map((r) => r.fields)).toEqual(rows);
  });

  it('what it writes parses back to the same fields', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(fieldsOf(writeCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});
