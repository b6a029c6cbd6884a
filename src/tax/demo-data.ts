import type { Database } from '../db/database';
import type { DemoTeller } from '../platform/area';
import { addDays, addMonthsClamped, compareDates, lastDayOfMonth, monthOf } from '../platform/calendar';
import { localDate, localInstant, type TimeZone } from '../platform/clock';
import { findRegion } from '../platform/regions';
import type { Actor } from '../platform/users';
import { assessOfficialTax, type OfficialBasis } from './assessments/assess-official-tax';
import { issueLateFilingStpd } from './assessments/issue-stpd';
import { taxPolicyOn } from './policy';
import { addTaxObject } from './registry/add-tax-object';
import { decideRegistration } from './registry/decide-registration';
import { type NewTaxpayer, registerTaxpayer } from './registry/register-taxpayer';
import { fileReturn } from './returns/file-return';
import { reviewReturn } from './returns/review-return';
import { dueDateFor } from './rules/tax-period';

/**
 * The shop window: taxpayers of Kota Malang and Kabupaten Bangka in real kelurahan, with restaurants, hotels,
 * parking, entertainment, billboards and a well, filing and paying month by month up to today — most on time,
 * some late, a few in arrears, one who stopped filing. Businesses and people are invented; places are real.
 * Deterministic: the same day gives the same data.
 */
type Habit = 'prompt' | 'late' | 'arrears' | 'stopped';

export interface DemoBusiness {
  owner: {
    name: string;
    kind: 'person' | 'entity';
    villageCode: string;
    address: string;
    userEmail?: string;
  };
  object: {
    taxCode: string;
    category?: string;
    name: string;
    villageCode: string;
    address: string;
    openedOn: string;
  };
  /** Typical monthly receipts (omzet), in rupiah; an official tax gives its basis instead. */
  gross?: number;
  basis?: OfficialBasis;
  habit: Habit;
  /**
   * A fall of the declared base (issue 14's review queue, issue 15's compliance list): the last `masa` masa declare
   * `share` of the usual receipts. With `waitsForReview` they wait in the review queue, where an officer sees them
   * flagged beside the earlier months; otherwise an officer verified them (each return was in order on its own), and
   * only the compliance list, which reads the object's history, shows the fall to check.
   */
  fall?: { share: number; masa: number; waitsForReview: boolean };
  /**
   * Masa filed after their due date (issue 15's compliance list), each so many days late and paid when filed, with the
   * interest of the days since the due date, and the region's late-filing fine (an STPD) where its Perda sets one.
   * `monthsAgo`: 3 is the masa three months before the current one.
   */
  lateFilings?: { monthsAgo: number; daysLate: number }[];
  /** Masa a business that usually files forgot to file (`monthsAgo` as above): one missing month among filed ones. */
  missed?: number[];
}

