import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { problemText } from '../src/platform/problem';
import { messagesOf, problemCodes } from '../src/platform/problem-messages';
import { DOCUMENTS } from './support/documents';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14, defect 10: what the API says to a person writes dates, masa, times and amounts as people read them, in
 * Indonesian and in English ("masa November 2026", "the November 2026 period", "3 Desember 2026", "Rp 1.234.567"),
 * through the one formatter of src/platform/human-format.ts. The JSON fields (`period`, dates) stay ISO.
 * The test clock stands at 11 March 2025, 10:00 WIB.
 */

let t: TestApp;
let taxpayer: Agent;
let warung: { taxpayerId: number; objectId: number };
const filePath = () =>
  `/api/v1/regions/35.73/taxpayers/${warung.taxpayerId}/objects/${warung.objectId}/returns`;
const EN = { headers: { 'accept-language': 'en' } };
const ISO = /\d{4}-\d{2}/;

beforeAll(async () => {
  t = await startTestApp();
  warung = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo', openedOn: '2025-01-01' });
  taxpayer = await signedIn(t.app, 'wp@malang.demo');
});
afterAll(() => t.close());

describe('refusals name the masa, the day and the amount in words, in both languages', () => {
  it('RETURN_EXISTS says "masa Februari 2025" and "the February 2025 period", never "2025-02"', async () => {
    const first = await taxpayer.post(filePath(), { period: '2025-02', gross: 10_000_000 });
    expect(first.statusCode).toBe(201);
    expect(first.json().period).toBe('2025-02'); // the machine's field stays ISO

    const again = await taxpayer.post(filePath(), { period: '2025-02', gross: 10_000_000 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'RETURN_EXISTS',
      detail: 'SPTPD masa Februari 2025 untuk objek ini sudah ada; ajukan pembetulan.',
    });
    const english = await taxpayer.post(filePath(), { period: '2025-02', gross: 10_000_000 }, EN);
    expect(english.json().detail).toBe(
      'A return for the February 2025 period already exists for this object; amend it instead.',
    );
    expect(again.json().detail).not.toMatch(ISO);
    expect(english.json().detail).not.toMatch(ISO);
  });

  it('PERIOD_NOT_ENDED names the month: "Masa pajak Maret 2025", "The March 2025 tax period"', async () => {
    const id = await taxpayer.post(filePath(), { period: '2025-03', gross: 1_000_000 });
    expect(id.statusCode).toBe(422);
    expect(id.json().detail).toBe(
      'Masa pajak Maret 2025 belum berakhir; SPTPD dapat disampaikan setelah akhir bulan.',
    );
    const en = await taxpayer.post(filePath(), { period: '2025-03', gross: 1_000_000 }, EN);
    expect(en.json().detail).toBe('The March 2025 tax period has not ended; file after the month ends.');
  });

  it('PERIOD_BEFORE_OPENING names the opening day and the masa: "1 Januari 2025", "December 2024"', async () => {
    const id = await taxpayer.post(filePath(), { period: '2024-12', gross: 1_000_000 });
    expect(id.statusCode).toBe(409);
    expect(id.json().detail).toBe('Objek mulai beroperasi 1 Januari 2025, setelah masa pajak Desember 2024.');
    const en = await taxpayer.post(filePath(), { period: '2024-12', gross: 1_000_000 }, EN);
    expect(en.json().detail).toBe('The object opened on 1 January 2025, after the December 2024 tax period.');
  });

  it('LINES_DO_NOT_ADD_UP writes both amounts as rupiah grouped the Indonesian way in either language', async () => {
    const body = { period: '2025-01', gross: 1_234_567, lines: [{ description: 'Makan', amount: 99_000 }] };
    const id = await taxpayer.post(filePath(), body);
    expect(id.statusCode).toBe(422);
    expect(id.json().detail).toBe('Jumlah rincian Rp 99.000 tidak sama dengan omzet Rp 1.234.567.');
    const en = await taxpayer.post(filePath(), body, EN);
    expect(en.json().detail).toBe('The lines add up to Rp 99.000, not the gross receipts of Rp 1.234.567.');
  });

  it('ACCOUNT_LOCKED gives the time with its zone: "4 Desember 2026 pukul 10.04 WIB", "4 December 2026, 10:04 WIB"', () => {
    const until = '2026-12-04T03:04:01.799Z';
    expect(problemText('ACCOUNT_LOCKED', 'id', { until }).detail).toBe(
      'Terlalu banyak percobaan gagal. Coba lagi setelah 4 Desember 2026 pukul 10.04 WIB.',
    );
    expect(problemText('ACCOUNT_LOCKED', 'en', { until }).detail).toBe(
      'Too many failed attempts. Try again after 4 December 2026, 10:04 WIB.',
    );
  });

  it('a count of one takes the singular in English: "1 row is bad", "1 open bill"', () => {
    expect(problemText('IMPORT_REJECTED', 'en', { count: 1 }).detail).toMatch(/^1 row is bad;/);
    expect(problemText('IMPORT_REJECTED', 'en', { count: 3 }).detail).toMatch(/^3 rows are bad;/);
    expect(problemText('OPEN_BILLS_FIRST', 'en', { count: 1, number: 'SKPDLB-1' }).detail).toContain(
      'still has 1 open bill;',
    );
    expect(problemText('OPEN_BILLS_FIRST', 'id', { count: 1, number: 'SKPDLB-1' }).detail).toContain(
      '1 tagihan terbuka',
    );
  });
});

