import type { Database } from '../../db/database';
import { localDate } from '../../platform/clock';
import { findRegion } from '../../platform/regions';
import { type Actor, SYSTEM_ACTOR } from '../../platform/users';
import type { Answers, Criterion, Section, Worksheet } from '../evaluation/lke';
import { NATIONAL_PREDIKAT_SCALE } from '../evaluation/predikat';
import {
  answerCriteria,
  finishEvaluation,
  openEvaluation,
  reviewCriteria,
  submitEvaluation,
} from './evaluations';
import { recordWorksheet } from './worksheets';

/*
 * The evaluations' part of the demo, recorded through the same use cases the planner and the verifier use. Kota
 * Malang: its LKE worksheet for last year and this year, last year's LKE of the region finished (the verifier lowered
 * a few answers: self-assessed A, graded BB), this year's in draft, and last year's PMPRB self-assessment finished (BB,
 * as its RB index of 2021). Kabupaten Bangka: last year's LKE finished.
 */

/**
 * The answer scales of the demo regions. The national value of each LKE letter is UNCONFIRMED; these are Kab.
 * Trenggalek's (A 1, B 0.66, C 0.33, D 0; Y/T 1/0, governance.md §1.3), as a region would set them.
 */
const LKE_SCALES = {
  abcd: { kind: 'choice', values: { A: 1, B: 0.66, C: 0.33, D: 0 } },
  yt: { kind: 'choice', values: { Y: 1, T: 0 } },
} as const;

const criteria = (prefix: string, scale: string, names: readonly string[]): Criterion[] =>
  names.map((name, i) => ({ code: `${prefix}.${i + 1}`, name, scale }));

/** A component of LKE 88/2021: keberadaan 20%, kualitas 30%, pemanfaatan 50% of its weight (§1.3). */
function component(
  code: string,
  name: string,
  weight: number,
  [keberadaan, kualitas, pemanfaatan]: [readonly string[], readonly string[], readonly string[]],
): Section {
  return {
    code,
    name,
    weight,
    sections: [
      {
        code: `${code}.a`,
        name: 'Keberadaan',
        weight: weight * 0.2,
        criteria: criteria(`${code}.a`, 'yt', keberadaan),
      },
      {
        code: `${code}.b`,
        name: 'Kualitas',
        weight: weight * 0.3,
        criteria: criteria(`${code}.b`, 'abcd', kualitas),
      },
      {
        code: `${code}.c`,
        name: 'Pemanfaatan',
        weight: weight * 0.5,
        criteria: criteria(`${code}.c`, 'abcd', pemanfaatan),
      },
    ],
  };
}

/** LKE 88/2021 (governance.md §1.3) with a few of its criteria per sub-component, paraphrased. */
const LKE: Worksheet = {
  total: 100,
  scales: LKE_SCALES,
  sections: [
    component('1', 'Perencanaan Kinerja', 30, [
      [
        'Dokumen perencanaan jangka panjang, menengah dan tahunan ada',
        'Setiap unit menetapkan rencana kinerjanya',
      ],
      [
        'Dokumen perencanaan ditetapkan dan dipublikasikan tepat waktu',
        'Indikator kinerja memenuhi kriteria SMART',
        'Cascading dan crosscutting kinerja dilakukan',
      ],
      ['Anggaran mengikuti kinerja', 'Rencana aksi dipantau berkala'],
    ]),
    component('2', 'Pengukuran Kinerja', 30, [
      ['Pedoman pengukuran kinerja ada', 'Data kinerja dikumpulkan berkala'],
      ['Pengumpulan data dan pengukuran memanfaatkan TI', 'Pengukuran kinerja berjenjang'],
      ['Hasil pengukuran dipakai untuk reward dan punishment', 'Hasil pengukuran dipakai untuk refocusing'],
    ]),
    component('3', 'Pelaporan Kinerja', 15, [
      ['Laporan kinerja disusun, ditetapkan dan dipublikasikan tepat waktu'],
      ['Laporan membandingkan realisasi dengan target tahunan, jangka menengah dan tahun lalu'],
      ['Rekomendasi laporan ditindaklanjuti', 'Informasi laporan dipakai untuk keputusan'],
    ]),
    component('4', 'Evaluasi Akuntabilitas Kinerja Internal', 25, [
      ['Pedoman evaluasi internal ada', 'Semua unit dievaluasi', 'Evaluasi dilakukan berjenjang'],
      ['Evaluasi dilakukan oleh SDM yang kompeten', 'Evaluasi memanfaatkan TI'],
      ['Rekomendasi evaluasi ditindaklanjuti'],
    ]),
  ],
};

/**
 * A PMPRB worksheet (PermenPANRB 9/2023, KepmenPANRB 739/2023): RB General 100 + RB Tematik 20, graded on RB General.
 * Strategi Pelaksanaan and the first policy items are the Kepmen's (§2.3); the full item list is UNCONFIRMED, so the
 * others stand for what the region's data would hold.
 */