const MALANG: DemoBusiness[] = [
  {
    owner: {
      name: 'Tini Rahayu',
      kind: 'person',
      villageCode: '35.73.02.1007',
      address: 'Jl. Kawi No. 24, Kauman',
      userEmail: 'wp@malang.demo',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Warung Bu Tini',
      villageCode: '35.73.02.1007',
      address: 'Jl. Kawi No. 24',
      openedOn: '2019-04-01',
    },
    gross: 42_000_000,
    habit: 'late',
  },
  {
    owner: {
      name: 'Sulaiman Hadi',
      kind: 'person',
      villageCode: '35.73.05.1004',
      address: 'Jl. MT Haryono No. 118, Dinoyo',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Bakso Cak Man',
      villageCode: '35.73.05.1004',
      address: 'Jl. MT Haryono No. 118',
      openedOn: '2016-02-01',
    },
    gross: 96_000_000,
    habit: 'prompt',
    lateFilings: [{ monthsAgo: 3, daysLate: 2 }],
  },
  {
    owner: {
      name: 'CV Rawon Kalpataru',
      kind: 'entity',
      villageCode: '35.73.05.1011',
      address: 'Jl. Kalpataru No. 7, Lowokwaru',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Depot Rawon Kalpataru',
      villageCode: '35.73.05.1011',
      address: 'Jl. Kalpataru No. 7',
      openedOn: '2014-08-01',
    },
    gross: 135_000_000,
    habit: 'prompt',
    missed: [2],
  },
  {
    owner: {
      name: 'Dewi Anggraini',
      kind: 'person',
      villageCode: '35.73.03.1008',
      address: 'Jl. Danau Toba E5, Sawojajar',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Kedai Kopi Sawojajar',
      villageCode: '35.73.03.1008',
      address: 'Jl. Danau Toba E5',
      openedOn: '2022-10-01',
    },
    gross: 28_000_000,
    habit: 'arrears',
    fall: { share: 0.3, masa: 2, waitsForReview: true },
  },
  {
    owner: {
      name: 'PT Ijen Boga Nusantara',
      kind: 'entity',
      villageCode: '35.73.02.1008',
      address: 'Jl. Ijen No. 31, Oro-oro Dowo',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Restoran Ijen Heritage',
      villageCode: '35.73.02.1008',
      address: 'Jl. Ijen No. 31',
      openedOn: '2018-01-15',
    },
    gross: 310_000_000,
    habit: 'prompt',
  },
  {
    owner: {
      name: 'Ahmad Fauzi',
      kind: 'person',
      villageCode: '35.73.04.1005',
      address: 'Jl. S. Supriadi No. 60, Sukun',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Lalapan Cak Fauzi',
      villageCode: '35.73.04.1005',
      address: 'Jl. S. Supriadi No. 60',
      openedOn: '2021-03-01',
    },
    gross: 19_500_000,
    habit: 'stopped',
  },
  {
    owner: {
      name: 'PT Kayutangan Hospitality',
      kind: 'entity',
      villageCode: '35.73.02.1001',
      address: 'Jl. Basuki Rahmat No. 88, Klojen',
    },
    object: {
      taxCode: 'pbjt_perhotelan',
      name: 'Hotel Kayutangan Asri',
      villageCode: '35.73.02.1001',
      address: 'Jl. Basuki Rahmat No. 88',
      openedOn: '2015-06-01',
    },
    gross: 640_000_000,
    habit: 'prompt',
  },
  {
    owner: {
      name: 'PT Tugu Kencana',
      kind: 'entity',
      villageCode: '35.73.02.1002',
      address: 'Jl. Tugu No. 3, Rampalcelaket',
    },
    object: {
      taxCode: 'pbjt_perhotelan',
      name: 'Hotel Tugu Kencana',
      villageCode: '35.73.02.1002',
      address: 'Jl. Tugu No. 3',
      openedOn: '2012-09-01',
    },
    gross: 910_000_000,
    habit: 'late',
    lateFilings: [
      { monthsAgo: 5, daysLate: 9 },
      { monthsAgo: 3, daysLate: 16 },
    ],
  },
  {
    owner: {
      name: 'Bambang Sutrisno',
      kind: 'person',
      villageCode: '35.73.05.1005',
      address: 'Jl. Sumbersari Gg. 2 No. 14',
    },
    object: {
      taxCode: 'pbjt_perhotelan',
      name: 'Guest House Sumbersari',
      villageCode: '35.73.05.1005',
      address: 'Jl. Sumbersari Gg. 2 No. 14',
      openedOn: '2020-01-01',
    },
    gross: 48_000_000,
    habit: 'arrears',
  },
  {
    owner: {
      name: 'CV Parkir Kayutangan',
      kind: 'entity',
      villageCode: '35.73.02.1006',
      address: 'Jl. Kahuripan No. 9, Kasin',
    },
    object: {
      taxCode: 'pbjt_parkir',
      name: 'Parkir Alun-alun Merdeka',
      villageCode: '35.73.02.1004',
      address: 'Jl. Merdeka Selatan',
      openedOn: '2017-05-01',
    },
    gross: 58_000_000,
    habit: 'prompt',
    fall: { share: 0.3, masa: 2, waitsForReview: false },
  },
  {
    owner: {
      name: 'PT Bioskop Dieng Sinema',
      kind: 'entity',
      villageCode: '35.73.04.1009',
      address: 'Jl. Raya Dieng No. 40, Karangbesuki',
    },
    object: {
      taxCode: 'pbjt_kesenian_hiburan',
      name: 'Dieng Sinema',
      villageCode: '35.73.04.1009',
      address: 'Jl. Raya Dieng No. 40',
      openedOn: '2019-11-01',
    },
    gross: 220_000_000,
    habit: 'prompt',
  },
  {
    owner: {
      name: 'PT Nada Gembira Malang',
      kind: 'entity',
      villageCode: '35.73.01.1005',
      address: 'Jl. Borobudur No. 21, Blimbing',
    },
    object: {
      taxCode: 'pbjt_kesenian_hiburan',
      category: 'khusus',
      name: 'Karaoke Nada Gembira',
      villageCode: '35.73.01.1005',
      address: 'Jl. Borobudur No. 21',
      openedOn: '2018-07-01',
    },
    gross: 175_000_000,
    habit: 'late',
    lateFilings: [{ monthsAgo: 4, daysLate: 4 }],
  },
  {
    owner: {
      name: 'PT Media Reklame Arema',
      kind: 'entity',
      villageCode: '35.73.01.1002',
      address: 'Jl. Raden Intan No. 5, Arjosari',
    },
    object: {
      taxCode: 'reklame',
      name: 'Billboard Simpang Arjosari',
      villageCode: '35.73.01.1002',
      address: 'Simpang Jl. Raden Intan',
      openedOn: '2023-01-01',
    },
    basis: {
      kind: 'reklame',
      reklameType: 'billboard',
      locationClass: 'A',
      periodUnit: 'year',
      units: 1,
      widthCm: 800,
      heightCm: 400,
      faces: 2,
      quantity: 1,
    },
    habit: 'prompt',
  },
  {
    owner: {
      name: 'PT Tirta Brantas Laundry',
      kind: 'entity',
      villageCode: '35.73.03.1006',
      address: 'Jl. Ki Ageng Gribig No. 77, Kedungkandang',
    },
    object: {
      taxCode: 'pat',
      name: 'Sumur Bor Laundry Brantas',
      villageCode: '35.73.03.1006',
      address: 'Jl. Ki Ageng Gribig No. 77',
      openedOn: '2020-04-01',
    },
    basis: { kind: 'pat', usage: 'niaga', volumeM3: 640 },
    habit: 'arrears',
  },
];

