import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedRealisations } from '../src/performance/realisation/realisation-read';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Quarterly realisation (issue 16): an OPD's performance officer enters a quarter's figure with evidence and submits
 * it; the verifier returns it with a note or accepts it, which locks it. A quarter to come cannot be reported, an
 * indicator fed from the revenue ledger cannot be typed, another OPD's person is refused, and a refused step leaves
 * nothing written. The clock is the demo's business day, 11 March 2025: Tw1 2025 is running.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };
const pdf = (text: string) => ({
  fileName: `${text}.pdf`,
  contentBase64: Buffer.from(`%PDF-1.4\n% ${text}\n`).toString('base64'),
});

interface Line {
  indicatorId: number;
  indicatorName: string;
  opdShortName: string;
  source: string;
  status: string;
  realisation: number | null;
  target: number | null;
  capaianPercent: number | null;
  decisionNote: string | null;
  evidence: { id: number }[];
  late: boolean;
  dueDate: string;
}

let t: TestApp;
let verifikator: Agent;
let petugasDinkes: Agent;
let kadinkes: Agent;
let bangkaVerifikator: Agent;
let opdIds: Record<string, number>;
let lines: Line[];

const lineNamed = (name: string) => lines.find((l) => l.indicatorName === name) as Line;
const key = (line: Line, quarter = 1, year = 2025) =>
  `${P}/realisation/${line.indicatorId}/${year}/${quarter}`;