const PMPRB: Worksheet = {
  total: 120,
  scales: {
    percent: { kind: 'range', min: 0, max: 100 },
    level: { kind: 'range', min: 0, max: 5 },
    abcde: { kind: 'choice', values: { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 } },
    opini: { kind: 'choice', values: { WTP: 1, WDP: 0.5, TW: 0, TMP: 0 } },
  },
  sections: [
    {
      code: 'general',
      name: 'RB General',
      weight: 100,
      sections: [
        {
          code: 'A',
          name: 'Strategi Pelaksanaan RB General',
          weight: 10,
          criteria: [
            { code: 'A.1', name: 'Rencana aksi pembangunan RB General', scale: 'percent', weight: 3 },
            { code: 'A.2', name: 'Tingkat implementasi rencana aksi', scale: 'percent', weight: 7 },
          ],
        },
        {
          code: 'B',
          name: 'Capaian Pelaksanaan Kebijakan RB',
          weight: 40,
          criteria: [
            { code: 'B.1', name: 'Penyederhanaan struktur organisasi', scale: 'percent', weight: 2 },
            { code: 'B.2', name: 'Sistem kerja penyederhanaan birokrasi', scale: 'level', weight: 2 },
            { code: 'B.3', name: 'Kebijakan percepatan lainnya', scale: 'percent', weight: 29 },
            { code: 'B.4', name: 'Kebijakan RB lainnya', scale: 'abcde', weight: 7 },
          ],
        },
        {
          code: 'C',
          name: 'Hasil RB General',
          weight: 50,
          criteria: [
            { code: 'C.1', name: 'Capaian IKU non makro', scale: 'percent', weight: 10 },
            { code: 'C.2', name: 'Opini BPK dan tindak lanjut temuan', scale: 'opini', weight: 20 },
            { code: 'C.3', name: 'Survei BerAKHLAK', scale: 'percent', weight: 20 },
          ],
        },
      ],
    },
    {
      code: 'tematik',
      name: 'RB Tematik',
      weight: 20,
      criteria: [
        { code: 'T.1', name: 'Strategi Pelaksanaan RB Tematik', scale: 'percent', weight: 5 },
        { code: 'T.2', name: 'Capaian RB Tematik', scale: 'percent', weight: 15 },
      ],
    },
  ],
};

/**
 * This year's PMPRB worksheet of Kota Malang: last year's, with the items Balai knows answered from its records
 * (feeds.ts): the BPK opinion, the share of audit recommendations followed up sesuai, and the SAKIP predikat, whose
 * letter values are the region's (UNCONFIRMED nationally). Hasil RB General keeps its 50 points.
 */
const PMPRB_FED: Worksheet = {
  ...PMPRB,
  scales: {
    ...PMPRB.scales,
    sakip: { kind: 'choice', values: { AA: 1, A: 0.9, BB: 0.8, B: 0.7, CC: 0.6, C: 0.4, D: 0.2 } },
  },
  sections: PMPRB.sections.map((general) =>
    general.code !== 'general'
      ? general
      : {
          ...general,
          sections: (general.sections ?? []).map((part) =>
            part.code !== 'C'
              ? part
              : {
                  ...part,
                  criteria: [
                    { code: 'C.1', name: 'Capaian IKU non makro', scale: 'percent', weight: 10 },
                    {
                      code: 'C.2',
                      name: 'Opini BPK atas LKPD',
                      scale: 'opini',
                      weight: 10,
                      feed: 'audit_opinion',
                    },
                    { code: 'C.3', name: 'Survei BerAKHLAK', scale: 'percent', weight: 20 },
                    {
                      code: 'C.4',
                      name: 'Tindak lanjut rekomendasi hasil pemeriksaan',
                      scale: 'percent',
                      weight: 5,
                      feed: 'audit_followup_rate',
                    },
                    {
                      code: 'C.5',
                      name: 'Predikat SAKIP',
                      scale: 'sakip',
                      weight: 5,
                      feed: 'sakip_predikat',
                    },
                  ],
                },
          ),
        },
  ),
};