const BANGKA: DemoBusiness[] = [
  {
    owner: {
      name: 'Suryani',
      kind: 'person',
      villageCode: '19.01.01.1006',
      address: 'Jl. Pantai Parai, Parit Padang',
      userEmail: 'wp@bangka.demo',
    },
    object: {
      taxCode: 'pbjt_perhotelan',
      name: 'Penginapan Pantai Parai',
      villageCode: '19.01.01.1006',
      address: 'Jl. Pantai Parai Tenggiri',
      openedOn: '2017-03-01',
    },
    gross: 85_000_000,
    habit: 'late',
  },
  {
    owner: {
      name: 'Akiong',
      kind: 'person',
      villageCode: '19.01.01.1001',
      address: 'Jl. Jenderal Sudirman No. 12, Sungailiat',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Rumah Makan Mie Koba Akiong',
      villageCode: '19.01.01.1001',
      address: 'Jl. Jenderal Sudirman No. 12',
      openedOn: '2010-05-01',
    },
    gross: 64_000_000,
    habit: 'prompt',
    fall: { share: 0.4, masa: 1, waitsForReview: false },
  },
  {
    owner: {
      name: 'Rusdi Hamzah',
      kind: 'person',
      villageCode: '19.01.01.1002',
      address: 'Jl. Batin Tikal No. 8, Sri Menanti',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Warung Lempah Kuning Pak Rusdi',
      villageCode: '19.01.01.1002',
      address: 'Jl. Batin Tikal No. 8',
      openedOn: '2019-09-01',
    },
    gross: 23_000_000,
    habit: 'arrears',
  },
  {
    owner: {
      name: 'PT Matras Bahari',
      kind: 'entity',
      villageCode: '19.01.01.1009',
      address: 'Jl. Pantai Matras, Matras',
    },
    object: {
      taxCode: 'pbjt_perhotelan',
      name: 'Matras Bay Cottage',
      villageCode: '19.01.01.1009',
      address: 'Jl. Pantai Matras',
      openedOn: '2016-12-01',
    },
    gross: 260_000_000,
    habit: 'prompt',
    lateFilings: [{ monthsAgo: 4, daysLate: 3 }],
    fall: { share: 0.35, masa: 2, waitsForReview: false },
  },
  {
    owner: {
      name: 'CV Belinyu Jaya',
      kind: 'entity',
      villageCode: '19.01.02.1001',
      address: 'Jl. Pahlawan 12, Kuto Panji',
    },
    object: {
      taxCode: 'pbjt_makanan_minuman',
      name: 'Kedai Kopi Kuto Panji',
      villageCode: '19.01.02.1001',
      address: 'Jl. Pahlawan 12',
      openedOn: '2021-06-01',
    },
    gross: 31_000_000,
    habit: 'stopped',
  },
  {
    owner: {
      name: 'Hendra Wijaya',
      kind: 'person',
      villageCode: '19.01.01.1005',
      address: 'Jl. Depati Amir No. 30, Kenanga',
    },
    object: {
      taxCode: 'sarang_walet',
      name: 'Rumah Walet Kenanga',
      villageCode: '19.01.01.1005',
      address: 'Jl. Depati Amir No. 30',
      openedOn: '2018-02-01',
    },
    gross: 40_000_000,
    habit: 'prompt',
    missed: [2],
  },
  {
    owner: {
      name: 'CV Pasir Kudai Jaya',
      kind: 'entity',
      villageCode: '19.01.01.1003',
      address: 'Jl. Laut No. 5, Kudai',
    },
    object: {
      taxCode: 'mblb',
      name: 'Galian Pasir Kudai',
      villageCode: '19.01.01.1003',
      address: 'Jl. Laut, Kudai',
      openedOn: '2019-07-01',
    },
    // Nilai jual of the sand and gravel taken each month; the bill carries the province's opsen on the tax.
    gross: 180_000_000,
    habit: 'late',
    lateFilings: [
      { monthsAgo: 5, daysLate: 6 },
      { monthsAgo: 3, daysLate: 21 },
    ],
  },
];

