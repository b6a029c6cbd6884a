import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBillingCode } from '../src/receivables/rules/billing-code';
import { Bank, openBill } from './support/bank';
import { pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14, the taxpayer's side: a paid bill shows what was paid split into principal and interest, as its SSPD and
 * the ledger do; an unpaid one what it costs today; the taxpayer's home (masa not filed, next deadline), how to pay a
 * bill, the region's Bapenda contact, the NPWPD card. The clock stands at 11 March 2025, 10:00 WIB.
 */

let t: TestApp;
let wp: Agent;
let officer: Agent;
let admin: Agent;
const late = { id: 0, billingCode: '' };
const overdue = { id: 0, billingCode: '' };
const theirs = { id: 0 };
const flat = (text: string) => text.replace(/\s+/g, ' ');
const R = '/api/v1/regions/35.73';

beforeAll(async () => {
  t = await startTestApp();
  wp = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
  admin = await signedIn(t.app, 'admin@malang.demo');
  // Two bills of wp's, both past due (31 December 2024): one paid today with its interest, one left open.
  Object.assign(
    late,
    await openBill(t.db, { principal: 3_175_000, dueDate: '2024-12-31', ownerEmail: 'wp@malang.demo' }),
  );
  Object.assign(
    overdue,
    await openBill(t.db, {
      principal: 1_000_000,
      dueDate: '2024-12-31',
      period: '2024-11',
      ownerEmail: 'wp@malang.demo',
    }),
  );
  theirs.id = (await openBill(t.db, { principal: 500_000, dueDate: '2025-03-31' })).id;
  const due = (await wp.get(`${R}/bills/${late.id}`)).json().amountDue;
  expect(due.penalty).toBeGreaterThan(0);
  const jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  const res = await jatim.post('payment', {
    billingCode: late.billingCode,
    amount: due.total,
    bankReference: 'JTM-HOME-1',
    paidAt: '2025-03-11T09:30:00+07:00',
  });
  expect(res.json().responseCode).toBe('00');
});
afterAll(() => t.close());

describe('a paid bill shows what was paid, principal and interest, as its SSPD and the ledger say', () => {
  it('the bill answers its payment split into principal and interest, equal to the SSPD’s payment', async () => {
    const bill = (await wp.get(`${R}/bills/${late.id}`)).json();
    const [payment] = (await wp.get(`${R}/payments?billId=${late.id}`)).json().items;
    expect(bill.status).toBe('paid');
    expect(bill.paid).toMatchObject({
      principal: payment.principal,
      interest: payment.penalty,
      total: payment.amount,
    });
    expect(bill.paid.principal).toBe(3_175_000);
    expect(bill.paid.interest).toBeGreaterThan(0);
    // The ledger: what the receivable was credited with is the total paid.
    const [ledger] = await t.db.query<{ credited: number }>(
      `SELECT sum(l.credit)::int8 AS credited FROM journal_line l JOIN journal j ON j.region_id = l.region_id AND j.id = l.journal_id
       WHERE l.region_id = '35.73' AND l.bill_id = $1 AND l.account = 'piutang' AND j.kind = 'payment'`,
      [late.id],
    );
    expect(ledger?.credited).toBe(bill.paid.total);
  });

  it('an open bill has nothing paid yet', async () => {
    expect((await wp.get(`${R}/bills/${overdue.id}`)).json().paid).toBeNull();
  });

  it('the paid bill’s PDF prints the interest paid and the total received, and nothing left to pay', async () => {
    const bill = (await wp.get(`${R}/bills/${late.id}`)).json();
    const pdf = await wp.get(`${R}/bills/${late.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = flat(pdfText(pdf.rawPayload));
    const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
    expect(text).toContain('LUNAS');
    expect(text).toContain(`Sanksi administratif berupa bunga (dibayar) ${rp(bill.paid.interest)}`);
    expect(text).toContain(`Pembayaran yang telah diterima (${rp(bill.paid.total)})`);
    expect(text).toContain('Sisa yang harus dibayar Rp 0');
    expect(text).toContain(`Pokok pajak dibayar : ${rp(3_175_000)}`);
    expect(text).toContain(`Sanksi bunga dibayar : ${rp(bill.paid.interest)}`);
    expect(text).toContain(`Jumlah dibayar : ${rp(bill.paid.total)}`);
    expect(text).toContain('Tanggal pelunasan : 11 Maret 2025');
  });

  it('an unpaid overdue bill’s PDF states the amount due today with interest, says the due date passed, and labels its two QR codes', async () => {
    const due = (await wp.get(`${R}/bills/${overdue.id}`)).json().amountDue;
    const text = flat(pdfText((await wp.get(`${R}/bills/${overdue.id}/pdf`)).rawPayload));
    const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
    expect(due.penalty).toBeGreaterThan(0);
    expect(text).toContain(`Jatuh tempo 31 Desember 2024 telah lewat`);
    expect(text).toContain(
      `per 11 Maret 2025 adalah ${rp(due.total)}, termasuk sanksi bunga ${rp(due.penalty)}`,
    );
    expect(text).toContain(`Jumlah yang harus dibayar ${rp(due.total)}`);
    expect(text).toContain('KODE QR PEMBAYARAN');
    expect(text).toContain('Verifikasi keaslian dokumen');
    expect(text).toContain(formatBillingCode(overdue.billingCode));
  });
});

describe('the taxpayer’s home', () => {
  it('lists per object the masa not yet filed with their due dates, and the next deadline', async () => {
    const home = (await wp.get(`${R}/taxpayer-home`)).json();
    expect(home.today).toBe('2025-03-11');
    const objects = home.taxpayers.flatMap((tp: { objects: unknown[] }) => tp.objects);
    expect(objects.length).toBeGreaterThan(0);
    for (const o of objects) {
      for (const m of o.unfiled) {
        expect(m.period < '2025-03').toBe(true);
        expect(m.overdue).toBe(m.dueDate < '2025-03-11');
      }
    }
    expect(home.nextDeadline.dueDate >= '2025-03-11').toBe(true);
    const owner = objects.find((o: { id: number }) => o.id === home.nextDeadline.objectId);
    expect(owner.nextDeadline.dueDate).toBe(home.nextDeadline.dueDate);
  });

  it('a masa filed is not listed as unfiled', async () => {
    const home = (await wp.get(`${R}/taxpayer-home`)).json();
    const filed = await t.db.query<{ objectId: number; period: string }>(
      `SELECT r.object_id AS "objectId", r.period FROM tax_return r JOIN taxpayer tp ON tp.region_id = r.region_id AND tp.id = r.taxpayer_id
       JOIN app_user u ON u.id = tp.user_id WHERE r.region_id = '35.73' AND u.email = 'wp@malang.demo' AND r.status <> 'draft'`,
    );
    expect(filed.length).toBeGreaterThan(0);
    for (const f of filed) {
      const o = home.taxpayers
        .flatMap((tp: { objects: { id: number }[] }) => tp.objects)
        .find((x: { id: number }) => x.id === f.objectId);
      expect(o?.unfiled.map((m: { period: string }) => m.period) ?? []).not.toContain(f.period);
    }
  });

  it('is a taxpayer’s: staff are refused, and another region answers as if not hosted', async () => {
    expect((await officer.get(`${R}/taxpayer-home`)).statusCode).toBe(403);
    expect((await wp.get('/api/v1/regions/19.01/taxpayer-home')).statusCode).toBe(404);
  });
});

describe('how to pay a bill', () => {
  it('names the region’s banks and QRIS for the taxpayer’s own bill, with its kode bayar', async () => {
    const how = (await wp.get(`${R}/bills/${overdue.id}/how-to-pay`)).json();
    expect(how.billingCode).toBe(overdue.billingCode);
    expect(how.billingCodeDisplay).toBe(formatBillingCode(overdue.billingCode));
    const names = how.channels.map((c: { name: string }) => c.name);
    expect(names).toContain('Bank Jatim');
    expect(names).not.toContain('Bank Sumsel Babel');
    expect(how.channels.find((c: { name: string }) => c.name === 'Bank Jatim').kind).toBe('va');
    expect(how.channels.some((c: { kind: string }) => c.kind === 'qris')).toBe(true);
  });

  it('another taxpayer’s bill is not found', async () => {
    expect((await wp.get(`${R}/bills/${theirs.id}/how-to-pay`)).statusCode).toBe(404);
  });
});

describe('the region’s Bapenda contact', () => {
  it('every role in the region reads its office and opening hours; each region its own', async () => {
    const malang = (await wp.get(`${R}/contact`)).json().contact;
    expect(malang.address).toBe('Perkantoran Terpadu Gedung B Lt. 1, Jl. Mayjen Sungkono, Malang');
    expect(malang.openingHours).toContain('Senin');
    const bangkaAdmin = await signedIn(t.app, 'admin@bangka.demo');
    const bangka = (await bangkaAdmin.get('/api/v1/regions/19.01/contact')).json().contact;
    expect(bangka.officeName).toContain('Bangka');
    expect((await bangkaAdmin.get(`${R}/contact`)).statusCode).toBe(404);
  });

  it('only the region’s administrator changes it, and the change is audited', async () => {
    const body = {
      officeName: 'Badan Pendapatan Daerah Kota Malang',
      address: 'Perkantoran Terpadu Gedung B Lt. 1, Jl. Mayjen Sungkono, Malang',
      phone: '(0341) 000000',
      email: 'layanan@malang.demo',
      whatsapp: null,
      openingHours: 'Senin-Jumat 08.00-15.00 WIB',
    };
    expect((await wp.put(`${R}/contact`, body)).statusCode).toBe(403);
    expect((await officer.put(`${R}/contact`, body)).statusCode).toBe(403);
    expect((await admin.put(`${R}/contact`, { ...body, address: '' })).statusCode).toBe(400);
    const saved = await admin.put(`${R}/contact`, body);
    expect(saved.statusCode).toBe(200);
    expect((await wp.get(`${R}/contact`)).json().contact.phone).toBe('(0341) 000000');
    const audit = (await admin.get(`${R}/audit?action=region.contact`)).json();
    expect(JSON.stringify(audit)).toContain('(0341) 000000');
  });
});

describe('the NPWPD card', () => {
  it('the taxpayer prints their card with their NPWPD, name and a verification code of kind npwpd', async () => {
    const [mine] = await t.db.query<{ id: number; npwpd: string; name: string }>(
      `SELECT tp.id, tp.npwpd, tp.name FROM taxpayer tp JOIN app_user u ON u.id = tp.user_id
       WHERE tp.region_id = '35.73' AND u.email = 'wp@malang.demo' AND tp.npwpd IS NOT NULL ORDER BY tp.id LIMIT 1`,
    );
    if (!mine) throw new Error('the demo taxpayer has an NPWPD');
    const pdf = await wp.get(`${R}/taxpayers/${mine.id}/npwpd-card`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = flat(pdfText(pdf.rawPayload));
    expect(text).toContain('KARTU NPWPD');
    expect(text).toContain(mine.npwpd);
    expect(text).toContain(mine.name);
    const code = /\/verify\/(N[0-9A-Z-]+)/.exec(text)?.[1];
    expect(code).toBeDefined();
    const verified = (await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` })).json();
    expect(verified).toMatchObject({ genuine: true, kind: 'npwpd', current: true, reference: mine.npwpd });
  });

  it('another taxpayer’s card is not found', async () => {
    const [other] = await t.db.query<{ id: number }>(
      `SELECT tp.id FROM taxpayer tp LEFT JOIN app_user u ON u.id = tp.user_id
       WHERE tp.region_id = '35.73' AND tp.npwpd IS NOT NULL AND (u.email IS NULL OR u.email <> 'wp@malang.demo') LIMIT 1`,
    );
    expect((await wp.get(`${R}/taxpayers/${other?.id}/npwpd-card`)).statusCode).toBe(404);
  });
});
