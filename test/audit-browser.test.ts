import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { mergeAuditVocabularies } from '../src/platform/audit-vocabulary';
import { parseCsv } from '../src/platform/csv';
import { ASSESSMENT_KINDS } from '../src/tax/assessments/assessment-kinds';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

const REGION = '/api/v1/regions/35.73';
const VOCABULARY = mergeAuditVocabularies(AREAS.flatMap((a) => (a.audit ? [a.audit] : [])));

/** Every source file under src/ but tests. */
function sourceFiles(dir = path.resolve(import.meta.dirname, '../src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** The action codes and subject kinds the code writes: `action: 'x.y'`, `? 'x.y' : 'x.z'`, `entity: 'k'`. */
function writtenVocabulary(): { actions: Set<string>; kinds: Set<string> } {
  const actions = new Set<string>();
  const kinds = new Set<string>();
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/appendAudit|auditEveryRegionOf|setPassword\(/.test(text)) continue;
    for (const m of text.matchAll(/action: ([^,\n]+)/g)) {
      for (const code of m[1]?.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g) ?? []) actions.add(code[1] as string);
      if (m[1]?.includes('`assessment.${'))
        for (const kind of ASSESSMENT_KINDS) actions.add(`assessment.${kind.toLowerCase()}`);
    }
    // setPassword's callers name the action as an argument.
    for (const m of text.matchAll(/'(user\.password_[a-z]+)'/g)) actions.add(m[1] as string);
    for (const m of text.matchAll(/entity: (?:[^,\n]*\? )?'([a-z_]+)'(?: : '([a-z_]+)')?/g)) {
      kinds.add(m[1] as string);
      if (m[2]) kinds.add(m[2]);
    }
  }
  return { actions, kinds };
}

let t: TestApp;
let auditor: Agent;
let returnId: number;
let fixture: { taxpayerId: number; objectId: number };

beforeAll(async () => {
  t = await startTestApp();
  auditor = await signedIn(t.app, 'auditor@malang.demo');
  const officer = await signedIn(t.app, 'petugas@malang.demo');
  const supervisor = await signedIn(t.app, 'supervisor@malang.demo');
  fixture = await restaurantFixture(t.db, { name: 'Tini Rahayu', objectName: 'Warung Bu Tini' });
  const filed = await officer.post(
    `${REGION}/taxpayers/${fixture.taxpayerId}/objects/${fixture.objectId}/returns`,
    { period: '2025-02', gross: 12_500_000 },
  );
  expect(filed.statusCode).toBe(201);
  returnId = filed.json().id;
  const rejected = await supervisor.post(`${REGION}/returns/${returnId}/review`, {
    verdict: 'reject',
    reason: 'Omzet tidak wajar',
  });
  expect(rejected.statusCode).toBe(200);
});
afterAll(() => t.close());

describe('the audit vocabulary', () => {
  it('every action the code writes is named in Indonesian and English', () => {
    const { actions } = writtenVocabulary();
    expect(actions.size).toBeGreaterThan(40);
    const unlabelled = [...actions].filter((a) => !VOCABULARY.actions[a]?.id || !VOCABULARY.actions[a]?.en);
    expect(unlabelled).toEqual([]);
  });

  it('every kind of subject the code writes is named in both languages and can be named one by one', () => {
    const { kinds } = writtenVocabulary();
    expect(kinds.size).toBeGreaterThan(15);
    const missing = [...kinds].filter(
      (k) => !VOCABULARY.subjects[k]?.label.id || !VOCABULARY.subjects[k]?.label.en,
    );
    expect(missing).toEqual([]);
    expect([...kinds].filter((k) => !VOCABULARY.subjects[k]?.describe)).toEqual([]);
  });

  it('every label of the catalogue has both languages, none left empty', () => {
    for (const [code, label] of Object.entries(VOCABULARY.actions)) {
      expect(label.id.trim(), code).not.toBe('');
      expect(label.en.trim(), code).not.toBe('');
    }
    for (const [name, field] of Object.entries(VOCABULARY.fields)) {
      expect(field.label.id.trim(), name).not.toBe('');
      expect(field.label.en.trim(), name).not.toBe('');
    }
  });

  it("the catalogue lists every action, kind and field, and the region's own people only", async () => {
    const res = await auditor.get(`${REGION}/audit/catalogue`);
    expect(res.statusCode).toBe(200);
    const catalogue = res.json();
    expect(catalogue.actions).toContainEqual({
      code: 'sptpd.reject',
      label: { id: 'SPTPD ditolak', en: 'Return rejected' },
    });
    expect(catalogue.actions).toHaveLength(Object.keys(VOCABULARY.actions).length);
    expect(catalogue.subjects.map((s: { kind: string }) => s.kind)).toContain('tax_return');
    expect(catalogue.fields).toContainEqual(
      expect.objectContaining({
        name: 'tax',
        format: 'rupiah',
        label: { id: 'Pajak terutang', en: 'Tax due' },
      }),
    );
    const emails = catalogue.people.map((p: { email: string }) => p.email);
    expect(emails).toContain('auditor@malang.demo');
    expect(emails).toContain('supervisor@malang.demo');
    expect(emails).not.toContain('admin@bangka.demo');
  });
});

