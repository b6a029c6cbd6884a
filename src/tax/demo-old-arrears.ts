import type { Database } from '../db/database';
import { addMonthsClamped, lastDayOfMonth, monthOf, nextMonth } from '../platform/calendar';
import { localDate, localInstant } from '../platform/clock';
import { findRegion } from '../platform/regions';
import { applyRate } from '../platform/rounding';
import type { Actor } from '../platform/users';
import { seasonOf } from './demo-data';
import { type BulkFiling, demoRateOn, fileInBulk } from './demo-earlier-masa';
import { taxPolicyOn } from './policy';
import { addTaxObject } from './registry/add-tax-object';
import { closeTaxObject } from './registry/close-tax-object';
import { decideRegistration } from './registry/decide-registration';
import { type NewTaxpayer, registerTaxpayer } from './registry/register-taxpayer';
import { dueDateFor } from './rules/tax-period';

/**
 * The demo's old debts: businesses that closed years ago leaving their last masa filed and unpaid, as every Bapenda's
 * books hold them (the owner gone, no contact left), so that the arrears by age have debts of 1–2 years and of more
 * than 2, and the write-off list a debt past the collection time limit (5 years). Each masa is counted back from the
 * month of the demo's today, so the ages hold whatever day the demo is seeded; the businesses are not among the demo's
 * trading ones (demo-data.ts), whose months the tax history and the earlier months in bulk file.
 */
interface OldDebtor {
  owner: Omit<NewTaxpayer, 'phone' | 'email'>;
  object: { taxCode: string; name: string; villageCode: string; address: string; openedOn: string };
  /** Typical monthly receipts (omzet) while it traded, in rupiah. */
  gross: number;
  /** The masa it filed and never paid, in months before the month of today; it closed at the end of the last. */
  unpaid: readonly number[];
}

const OLD_DEBTORS: Record<string, readonly OldDebtor[]> = {
  '35.73': [
    {
      // Past the collection time limit: its two bills are proposed for write-off.
      owner: {
        kind: 'person',
        nik: '3573041507720003',
        npwp: null,
        name: 'Hartono Wijaya',
        address: 'Jl. S. Supriadi No. 45, Sukun',
        villageCode: '35.73.04.1005',
      },
      object: {
        taxCode: 'pbjt_makanan_minuman',
        name: 'Rumah Makan Sari Rasa',
        villageCode: '35.73.04.1005',
        address: 'Jl. S. Supriadi No. 45',
        openedOn: '2013-03-01',
      },
      gross: 36_000_000,
      unpaid: [70, 69],
    },
    {
      // More than 2 years late.
      owner: {
        kind: 'entity',
        nik: null,
        npwp: '018765432623000',
        name: 'CV Melati Gajayana',
        address: 'Jl. Gajayana No. 12, Ketawanggede',
        villageCode: '35.73.05.1006',
      },
      object: {
        taxCode: 'pbjt_perhotelan',
        name: 'Hotel Melati Gajayana',
        villageCode: '35.73.05.1006',
        address: 'Jl. Gajayana No. 12',
        openedOn: '2011-07-01',
      },
      gross: 64_000_000,
      unpaid: [31, 30],
    },
    {
      // 1–2 years late.
      owner: {
        kind: 'person',
        nik: '3573052309850002',
        npwp: null,
        name: 'Yudi Prasetyo',
        address: 'Jl. Soekarno-Hatta No. 9, Mojolangu',
        villageCode: '35.73.05.1009',
      },
      object: {
        taxCode: 'pbjt_kesenian_hiburan',
        name: 'Futsal Arena Suhat',
        villageCode: '35.73.05.1009',
        address: 'Jl. Soekarno-Hatta No. 9',
        openedOn: '2019-08-01',
      },
      gross: 82_000_000,
      unpaid: [17, 16],
    },
  ],
  '19.01': [
    {
      owner: {
        kind: 'person',
        nik: '1901010311680001',
        npwp: null,
        name: 'Akhmad Sobri',
        address: 'Jl. Pantai Rebo No. 3, Rebo',
        villageCode: '19.01.01.2007',
      },
      object: {
        taxCode: 'pbjt_makanan_minuman',
        name: 'Rumah Makan Pantai Rebo',
        villageCode: '19.01.01.2007',
        address: 'Jl. Pantai Rebo No. 3',
        openedOn: '2012-05-01',
      },
      gross: 26_000_000,
      unpaid: [67],
    },
    {
      owner: {
        kind: 'person',
        nik: '1901012002700004',
        npwp: null,
        name: 'Liem Kiong Hwa',
        address: 'Jl. Batin Tikal No. 18, Sinar Baru',
        villageCode: '19.01.01.1004',
      },
      object: {
        taxCode: 'pbjt_perhotelan',
        name: 'Losmen Sinar Baru',
        villageCode: '19.01.01.1004',
        address: 'Jl. Batin Tikal No. 18',
        openedOn: '2010-04-01',
      },
      gross: 42_000_000,
      unpaid: [30, 29],
    },
    {
      owner: {
        kind: 'person',
        nik: '1901024508790002',
        npwp: null,
        name: 'Suryani',
        address: 'Jl. Pelabuhan No. 7, Air Asam',
        villageCode: '19.01.02.1010',
      },
      object: {
        taxCode: 'pbjt_makanan_minuman',
        name: 'Pondok Seafood Air Asam',
        villageCode: '19.01.02.1010',
        address: 'Jl. Pelabuhan No. 7',
        openedOn: '2020-02-01',
      },
      gross: 30_000_000,
      unpaid: [16, 15],
    },
  ],
};