export const DEMO_BUSINESSES: Record<string, DemoBusiness[]> = { '35.73': MALANG, '19.01': BANGKA };

/** Businesses registered at the counter two days before the demo's today: the officer's registration queue. */
const DEMO_WAITING: Record<string, NewTaxpayer[]> = {
  '35.73': [
    {
      kind: 'person',
      nik: '3573051204880101',
      npwp: null,
      name: 'Agus Setiawan',
      address: 'Jl. MT Haryono Gg. IX No. 3, Dinoyo',
      villageCode: '35.73.05.1004',
      phone: '081233450917',
      email: null,
    },
  ],
  '19.01': [
    {
      kind: 'person',
      nik: '1901012108790101',
      npwp: null,
      name: 'Rudi Hartono',
      address: 'Jl. Jenderal Sudirman No. 45, Parit Padang',
      villageCode: '19.01.01.1006',
      phone: '081373120448',
      email: null,
    },
  ],
};

/** A small deterministic generator (mulberry32), so a demo looks the same every time it is seeded. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const MONTHS_OF_HISTORY = 6;

/** How a month's receipts swing with the season: school holidays and year end are busy in both regions. */
export function seasonOf(month: number): number {
  return [6, 7, 12].includes(month) ? 1.25 : month === 3 || month === 4 ? 0.85 : 1;
}

const SEED_ACTOR: Actor = { userId: null, label: 'demo-seed' };

/** A moment on a day of the region's calendar, for records seeded in the past. */
type OnDay = (day: string, hour: number) => Date;

/**
 * Seeds each hosted region's history up to its own today, on its own clock (WIB, WITA or WIT); the taxpayers pay at
 * `teller` (payments' bank counter, given by the demo's composition: tax does not depend on payments).
 */