/** Placeholders that hold a day, a masa, an instant or an amount, by the names the areas give them. */
const FORMAT_OF: Record<string, string> = {
  day: 'date',
  date: 'date',
  closedOn: 'date',
  openedOn: 'date',
  issueDate: 'date',
  dueDate: 'date',
  today: 'date',
  from: 'date',
  period: 'month',
  until: 'datetime',
  at: 'datetime',
  sum: 'rupiah',
  gross: 'rupiah',
  amount: 'rupiah',
  due: 'rupiah',
  paid: 'rupiah',
  correctTax: 'rupiah',
  assessed: 'rupiah',
};

/** A sample of what a use case puts in each: ISO dates and months, an instant, whole rupiah. */
const SAMPLE: Record<string, string | number> = {
  date: '2026-12-03',
  month: '2026-11',
  datetime: '2026-12-04T03:04:01.799Z',
  rupiah: 1_234_567,
};

describe('every problem message of every area', () => {
  const all = () =>
    problemCodes().flatMap((code) => {
      const m = messagesOf(code);
      return m ? (['id', 'en'] as const).map((lang) => ({ code, lang, detail: m[lang].detail })) : [];
    });

  it('writes each day, masa, time and amount it names through a format (`{period, month}`, `{day, date}`…)', () => {
    expect(all().length).toBeGreaterThan(100);
    const unformatted: string[] = [];
    for (const { code, lang, detail } of all()) {
      for (const [, name, format] of detail.matchAll(/\{(\w+)(?:,\s*(\w+))?/g)) {
        const wanted = FORMAT_OF[name as string];
        if (wanted && format !== wanted)
          unformatted.push(`${code} (${lang}): {${name}} should be {${name}, ${wanted}}`);
      }
    }
    expect(unformatted).toEqual([]);
  });

  it('filled with ISO values, reads no /\\d{4}-\\d{2}/ and no "Rp1234" in either language', () => {
    const raw: string[] = [];
    for (const { code, lang } of all()) {
      const params: Record<string, string | number> = { count: 2, max: 2 };
      for (const [name, format] of Object.entries(FORMAT_OF))
        params[name] = SAMPLE[format] as string | number;
      const { detail } = problemText(code, lang, params);
      if (ISO.test(detail) || /Rp\s?\d{4}/.test(detail)) raw.push(`${code} (${lang}): ${detail}`);
    }
    expect(raw).toEqual([]);
  });

  it('in English, never puts a bare count before a plural noun ("{count} rows" says "1 rows")', () => {
    const bare = all()
      .filter(({ lang }) => lang === 'en')
      .filter(({ detail }) => /\{(count|max|n)\} [a-z ]*?s\b/.test(detail))
      .map(({ code, detail }) => `${code}: ${detail}`);
    expect(bare).toEqual([]);
  });
});

describe('the public verify page', () => {
  it('says when it checked, in words with the zone, in both languages: "Checked on 11 March 2025, 10:00 WIB"', async () => {
    const filed = await taxpayer.post(filePath(), { period: '2025-01', gross: 20_000_000 });
    expect(filed.statusCode).toBe(201);
    const code = verificationCode(t.secrets.document, DOCUMENTS.kind('bill'), '35.73', filed.json().billId);
    const res = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Diperiksa pada 11 Maret 2025 pukul 10.00 WIB.');
    expect(res.body).toContain('Checked on 11 March 2025, 10:00 WIB.');
    expect(res.body).toContain('Amount due as of 11 March 2025, valid until 28 March 2025.');
    // No ISO date or instant in what the page says (its markup carries none either).
    expect(res.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