describe('entries as an auditor reads them', () => {
  it("a return's entry names the return by its tax, object and masa and links the return's own page and its PDF", async () => {
    const [entry] = (await auditor.get(`${REGION}/audit?action=sptpd.reject`)).json().entries;
    expect(entry.entity).toBe('tax_return');
    expect(entry.subject).toEqual({
      name: 'SPTPD PBJT Makanan dan/atau Minuman · Warung Bu Tini',
      period: '2025-02',
      page: `/taxpayers/${fixture.taxpayerId}/returns/${returnId}`,
      document: `/returns/${returnId}/pdf`,
    });
    const english = await auditor.get(`${REGION}/audit?action=sptpd.reject`, {
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().entries[0].subject.name).toBe('SPTPD PBJT food and beverages · Warung Bu Tini');
  });

  it("a user's entry names the person and links the users page", async () => {
    const [entry] = (await auditor.get(`${REGION}/audit?action=user.create&limit=500`)).json().entries;
    expect(entry.subject.name).toMatch(/\(.+@.+\)$/);
    expect(entry.subject.page).toBe('/users');
  });
});

describe('filters', () => {
  it('an action is matched exactly, a group by its prefix before the dot', async () => {
    const exact = (await auditor.get(`${REGION}/audit?action=sptpd.reject`)).json().entries;
    expect(exact.map((e: { action: string }) => e.action)).toEqual(['sptpd.reject']);
    const group = (await auditor.get(`${REGION}/audit?action=sptpd`)).json().entries;
    expect(new Set(group.map((e: { action: string }) => e.action))).toEqual(
      new Set(['sptpd.submit', 'sptpd.reject']),
    );
    // `sptpd.sub` is no action: a prefix inside a word matches nothing.
    expect((await auditor.get(`${REGION}/audit?action=sptpd.sub`)).json().entries).toEqual([]);
  });

  it('by the person who acted, the kind of subject, one subject and the days on the region clock', async () => {
    const { people } = (await auditor.get(`${REGION}/audit/catalogue`)).json();
    const supervisor = people.find((p: { email: string }) => p.email === 'supervisor@malang.demo');
    const bySupervisor = (await auditor.get(`${REGION}/audit?actorId=${supervisor.userId}`)).json().entries;
    expect(bySupervisor.map((e: { action: string }) => e.action)).toEqual(['sptpd.reject']);
    const returns = (await auditor.get(`${REGION}/audit?entity=tax_return&entityId=${returnId}`)).json()
      .entries;
    expect(returns.map((e: { action: string }) => e.action)).toEqual(['sptpd.reject', 'sptpd.submit']);
    // The test clock is 2025-03-11 10:00 WIB: everything so far happened that day.
    expect(
      (await auditor.get(`${REGION}/audit?from=2025-03-11&to=2025-03-11&entity=tax_return`)).json().entries,
    ).toHaveLength(2);
    expect(
      (await auditor.get(`${REGION}/audit?from=2025-03-12&entity=tax_return`)).json().entries,
    ).toHaveLength(0);
  });

  it('pages through the filtered entries with nextBeforeSeq', async () => {
    const first = (await auditor.get(`${REGION}/audit?action=tax.rate&limit=5`)).json();
    expect(first.entries).toHaveLength(5);
    const second = (
      await auditor.get(`${REGION}/audit?action=tax.rate&limit=5&beforeSeq=${first.nextBeforeSeq}`)
    ).json();
    expect(second.entries.length).toBeGreaterThan(0);
    expect(
      second.entries.every(
        (e: { seq: number; action: string }) => e.seq < first.nextBeforeSeq && e.action === 'tax.rate.record',
      ),
    ).toBe(true);
  });

  it('a filter parameter not documented is refused with a code', async () => {
    const res = await auditor.get(`${REGION}/audit?kind=tax_return`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('downloads', () => {
  it('CSV holds the filtered entries, headed and worded in the language asked for', async () => {
    const res = await auditor.get(`${REGION}/audit/download?format=csv&entity=tax_return&lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="audit-35.73.csv"');
    const [header, ...rows] = parseCsv(res.body).map((r) => r.fields);
    expect(header?.slice(0, 4)).toEqual(['Seq', 'Time (WIB)', 'Actor', 'Action']);
    expect(rows.map((r) => r[3])).toEqual(['Return rejected', 'Return filed']);
    const rejected = rows[0] as string[];
    expect(rejected[1]).toBe('2025-03-11 10:00:00');
    expect(rejected[2]).toBe('supervisor@malang.demo');
    expect(rejected[6]).toBe('SPTPD PBJT food and beverages · Warung Bu Tini · February 2025');
    expect(rejected[8]).toContain('Status: Filed → Rejected');
  });

  it('CSV headers follow Accept-Language when no language is asked for', async () => {
    const res = await auditor.get(`${REGION}/audit/download?action=sptpd.reject`, {
      headers: { 'accept-language': 'id-ID,id;q=0.9' },
    });
    const [header, row] = parseCsv(res.body).map((r) => r.fields);
    expect(header?.slice(0, 4)).toEqual(['No.', 'Waktu (WIB)', 'Pelaku', 'Tindakan']);
    expect(row?.[3]).toBe('SPTPD ditolak');
    expect(row?.[8]).toBe('Alasan: — → Omzet tidak wajar; Status: Disampaikan → Ditolak');
    const filed = await auditor.get(`${REGION}/audit/download?action=sptpd.submit&lang=id`);
    const [, submitted] = parseCsv(filed.body).map((r) => r.fields);
    expect(submitted?.[8]).toContain('Pajak terutang: Rp 1.250.000');
    expect(submitted?.[8]).toContain('Masa pajak: Februari 2025');
  });

  it('XLSX parses back to the same rows as the CSV, amounts and counts as numbers', async () => {
    const query = 'entity=tax_return&lang=id';
    const csv = parseCsv((await auditor.get(`${REGION}/audit/download?format=csv&${query}`)).body).map(
      (r) => r.fields,
    );
    const res = await auditor.get(`${REGION}/audit/download?format=xlsx&${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Jejak audit');
    const rows: string[][] = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
    });
    expect(rows).toEqual(csv);
    expect(typeof sheet?.getRow(2).getCell(1).value).toBe('number');
  });

  it("another region's auditor is refused and the download holds this region's entries only", async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    expect((await bangka.get(`${REGION}/audit/download`)).statusCode).toBe(404);
    expect((await bangka.get(`${REGION}/audit/catalogue`)).statusCode).toBe(404);
    const taxpayer = await signedIn(t.app, 'wp@malang.demo');
    expect((await taxpayer.get(`${REGION}/audit/catalogue`)).statusCode).toBe(403);
    expect((await taxpayer.get(`${REGION}/audit/download`)).statusCode).toBe(403);
    const both = await signedIn(t.app, 'auditor@balai.demo');
    const malang = parseCsv((await both.get(`${REGION}/audit/download?lang=en&action=region.create`)).body);
    expect(malang.slice(1).map((r) => r.fields[6])).toEqual(['Kota Malang']);
  });
});
