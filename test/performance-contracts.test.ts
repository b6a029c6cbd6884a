import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { signedContractItems } from '../src/performance/contracts';
import { DOCUMENTS } from './support/documents';
import { pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Lelang kinerja (issue 16): the planner opens the year's round, Dinas Kesehatan's head bids its targets, the mayor's
 * team counters, every offer is kept, the head accepts and the agreed targets become the indicators' targets of the
 * year; the named head and the pimpinan sign. An OPD's head acts for their own OPD only, every refusal is problem+json
 * in both languages with nothing written. The test clock is 11 March 2025.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

interface Indicator {
  id: number;
  name: string;
  polarity: string;
  baseline: number | null;
  target: { target: number; targetUpper: number | null; quarters: number[] | null } | null;
}
interface Item {
  indicatorId: number;
  baseline: number | null;
  endPoint: number;
  target: number;
  targetUpper: number | null;
  quarters: number[];
  timeline: string | null;
  budget: number;
  weight: number;
}

let t: TestApp;
let perencana: Agent;
let pimpinan: Agent;
let auditor: Agent;
let kadinkes: Agent;
let petugasDinkes: Agent;
let kadinkesBangka: Agent;
const opdIds = new Map<string, number>();
let dinkesIndicators: Indicator[];

beforeAll(async () => {
  t = await startTestApp();
  [perencana, pimpinan, auditor, kadinkes, petugasDinkes, kadinkesBangka] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'pimpinan@malang.demo'),
    signedIn(t.app, 'auditor@malang.demo'),
    signedIn(t.app, 'kadinkes@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'kadinkes@bangka.demo'),
  ]);
  for (const o of (await perencana.get(`${P}/opds`)).json() as { id: number; shortName: string }[])
    opdIds.set(o.shortName, o.id);
  dinkesIndicators = (await perencana.get(`${P}/opds/${opd('Dinkes')}/indicators?year=2025`)).json()
    .indicators;
}, 120_000);
afterAll(() => t.close());

const opd = (shortName: string) => opdIds.get(shortName) as number;
async function auditHead() {
  return (await auditor.get(`${R}/audit?limit=1`)).json().entries[0].seq as number;
}
async function lastAudit(action: string) {
  return (await auditor.get(`${R}/audit?action=${action}`)).json().entries[0];
}

/** Dinkes' bid: every indicator of it at `shift` past its baseline's direction, weights splitting 100. */
function bidItems(shift = 0): Item[] {
  const n = dinkesIndicators.length;
  return dinkesIndicators.map((i, k) => {
    const base = i.baseline as number;
    const target = i.polarity === 'lower' ? Math.max(0, base - 1 - shift) : base + 1 + shift;
    return {
      indicatorId: i.id,
      baseline: base,
      endPoint: i.polarity === 'lower' ? Math.max(0, base - 5) : base + 5,
      target,
      targetUpper: i.polarity === 'range' ? target + 2 : null,
      quarters: [target, target, target, target],
      timeline: 'Januari–Desember',
      budget: 100_000_000 * (k + 1),
      weight: k === n - 1 ? 100 - Math.floor(100 / n) * (n - 1) : Math.floor(100 / n),
    };
  });
}