export async function seedDemoTaxData(
  db: Database,
  now: Date,
  regionIds: readonly string[],
  teller: DemoTeller,
) {
  for (const regionId of regionIds) {
    const region = await findRegion(db, regionId);
    if (region) await seedRegion(db, regionId, region.timeZone, localDate(now, region.timeZone), teller);
  }
}

async function seedRegion(
  db: Database,
  regionId: string,
  timeZone: TimeZone,
  today: string,
  teller: DemoTeller,
) {
  const onDay: OnDay = (day, hour) => localInstant(day, `${String(hour).padStart(2, '0')}:00`, timeZone);
  const firstMonth = monthOf(addMonthsClamped(`${monthOf(today)}-01`, -MONTHS_OF_HISTORY));
  const registeredOn = `${firstMonth}-01`;
  const rand = random(regionId === '35.73' ? 3573 : 1901);
  for (const [i, b] of (DEMO_BUSINESSES[regionId] ?? []).entries()) {
    const [user] = b.owner.userEmail
      ? await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [b.owner.userEmail])
      : [];
    const viewer = user ? ({ kind: 'taxpayer', userId: user.id } as const) : ({ kind: 'staff' } as const);
    const district = b.owner.villageCode.slice(6, 8);
    const nik = `${regionId.replace('.', '')}${district}${String(100_000 + Math.floor(rand() * 800_000)).slice(0, 6)}${String(i + 1).padStart(4, '0')}`;
    const npwp = `0${String(Math.floor(rand() * 1e14)).padStart(14, '0')}`;
    const taxpayer = await registerTaxpayer(
      db,
      onDay(registeredOn, 9),
      SEED_ACTOR,
      regionId,
      {
        kind: b.owner.kind,
        nik: b.owner.kind === 'person' ? nik : null,
        npwp: b.owner.kind === 'entity' ? npwp : null,
        name: b.owner.name,
        address: b.owner.address,
        villageCode: b.owner.villageCode,
        phone: `08${String(1_100_000_000 + Math.floor(rand() * 800_000_000))}`,
        email: null,
      },
      viewer,
    );
    await decideRegistration(db, onDay(registeredOn, 10), SEED_ACTOR, regionId, taxpayer.id, {
      decision: 'verify',
    });
    const object = await addTaxObject(
      db,
      onDay(registeredOn, 11),
      SEED_ACTOR,
      regionId,
      taxpayer.id,
      { ...b.object, category: b.object.category ?? 'umum', details: {} },
      { kind: 'staff' },
    );
    if (b.basis) {
      await seedAssessment(db, onDay, regionId, taxpayer.id, object.id, b, registeredOn, teller);
      continue;
    }
    await seedReturns(
      db,
      onDay,
      regionId,
      taxpayer.id,
      object.id,
      b,
      firstMonth,
      today,
      viewer,
      rand,
      teller,
    );
  }
  for (const waiting of DEMO_WAITING[regionId] ?? []) {
    await registerTaxpayer(db, onDay(addDays(today, -2), 14), SEED_ACTOR, regionId, waiting, {
      kind: 'staff',
    });
  }
}