/** Kota Malang's self-assessment of last year's LKE, and the answers the verifier changed. */
const MALANG_LKE_SELF: Answers = {
  '1.a.1': 'Y',
  '1.a.2': 'Y',
  '1.b.1': 'A',
  '1.b.2': 'A',
  '1.b.3': 'B',
  '1.c.1': 'A',
  '1.c.2': 'A',
  '2.a.1': 'Y',
  '2.a.2': 'Y',
  '2.b.1': 'A',
  '2.b.2': 'B',
  '2.c.1': 'A',
  '2.c.2': 'B',
  '3.a.1': 'Y',
  '3.b.1': 'B',
  '3.c.1': 'A',
  '3.c.2': 'B',
  '4.a.1': 'Y',
  '4.a.2': 'Y',
  '4.a.3': 'T',
  '4.b.1': 'A',
  '4.b.2': 'B',
  '4.c.1': 'B',
};
const MALANG_LKE_REVIEW: Record<string, { answer: string; note: string }> = {
  '1.c.2': { answer: 'B', note: 'Pemantauan rencana aksi triwulan III dan IV belum terdokumentasi.' },
  '2.c.1': { answer: 'B', note: 'Reward dan punishment belum mengikuti capaian kinerja semua OPD.' },
  '3.c.1': { answer: 'C', note: 'Tindak lanjut rekomendasi LHE tahun lalu baru sebagian.' },
};
const MALANG_PMPRB: Answers = {
  'A.1': 80,
  'A.2': 70,
  'B.1': 100,
  'B.2': 4,
  'B.3': 75,
  'B.4': 'B',
  'C.1': 90,
  'C.2': 'WTP',
  'C.3': 65,
  'T.1': 60,
  'T.2': 40,
};
/** This year's PMPRB of Kota Malang so far: every item typed is answered, in draft (fed items: feeds.ts). */
const { 'C.2': _fed, ...MALANG_PMPRB_TYPED } = MALANG_PMPRB;
const MALANG_PMPRB_THIS_YEAR: Answers = { ...MALANG_PMPRB_TYPED, 'A.2': 80, 'B.3': 80, 'C.3': 70, 'T.2': 50 };
const BANGKA_LKE: Answers = Object.fromEntries(
  Object.keys(MALANG_LKE_SELF).map((code) => [
    code,
    code.includes('.a.') ? 'Y' : code.startsWith('4') ? 'C' : 'B',
  ]),
);

export async function seedEvaluationsDemo(db: Database, at: Date): Promise<void> {
  // The demo's evaluations are seeded by the system, as every demo record is: the audit trail names no person for
  // what no person did (test/audit.test.ts). `_email` says whose part each step plays.
  const userOf = async (_email: string): Promise<Actor> => SYSTEM_ACTOR;
  for (const [regionId, domain] of [
    ['35.73', 'malang.demo'],
    ['19.01', 'bangka.demo'],
  ] as const) {
    const region = await findRegion(db, regionId);
    if (!region) continue;
    const year = Number(localDate(at, region.timeZone).slice(0, 4));
    const perencana = await userOf(`perencana@${domain}`);
    const verifikator = await userOf(`verifikator@${domain}`);
    const worksheet = (
      kind: 'sakip' | 'rb',
      y: number,
      name: string,
      w: Worksheet,
      gradedPart: string | null,
    ) =>
      recordWorksheet(db, at, perencana, regionId, {
        kind,
        year: y,
        name,
        worksheet: w,
        predikatScale: NATIONAL_PREDIKAT_SCALE,
        gradedPart,
      });
    /** The region's own evaluation of a worksheet, answered by the planner and, when `review` is given, finished. */
    const evaluation = async (worksheetId: number, answers: Answers, review?: typeof MALANG_LKE_REVIEW) => {
      const e = await openEvaluation(db, at, perencana, regionId, { worksheetId, opdId: null });
      await answerCriteria(
        db,
        at,
        perencana,
        regionId,
        e.id,
        Object.entries(answers).map(([criterion, answer]) => ({
          criterion,
          answer,
          evidence: `Dokumen pendukung kriteria ${criterion} (unggahan e-SAKIP)`,
        })),
      );
      if (!review) return;
      await submitEvaluation(db, at, perencana, regionId, e.id);
      const reviews = Object.entries(review).map(([criterion, r]) => ({ criterion, ...r }));
      if (reviews.length > 0) await reviewCriteria(db, at, verifikator, regionId, e.id, reviews);
      await finishEvaluation(db, at, verifikator, regionId, e.id);
    };

    const lastLke = await worksheet('sakip', year - 1, 'LKE SAKIP (PermenPANRB 88/2021)', LKE, null);
    if (regionId === '19.01') {
      await evaluation(lastLke.id, BANGKA_LKE, {});
      continue;
    }
    await evaluation(lastLke.id, MALANG_LKE_SELF, MALANG_LKE_REVIEW);
    const thisLke = await worksheet('sakip', year, 'LKE SAKIP (PermenPANRB 88/2021)', LKE, null);
    const { '1.c.1': _a, '2.c.2': _b, '4.c.1': _c, ...soFar } = MALANG_LKE_SELF;
    await evaluation(thisLke.id, soFar);
    const pmprb = await worksheet('rb', year - 1, 'PMPRB (PermenPANRB 9/2023)', PMPRB, 'general');
    await evaluation(pmprb.id, MALANG_PMPRB, {});
    // This year's PMPRB self-assessment, answered by the planner and not yet submitted.
    const thisPmprb = await worksheet('rb', year, 'PMPRB (PermenPANRB 9/2023)', PMPRB_FED, 'general');
    await evaluation(thisPmprb.id, MALANG_PMPRB_THIS_YEAR);
  }
}