describe('the demo: 2023’s and 2024’s rounds signed, none for 2025', () => {
  it('lists Kota Malang’s rounds of 2024 and 2023, each contract signed by the head of the day', async () => {
    const rounds = (await pimpinan.get(`${P}/contract-rounds`)).json() as { year: number }[];
    expect(rounds.map((r) => r.year)).toEqual([2024, 2023]);
    for (const [year, head] of [
      [2023, 'dr. Ratna Kusumawati, M.Kes.'],
      [2024, 'drg. Wahyu Nugroho, M.M.'],
    ] as const) {
      const round = (await pimpinan.get(`${P}/contract-rounds/${year}`)).json();
      const signed = round.opds.filter(
        (o: { contract: { status: string } | null }) => o.contract?.status === 'signed',
      );
      expect(signed.map((o: { shortName: string }) => o.shortName)).toEqual(
        expect.arrayContaining(['Dinkes', 'Bapenda', 'Disdikbud']),
      );
      const dinkes = signed.find((o: { shortName: string }) => o.shortName === 'Dinkes');
      expect(dinkes.contract).toMatchObject({
        headName: head,
        opdSignerName: head,
        pimpinanSignerName: 'Wali Kota Malang',
      });
      const detail = (await pimpinan.get(`${P}/contracts/${dinkes.contract.id}`)).json();
      expect(detail.offers.map((o: { side: string }) => o.side)).toEqual(['opd', 'pimpinan']);
    }
  });

  it('keeps the tree’s targets of those years (Bapenda’s PAD: 4,000 in 2024), the weights of each contract adding up to 100', async () => {
    const items = await signedContractItems(t.db, '35.73', 2024);
    const pad = items.find((i) => i.opdId === opd('Bapenda'));
    expect(pad).toMatchObject({ target: 4000, weight: 100 });
    const byOpd = new Map<number, number>();
    for (const i of items) byOpd.set(i.opdId, (byOpd.get(i.opdId) ?? 0) + Math.round(i.weight * 100));
    expect([...byOpd.values()].every((w) => w === 10_000)).toBe(true);
  });

  it('has a few of Kabupaten Bangka’s', async () => {
    expect((await signedContractItems(t.db, '19.01', 2024)).length).toBeGreaterThan(0);
  });
});

describe('a round a year, opened by the planner', () => {
  it('has no 2025 round in the demo, and the planner opens it (audited)', async () => {
    expect((await perencana.get(`${P}/contract-rounds/2025`)).json().code).toBe('CONTRACT_ROUND_NOT_FOUND');
    const res = await perencana.post(`${P}/contract-rounds`, { year: 2025 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ year: 2025, status: 'open' });
    expect(await lastAudit('contract_round.open')).toMatchObject({ after: { year: 2025 } });
    const list = (await pimpinan.get(`${P}/contract-rounds`)).json() as { year: number }[];
    expect(list.map((r) => r.year)).toContain(2025);
  });

  it('refuses a second round of the same year (CONTRACT_ROUND_EXISTS), in both languages', async () => {
    const res = await perencana.post(`${P}/contract-rounds`, { year: 2025 });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'CONTRACT_ROUND_EXISTS',
      title: 'Putaran lelang kinerja sudah dibuka',
    });
    expect((await perencana.post(`${P}/contract-rounds`, { year: 2025 }, EN)).json().title).toBe(
      'The round is already open',
    );
  });

  it('is opened by the planner only', async () => {
    expect((await kadinkes.post(`${P}/contract-rounds`, { year: 2026 })).json().code).toBe('FORBIDDEN_ROLE');
    expect((await pimpinan.post(`${P}/contract-rounds`, { year: 2026 })).json().code).toBe('FORBIDDEN_ROLE');
  });
});