beforeAll(async () => {
  t = await startTestApp();
  [verifikator, petugasDinkes, kadinkes, bangkaVerifikator] = await Promise.all([
    signedIn(t.app, 'verifikator@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'kadinkes@malang.demo'),
    signedIn(t.app, 'verifikator@bangka.demo'),
  ]);
  const opds: { id: number; shortName: string }[] = (await verifikator.get(`${P}/opds`)).json();
  opdIds = Object.fromEntries(opds.map((o) => [o.shortName, o.id]));
  const res = await verifikator.get(`${P}/realisation?year=2025&quarter=1`);
  expect(res.statusCode, res.body).toBe(200);
  lines = res.json();
}, 120_000);
afterAll(() => t.close());

describe('the realisation table', () => {
  it("shows the verifier every OPD's indicators with the quarter's target, the ledger's one marked as such", () => {
    expect(new Set(lines.map((l) => l.opdShortName))).toEqual(new Set(['Bapenda', 'Dinkes', 'Disdikbud']));
    const ami = lineNamed('Angka kematian ibu');
    expect(ami).toMatchObject({
      target: 54,
      status: 'not_reported',
      source: 'manual',
      dueDate: '2025-04-10',
    });
    expect(lineNamed('Realisasi Pendapatan Asli Daerah')).toMatchObject({
      source: 'revenue_pad',
      status: 'from_ledger',
    });
  });

  it("shows an OPD's officer their OPD's indicators only, the crosscutting one included", async () => {
    const own: Line[] = (await petugasDinkes.get(`${P}/realisation?year=2025&quarter=1`)).json();
    expect(new Set(own.map((l) => l.opdShortName))).toEqual(new Set(['Dinkes']));
    expect(own.map((l) => l.indicatorName)).toContain('Prevalensi stunting pada balita');
    const other = await petugasDinkes.get(
      `${P}/realisation?year=2025&quarter=1&opdId=${opdIds.Disdikbud}`,
      EN,
    );
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('OPD_FORBIDDEN');
  });
});

describe('reporting a quarter', () => {
  it('goes draft → submitted → returned with a note → corrected → accepted, and is then locked', async () => {
    const ami = lineNamed('Angka kematian ibu');
    const draft = await petugasDinkes.put(key(ami), {
      value: 55,
      note: 'Rekap Januari–Februari',
      evidence: [pdf('amp-1')],
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      realisation: 55,
      evidence: [{ fileName: 'amp-1.pdf' }],
    });

    expect((await petugasDinkes.post(`${key(ami)}/submit`)).json().status).toBe('submitted');
    const whileWaiting = await petugasDinkes.put(key(ami), { value: 54 }, EN);
    expect(whileWaiting.statusCode).toBe(409);
    expect(whileWaiting.json().code).toBe('REALISATION_AWAITING_VERIFICATION');

    const silent = await verifikator.post(`${key(ami)}/return`, { note: '  ' }, EN);
    expect(silent.statusCode).toBe(422);
    expect(silent.json().code).toBe('REALISATION_RETURN_NOTE_REQUIRED');
    const returned = await verifikator.post(`${key(ami)}/return`, { note: 'Lampirkan laporan AMP Maret.' });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      decisionNote: 'Lampirkan laporan AMP Maret.',
    });

    const corrected = await kadinkes.put(key(ami), { value: 53, note: null, evidence: [pdf('amp-maret')] });
    expect(corrected.json()).toMatchObject({ status: 'draft', realisation: 53 });
    expect(corrected.json().evidence).toHaveLength(2);
    await kadinkes.post(`${key(ami)}/submit`);
    const accepted = await verifikator.post(`${key(ami)}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    // Lower is better: a target of 54 met with 53 is (2 × 54 − 53) / 54 = 101.85 %.
    expect(accepted.json()).toMatchObject({ status: 'accepted', capaianPercent: 101.85, late: false });

    for (const res of [
      await petugasDinkes.put(key(ami), { value: 50 }, EN),
      await petugasDinkes.post(`${key(ami)}/evidence`, { evidence: [pdf('late')] }, EN),
      await petugasDinkes.post(`${key(ami)}/submit`, {}, EN),
      await verifikator.post(`${key(ami)}/return`, { note: 'Salah' }, EN),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('REALISATION_LOCKED');
      expect(res.json().title).toBe('Realisation locked');
    }
    const counted = await acceptedRealisations(t.db, '35.73', 2025);
    expect(counted).toContainEqual({ indicatorId: ami.indicatorId, quarter: 1, value: 53, source: 'manual' });

    const trail = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_entry WHERE region_id = '35.73' AND entity = 'performance_realisation' AND entity_id = (
         SELECT id::text FROM performance_realisation WHERE region_id = '35.73' AND indicator_id = $1 AND year = 2025
            AND quarter = 1) ORDER BY seq`,
      [ami.indicatorId],
    );
    expect(trail.map((e) => e.action)).toEqual([
      'performance_realisation.save',
      'performance_evidence.attach',
      'performance_realisation.submit',
      'performance_realisation.return',
      'performance_realisation.save',
      'performance_evidence.attach',
      'performance_realisation.submit',
      'performance_realisation.accept',
    ]);
  });

  it('is submitted only with evidence, and a crosscutting indicator once by one owner', async () => {
    const stunting = lineNamed('Prevalensi stunting pada balita');
    await petugasDinkes.put(key(stunting), { value: 12.9 });
    const bare = await petugasDinkes.post(`${key(stunting)}/submit`, {}, EN);
    expect(bare.statusCode).toBe(422);
    expect(bare.json().code).toBe('REALISATION_EVIDENCE_MISSING');
    const added = await petugasDinkes.post(`${key(stunting)}/evidence`, { evidence: [pdf('e-ppgbm')] });
    expect(added.statusCode, added.body).toBe(201);
    const sent = await petugasDinkes.post(`${key(stunting)}/submit`);
    expect(sent.json()).toMatchObject({ status: 'submitted', opdShortName: 'Dinkes' });
    expect(sent.json().ownerOpdIds).toEqual([opdIds.Dinkes, opdIds['Dinsos-P3AP2KB']]);
  });

  it('refuses a quarter not yet begun', async () => {
    const res = await petugasDinkes.put(key(lineNamed('Angka kematian ibu'), 2), { value: 52 }, EN);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('REALISATION_QUARTER_NOT_BEGUN');
    expect(res.json().detail).toContain('2025-04-01');
  });

  it("refuses another OPD's person with OPD_FORBIDDEN, and another region's verifier", async () => {
    const apm = lineNamed('Angka partisipasi murni SMP');
    const res = await petugasDinkes.put(key(apm), { value: 88 }, EN);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OPD_FORBIDDEN');
    expect((await verifikator.put(key(apm), { value: 88 }, EN)).json().code).toBe('FORBIDDEN_ROLE');
    const bangka = await bangkaVerifikator.get(`${P}/realisation?year=2025&quarter=1`);
    expect([403, 404]).toContain(bangka.statusCode);
  });

  it('leaves nothing written when a file is refused', async () => {
    const posyandu = lineNamed('Persentase balita ditimbang di posyandu');
    const res = await petugasDinkes.put(
      key(posyandu),
      {
        value: 83,
        evidence: [{ fileName: 'rekap.exe', contentBase64: Buffer.from('MZ not a pdf').toString('base64') }],
      },
      EN,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    const now: Line[] = (await petugasDinkes.get(`${P}/realisation?year=2025&quarter=1`)).json();
    expect(now.find((l) => l.indicatorId === posyandu.indicatorId)?.status).toBe('not_reported');
  });

  it("refuses typing over the ledger's PAD figure", async () => {
    const [user] = await t.db.query<{ id: number }>(
      `SELECT id FROM app_user WHERE email = 'kinerja.dinkes@malang.demo'`,
    );
    await t.db.query(
      `INSERT INTO opd_membership (region_id, user_id, opd_id, granted_at) VALUES ('35.73', $1, $2, now())`,
      [user?.id, opdIds.Bapenda],
    );
    const pad = lineNamed('Realisasi Pendapatan Asli Daerah');
    const res = await petugasDinkes.put(key(pad), { value: 250 }, EN);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('REALISATION_FED_FROM_LEDGER');
    await t.db.query(
      `DELETE FROM opd_membership WHERE region_id = '35.73' AND user_id = $1 AND opd_id = $2`,
      [user?.id, opdIds.Bapenda],
    );
  });
});