async function seedReturns(
  db: Database,
  onDay: OnDay,
  regionId: string,
  taxpayerId: number,
  objectId: number,
  b: DemoBusiness,
  firstMonth: string,
  today: string,
  viewer: { kind: 'staff' } | { kind: 'taxpayer'; userId: number },
  rand: () => number,
  teller: DemoTeller,
) {
  const officer: Actor = { userId: null, label: 'demo-seed (petugas)' };
  for (let m = 0; m < MONTHS_OF_HISTORY; m++) {
    const period = monthOf(addMonthsClamped(`${firstMonth}-01`, m));
    const usualDay = addMonthsClamped(`${period}-0${3 + Math.floor(rand() * 6)}`, 1);
    if (compareDates(usualDay, today) > 0) break;
    if (b.habit === 'stopped' && m >= MONTHS_OF_HISTORY - 3) break;
    const monthsAgo = MONTHS_OF_HISTORY - m;
    const month = Number(period.slice(5));
    const season = seasonOf(month);
    const falls = b.fall !== undefined && m >= MONTHS_OF_HISTORY - b.fall.masa;
    const share = falls ? (b.fall?.share ?? 1) : 1;
    const gross = Math.round(((b.gross ?? 0) * share * season * (0.85 + rand() * 0.3)) / 1000) * 1000;
    // Every draw of the month is made before anything is skipped, so that a business's masa left out or filed late
    // leaves the other months' and the other businesses' figures as they were.
    const drawnReview = rand() < 0.8;
    // A fall waiting for review stays in the queue; one verified was in order on its own (only its history shows it).
    const reviewed = falls ? b.fall?.waitsForReview === false : drawnReview;
    const recent = m >= MONTHS_OF_HISTORY - 4;
    const paysLateBy =
      b.habit === 'arrears' && recent
        ? null
        : b.habit === 'late' && rand() < 0.6
          ? 1 + Math.floor(rand() * 2)
          : 0;
    if (b.missed?.includes(monthsAgo)) continue;
    const late = b.lateFilings?.find((l) => l.monthsAgo === monthsAgo);
    const { policy } = await taxPolicyOn(db, regionId, `${period}-01`);
    const lateDay = late && addDays(dueDateFor(period, policy.returnDue), late.daysLate);
    const fileOn = lateDay && compareDates(lateDay, today) < 0 ? lateDay : usualDay;
    const filed = await fileReturn(db, onDay(fileOn, 10), fileOn, SEED_ACTOR, viewer, {
      regionId,
      taxpayerId,
      objectId,
      period,
      gross,
      lines: [],
      submit: true,
    });
    if (reviewed) {
      await reviewReturn(db, onDay(fileOn, 14), officer, regionId, filed.id, { verdict: 'verify' });
    }
    const [bill] = await db.query<{ id: number; dueDate: string }>(
      'SELECT id, due_date AS "dueDate" FROM bill WHERE region_id = $1 AND return_id = $2',
      [regionId, filed.id],
    );
    if (!bill) continue;
    // Filed late, paid as it is filed: the tax with the interest of the months since its due date.
    const payOn =
      fileOn === lateDay
        ? fileOn
        : paysLateBy === null
          ? null
          : paysLateBy > 0
            ? addMonthsClamped(bill.dueDate, paysLateBy)
            : fileOn;
    if (payOn && compareDates(payOn, today) < 0) await teller(db, regionId, bill.id, payOn);
    if (fileOn === lateDay && policy.lateFilingFine > 0)
      await fineLateFiling(db, onDay, regionId, filed.id, fileOn, today, teller);
  }
}

/**
 * The region's late-filing fine for a return filed late: the STPD an officer issues three days after the filing,
 * paid four days after it (when both days are before today).
 */
async function fineLateFiling(
  db: Database,
  onDay: OnDay,
  regionId: string,
  returnId: number,
  filedOn: string,
  today: string,
  teller: DemoTeller,
) {
  const issueOn = addDays(filedOn, 3);
  if (compareDates(issueOn, today) >= 0) return;
  const region = await findRegion(db, regionId);
  if (!region) return;
  const officer: Actor = { userId: null, label: 'demo-seed (petugas)' };
  const stpd = await issueLateFilingStpd(db, onDay(issueOn, 9), issueOn, officer, {
    regionId,
    timeZone: region.timeZone,
    returnId,
  });
  const payOn = addDays(issueOn, 4);
  if (stpd.billId && compareDates(payOn, today) < 0) await teller(db, regionId, stpd.billId, payOn);
}

async function seedAssessment(
  db: Database,
  onDay: OnDay,
  regionId: string,
  taxpayerId: number,
  objectId: number,
  b: DemoBusiness,
  registeredOn: string,
  teller: DemoTeller,
) {
  const basis = b.basis as OfficialBasis;
  const issued = await assessOfficialTax(db, onDay(registeredOn, 13), registeredOn, SEED_ACTOR, {
    regionId,
    taxpayerId,
    objectId,
    period: basis.kind === 'pat' ? monthOf(addMonthsClamped(registeredOn, -1)) : null,
    basis,
  });
  if (b.habit === 'prompt' && issued.billId)
    await teller(db, regionId, issued.billId, lastDayOfMonth(monthOf(registeredOn)));
}