describe('Dinas Kesehatan bids, the mayor’s team counters, the head accepts and both sign', () => {
  let contractId: number;

  it('the head bids: the contract names them, the offer is kept as version 1 (audited)', async () => {
    const res = await kadinkes.post(`${P}/contract-rounds/2025/opds/${opd('Dinkes')}/bids`, {
      items: bidItems(),
      note: 'Penawaran awal',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    contractId = c.id;
    expect(c).toMatchObject({
      status: 'bidding',
      headName: 'dr. Retno Wulandari, M.Kes.',
      opdShortName: 'Dinkes',
    });
    expect(c.offers).toHaveLength(1);
    expect(c.offers[0]).toMatchObject({ version: 1, side: 'opd', note: 'Penawaran awal' });
    expect(c.items.map((i: Item) => i.indicatorId)).toEqual(dinkesIndicators.map((i) => i.id));
    expect(await lastAudit('performance_contract.bid')).toMatchObject({
      entity: 'performance_contract',
      entityId: String(contractId),
    });
  });

  it('the head cannot accept their own bid (CONTRACT_NOTHING_TO_ACCEPT)', async () => {
    const res = await kadinkes.post(`${P}/contracts/${contractId}/accept`, { side: 'opd' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONTRACT_NOTHING_TO_ACCEPT');
  });

  it('the pimpinan counters with higher targets: version 2, the items are the counter-offer’s', async () => {
    const res = await pimpinan.post(`${P}/contracts/${contractId}/counter-offers`, {
      items: bidItems(0.5),
      note: 'Target dinaikkan',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.status).toBe('countered');
    expect(c.offers.map((o: { version: number; side: string }) => [o.version, o.side])).toEqual([
      [1, 'opd'],
      [2, 'pimpinan'],
    ]);
    expect(c.offers[0].items).toEqual(bidItems());
    expect(c.items.map((i: Item) => i.target)).toEqual(bidItems(0.5).map((i) => i.target));
  });

  it('the head cannot sign before agreement (CONTRACT_NOT_AGREED)', async () => {
    expect((await kadinkes.post(`${P}/contracts/${contractId}/sign`, { side: 'opd' })).json().code).toBe(
      'CONTRACT_NOT_AGREED',
    );
  });

  it('the head accepts the counter-offer: agreed, its targets are the indicators’ 2025 targets', async () => {
    const res = await kadinkes.post(`${P}/contracts/${contractId}/accept`, { side: 'opd' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('agreed');
    const after = (await perencana.get(`${P}/opds/${opd('Dinkes')}/indicators?year=2025`)).json()
      .indicators as Indicator[];
    for (const item of bidItems(0.5))
      expect(after.find((i) => i.id === item.indicatorId)?.target).toMatchObject({
        target: item.target,
        quarters: item.quarters,
      });
    expect(await lastAudit('performance_contract.agree')).toMatchObject({
      after: { status: 'agreed', side: 'opd' },
    });
  });

  it('no further offer once agreed (CONTRACT_ALREADY_AGREED)', async () => {
    const res = await pimpinan.post(`${P}/contracts/${contractId}/counter-offers`, { items: bidItems(1) });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONTRACT_ALREADY_AGREED');
  });

  it('only the head the contract names signs for the OPD (CONTRACT_SIGNER_NOT_NAMED)', async () => {
    // The contract naming another head (the Plt of last year), as when the chair changed hands since.
    const [plt] = await t.db.query<{ id: number; name: string }>(
      `SELECT id, name FROM employee WHERE region_id = '35.73' AND nip = '197503092003121004'`,
    );
    const [named] = await t.db.query<{ head: number }>(
      `SELECT head_employee_id AS head FROM performance_contract WHERE region_id = '35.73' AND id = $1`,
      [contractId],
    );
    await t.db.query(
      `UPDATE performance_contract SET head_employee_id = $2, head_name = $3 WHERE region_id = '35.73' AND id = $1`,
      [contractId, plt?.id, plt?.name],
    );
    const head = await auditHead();
    const res = await kadinkes.post(`${P}/contracts/${contractId}/sign`, { side: 'opd' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'CONTRACT_SIGNER_NOT_NAMED',
      title: 'Bukan penanda tangan yang tercantum',
    });
    expect((await kadinkes.post(`${P}/contracts/${contractId}/sign`, { side: 'opd' }, EN)).json().title).toBe(
      'Not the named signatory',
    );
    expect(await auditHead()).toBe(head);
    await t.db.query(
      `UPDATE performance_contract SET head_employee_id = $2, head_name = 'dr. Retno Wulandari, M.Kes.'
        WHERE region_id = '35.73' AND id = $1`,
      [contractId, named?.head],
    );
  });

  it('the planner negotiates for the leadership but does not sign for it', async () => {
    expect(
      (await perencana.post(`${P}/contracts/${contractId}/sign`, { side: 'pimpinan' })).json().code,
    ).toBe('FORBIDDEN_ROLE');
  });

  it('the named head signs, then the pimpinan: signed, each time-stamped and audited', async () => {
    const first = await kadinkes.post(`${P}/contracts/${contractId}/sign`, { side: 'opd' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'agreed', opdSignerName: 'dr. Retno Wulandari, M.Kes.' });
    expect(new Date(first.json().opdSignedAt).getTime()).toBe(t.clock.now().getTime());
    expect((await kadinkes.post(`${P}/contracts/${contractId}/sign`, { side: 'opd' })).json().code).toBe(
      'CONTRACT_ALREADY_SIGNED',
    );
    const second = await pimpinan.post(`${P}/contracts/${contractId}/sign`, { side: 'pimpinan' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().status).toBe('signed');
    expect(second.json().pimpinanSignedAt).not.toBeNull();
    expect(await lastAudit('performance_contract.sign')).toMatchObject({
      after: { side: 'pimpinan', status: 'signed' },
    });
  });

  it('prints the Perjanjian Kinerja and the integrity pact, each verifying publicly as signed', async () => {
    const pk = await petugasDinkes.get(`${P}/contracts/${contractId}/performance-agreement/pdf`);
    expect(pk.statusCode, pk.body).toBe(200);
    expect(pk.headers['content-type']).toBe('application/pdf');
    const pdf = new Uint8Array(pk.rawPayload);
    if (process.env.BALAI_PDF_OUT) fs.writeFileSync(`${process.env.BALAI_PDF_OUT}/pk.pdf`, pdf);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('PERJANJIAN KINERJA TAHUN 2025');
    expect(text).toContain('DINAS KESEHATAN');
    expect(text).toContain('dr. Retno Wulandari, M.Kes.');
    expect(text).toContain('Wali Kota Malang');
    expect(text).toContain(dinkesIndicators[0]?.name as string);
    const pact = await kadinkes.get(`${P}/contracts/${contractId}/integrity-pact/pdf`);
    expect(pact.statusCode).toBe(200);
    if (process.env.BALAI_PDF_OUT) fs.writeFileSync(`${process.env.BALAI_PDF_OUT}/pact.pdf`, pact.rawPayload);
    expect(pdfText(new Uint8Array(pact.rawPayload))).toContain('PAKTA INTEGRITAS');
    for (const [kind, title] of [
      ['performance_agreement', 'PERJANJIAN KINERJA'],
      ['integrity_pact', 'PAKTA INTEGRITAS'],
    ] as const) {
      const code = verificationCode(t.secrets.document, DOCUMENTS.kind(kind), '35.73', contractId);
      const verified = (await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` })).json();
      expect(verified).toMatchObject({
        genuine: true,
        current: true,
        title,
        status: 'signed',
        [kind]: { year: 2025, opd: 'Dinas Kesehatan', head: 'dr. Retno Wulandari, M.Kes.' },
      });
    }
  });

  it('another region’s people get no document of it', async () => {
    const res = await kadinkesBangka.get(`${P}/contracts/${contractId}/performance-agreement/pdf`);
    expect([403, 404]).toContain(res.statusCode);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('the round lists Dinkes signed; an OPD’s officer sees their own OPD only', async () => {
    const round = (await pimpinan.get(`${P}/contract-rounds/2025`)).json();
    expect(round.opds.find((o: { shortName: string }) => o.shortName === 'Dinkes').contract.status).toBe(
      'signed',
    );
    expect(round.opds.length).toBeGreaterThan(5);
    const own = (await petugasDinkes.get(`${P}/contract-rounds/2025`)).json();
    expect(own.opds.map((o: { shortName: string }) => o.shortName)).toEqual(['Dinkes']);
    const detail = (await petugasDinkes.get(`${P}/contracts/${contractId}`)).json();
    expect(detail.offers).toHaveLength(2);
  });
});

describe('OPD tenancy', () => {
  it('a head bids for their own OPD only (OPD_FORBIDDEN), nothing written', async () => {
    const head = await auditHead();
    const res = await kadinkes.post(`${P}/contract-rounds/2025/opds/${opd('Bapenda')}/bids`, {
      items: bidItems(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OPD_FORBIDDEN');
    expect(await auditHead()).toBe(head);
  });

  it('a head of another region cannot reach this one', async () => {
    const res = await kadinkesBangka.post(`${P}/contract-rounds/2025/opds/${opd('Dinkes')}/bids`, {
      items: bidItems(),
    });
    expect([403, 404]).toContain(res.statusCode);
  });

  it('an OPD’s officer reads no other OPD’s contract', async () => {
    const round = (await perencana.get(`${P}/contract-rounds/2025`)).json();
    const dinkes = round.opds.find((o: { shortName: string }) => o.shortName === 'Dinkes').contract.id;
    expect(
      (await kadinkesBangka.get(`${R}/performance/contracts/${dinkes}`)).statusCode,
    ).toBeGreaterThanOrEqual(403);
  });
});

describe('bad input: problem+json in both languages, nothing written', () => {
  beforeAll(async () => {
    await perencana.post(`${P}/contract-rounds`, { year: 2026 });
  });

  async function refused(items: unknown, status: number, code: string, title: { id: string; en: string }) {
    const head = await auditHead();
    const url = `${P}/contract-rounds/2026/opds/${opd('Dinkes')}/bids`;
    const res = await kadinkes.post(url, { items });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code, title: title.id });
    expect((await kadinkes.post(url, { items }, EN)).json()).toMatchObject({ code, title: title.en });
    expect(await auditHead()).toBe(head);
    const round = (await perencana.get(`${P}/contract-rounds/2026`)).json();
    expect(round.opds.find((o: { shortName: string }) => o.shortName === 'Dinkes').contract).toBeNull();
  }

  it('weights adding up to 90 (CONTRACT_WEIGHTS_NOT_100)', () =>
    refused(
      bidItems().map((i, k) => (k === 0 ? { ...i, weight: i.weight - 10 } : i)),
      422,
      'CONTRACT_WEIGHTS_NOT_100',
      { id: 'Bobot kontrak harus berjumlah 100%', en: 'Contract weights must add up to 100%' },
    ));

  it('an item without a baseline (INDICATOR_BASELINE_REQUIRED)', () =>
    refused(
      bidItems().map((i, k) => (k === 0 ? { ...i, baseline: null } : i)),
      422,
      'INDICATOR_BASELINE_REQUIRED',
      { id: 'Target tanpa titik nol', en: 'Target without a baseline' },
    ));

  it('a Tw4 that is not the year’s target (INDICATOR_QUARTERS_INVALID)', () =>
    refused(
      bidItems().map((i, k) => (k === 0 ? { ...i, quarters: [0, 0, 0, 0] } : i)),
      422,
      'INDICATOR_QUARTERS_INVALID',
      { id: 'Target triwulan tidak sesuai', en: 'Quarterly targets do not fit' },
    ));

  it('another OPD’s indicator (CONTRACT_ITEM_NOT_OPD)', async () => {
    const bapenda = (await perencana.get(`${P}/opds/${opd('Bapenda')}/indicators?year=2025`)).json()
      .indicators[0];
    await refused(
      bidItems().map((i, k) => (k === 0 ? { ...i, indicatorId: bapenda.id } : i)),
      422,
      'CONTRACT_ITEM_NOT_OPD',
      { id: 'Indikator bukan milik perangkat daerah ini', en: 'Indicator not this agency’s' },
    );
  });

  it('a budget in fractions of a rupiah (schema)', async () => {
    const res = await kadinkes.post(`${P}/contract-rounds/2026/opds/${opd('Dinkes')}/bids`, {
      items: bidItems().map((i) => ({ ...i, budget: 10.5 })),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('a bid in a year without a round (CONTRACT_ROUND_NOT_FOUND)', async () => {
    const res = await kadinkes.post(`${P}/contract-rounds/2031/opds/${opd('Dinkes')}/bids`, {
      items: bidItems(),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('CONTRACT_ROUND_NOT_FOUND');
  });
});