const SEED_ACTOR: Actor = { userId: null, label: 'demo-seed' };
const OFFICER: Actor = { userId: null, label: 'demo-seed (petugas)' };

/** An old debt the demo left unpaid: its bill, whose it is and when it fell due. */
export interface OldDebt {
  billId: number;
  taxpayerId: number;
  dueDate: string;
}

/**
 * Registers each region's old debtors as they were (registered and verified when they opened, their object closed
 * after their last masa, found closed by an officer three months on), files those masa as verified SPTPD with their
 * bills (at the first rate the demo records where the masa is older: demo-earlier-masa.ts) and leaves them unpaid.
 * Deterministic: the same day gives the same debts. Returns the bills, oldest due first.
 */
export async function seedDemoOldArrears(db: Database, now: Date, regionId: string): Promise<OldDebt[]> {
  const region = await findRegion(db, regionId);
  const debtors = OLD_DEBTORS[regionId];
  if (!region || !debtors) return [];
  const today = localDate(now, region.timeZone);
  const onDay = (day: string, hour: string) => localInstant(day, hour, region.timeZone);
  const filings: BulkFiling[] = [];
  for (const d of debtors) {
    const taxpayer = await registerTaxpayer(
      db,
      onDay(d.object.openedOn, '09:00'),
      SEED_ACTOR,
      regionId,
      { ...d.owner, phone: null, email: null },
      { kind: 'staff' },
    );
    await decideRegistration(db, onDay(d.object.openedOn, '10:00'), OFFICER, regionId, taxpayer.id, {
      decision: 'verify',
    });
    const object = await addTaxObject(
      db,
      onDay(d.object.openedOn, '11:00'),
      SEED_ACTOR,
      regionId,
      taxpayer.id,
      { ...d.object, category: 'umum', details: {} },
      { kind: 'staff' },
    );
    const periods = d.unpaid.map((back) => monthOf(addMonthsClamped(`${monthOf(today)}-01`, -back)));
    for (const period of periods) {
      const rate = await demoRateOn(db, regionId, d.object.taxCode, 'umum', period);
      if (!rate) continue;
      const policy = await taxPolicyOn(db, regionId, `${period}-01`);
      const gross = Math.round((d.gross * seasonOf(Number(period.slice(5)))) / 1000) * 1000;
      filings.push({
        objectId: object.id,
        taxpayerId: taxpayer.id,
        taxCode: d.object.taxCode,
        period,
        gross,
        ratePpm: rate.ratePpm,
        tax: applyRate(gross, rate.ratePpm, policy.policy.rounding),
        opsen: 0,
        dueDate: dueDateFor(period, policy.policy.returnDue),
        fileOn: `${nextMonth(period)}-05`,
        policy,
      });
    }
    const closedOn = lastDayOfMonth(periods.at(-1) as string);
    await closeTaxObject(
      db,
      onDay(addMonthsClamped(closedOn, 3), '10:00'),
      OFFICER,
      regionId,
      taxpayer.id,
      object.id,
      closedOn,
    );
  }
  const bills = await fileInBulk(db, regionId, region.timeZone, filings);
  return filings
    .map((f, i) => ({
      billId: (bills[i] as { id: number }).id,
      taxpayerId: f.taxpayerId,
      dueDate: f.dueDate,
    }))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.billId - b.billId));
}
