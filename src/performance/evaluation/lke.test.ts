import { describe, expect, it } from 'vitest';
import { RuleViolation } from '../rules/rule-violation';
import { type Answers, type Criterion, evaluate, type Section, type Worksheet } from './lke';
import { NATIONAL_PREDIKAT_SCALE, predikat } from './predikat';

function refusal(run: () => unknown): { code: string; params: object; errors: unknown[] } {
  try {
    run();
  } catch (e) {
    if (e instanceof RuleViolation) return { code: e.code, params: e.params, errors: e.errors ?? [] };
    throw e;
  }
  throw new Error('not refused');
}

/**
 * Answer scales as a region sets them. The national value of each LKE letter is UNCONFIRMED; these are Kab.
 * Trenggalek's (yudhis55/kke-sakip-trenggalek: A 1, B 0.66, C 0.33, D 0; Y/T 1/0), used here as example data.
 */
const SCALES = {
  abcd: { kind: 'choice', values: { A: 1, B: 0.66, C: 0.33, D: 0 } },
  yt: { kind: 'choice', values: { Y: 1, T: 0 } },
} as const;

const criteria = (prefix: string, scale: keyof typeof SCALES, count: number): Criterion[] =>
  Array.from({ length: count }, (_, i) => ({ code: `${prefix}.${i + 1}`, scale }));

/** A component of LKE 88/2021: keberadaan 20%, kualitas 30%, pemanfaatan 50% of its weight (§1.3). */
function component(code: string, weight: number, split: [number, number, number], counts: number[]): Section {
  const [k = 0, q = 0, p = 0] = counts;
  return {
    code,
    weight,
    sections: [
      { code: `${code}.a`, name: 'Keberadaan', weight: split[0], criteria: criteria(`${code}.a`, 'yt', k) },
      { code: `${code}.b`, name: 'Kualitas', weight: split[1], criteria: criteria(`${code}.b`, 'abcd', q) },
      {
        code: `${code}.c`,
        name: 'Pemanfaatan',
        weight: split[2],
        criteria: criteria(`${code}.c`, 'abcd', p),
      },
    ],
  };
}

/** LKE 88/2021 with its weights, and a few criteria per sub-component (the region's data holds the full list). */
const LKE: Worksheet = {
  total: 100,
  scales: SCALES,
  sections: [
    component('1', 30, [6, 9, 15], [2, 3, 2]), // Perencanaan Kinerja
    component('2', 30, [6, 9, 15], [2, 2, 2]), // Pengukuran Kinerja
    component('3', 15, [3, 4.5, 7.5], [1, 1, 2]), // Pelaporan Kinerja
    component('4', 25, [5, 7.5, 12.5], [3, 2, 1]), // Evaluasi Akuntabilitas Kinerja Internal
  ],
};

const LKE_ANSWERS: Answers = {
  '1.a.1': 'Y',
  '1.a.2': 'Y',
  '1.b.1': 'A',
  '1.b.2': 'B',
  '1.b.3': 'C',
  '1.c.1': 'B',
  '1.c.2': 'B',
  '2.a.1': 'Y',
  '2.a.2': 'T',
  '2.b.1': 'A',
  '2.b.2': 'A',
  '2.c.1': 'C',
  '2.c.2': 'D',
  '3.a.1': 'Y',
  '3.b.1': 'B',
  '3.c.1': 'A',
  '3.c.2': 'C',
  '4.a.1': 'Y',
  '4.a.2': 'Y',
  '4.a.3': 'T',
  '4.b.1': 'B',
  '4.b.2': 'C',
  '4.c.1': 'B',
};

describe('the LKE of PermenPANRB 88/2021: Σ sub-component weight × the average of its criteria', () => {
  const result = evaluate(LKE, LKE_ANSWERS);

  it('scores each component: Perencanaan 6×1 + 9×(1+0.66+0.33)/3 + 15×0.66 = 6 + 5.97 + 9.9 = 21.87', () => {
    const [perencanaan] = result.sections;
    expect(perencanaan?.score).toBe(21.87);
    expect(perencanaan?.sections?.map((s) => s.score)).toEqual([6, 5.97, 9.9]);
  });

  it('rounds each part half away from zero: Pengukuran 3 + 9 + 15×0.165 = 14.475 → 14.48', () => {
    expect(result.sections.map((s) => s.score)).toEqual([21.87, 14.48, 10.96, 15.3]);
    // Pelaporan 3 + 4.5×0.66 + 7.5×0.665 = 10.9575; Evaluasi internal 5×2/3 + 7.5×0.495 + 12.5×0.66 = 15.2958…
  });

  it('totals the exact parts and rounds once: 62.5983… → 62.60, a hundredth off the rounded parts’ 62.61; B', () => {
    expect(result.total).toBe(62.6);
    expect(result.unanswered).toEqual([]);
    expect(predikat(result.total, NATIONAL_PREDIKAT_SCALE).predikat).toBe('B');
  });

  it('all criteria fully met score the whole 100, AA; none met score 0, D', () => {
    const all = (yes: boolean) =>
      Object.fromEntries(
        Object.keys(LKE_ANSWERS).map((code) => [
          code,
          code.includes('.a.') ? (yes ? 'Y' : 'T') : yes ? 'A' : 'D',
        ]),
      );
    expect(evaluate(LKE, all(true)).total).toBe(100);
    expect(evaluate(LKE, all(false)).total).toBe(0);
    expect(predikat(evaluate(LKE, all(false)).total, NATIONAL_PREDIKAT_SCALE).predikat).toBe('D');
  });

  it('scores an unanswered criterion 0 and lists it, so a draft shows its score so far', () => {
    const { '1.c.1': _dropped, ...draft } = LKE_ANSWERS;
    const partial = evaluate(LKE, draft);
    expect(partial.unanswered).toEqual(['1.c.1']);
    expect(partial.sections[0]?.score).toBe(16.92); // 21.87 less 15 × 0.66 / 2
  });
});

/**
 * A PMPRB worksheet (PermenPANRB 9/2023, KepmenPANRB 739/2023): RB General 100 + RB Tematik 20. The items of
 * A. Strategi Pelaksanaan and the first of B. Capaian Pelaksanaan Kebijakan are the Kepmen's (§2.3); the rest of the
 * item list is UNCONFIRMED, so the other items here stand for what a region's data would hold.
 */
const RB: Worksheet = {
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
          sections: [
            {
              code: 'B.1',
              name: 'Kebijakan percepatan (hard element)',
              weight: 33,
              criteria: [
                { code: 'B.1.1', name: 'Penyederhanaan struktur organisasi', scale: 'percent', weight: 2 },
                { code: 'B.1.2', name: 'Sistem kerja penyederhanaan birokrasi', scale: 'level', weight: 2 },
                {
                  code: 'B.1.3',
                  name: 'Other hard-element items (region data)',
                  scale: 'percent',
                  weight: 29,
                },
              ],
            },
            {
              code: 'B.2',
              name: 'Other policy items (region data)',
              weight: 7,
              criteria: [{ code: 'B.2.1', scale: 'abcde', weight: 7 }],
            },
          ],
        },
        {
          code: 'C',
          name: 'Results (region data)',
          weight: 50,
          criteria: [
            { code: 'C.1', name: 'Capaian IKU non makro', scale: 'percent', weight: 10 },
            { code: 'C.2', name: 'Opini BPK dan tindak lanjut', scale: 'opini', weight: 20 },
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

const RB_ANSWERS: Answers = {
  'A.1': 80,
  'A.2': 70,
  'B.1.1': 100,
  'B.1.2': 4,
  'B.1.3': 75,
  'B.2.1': 'B',
  'C.1': 90,
  'C.2': 'WTP',
  'C.3': 65,
  'T.1': 60,
  'T.2': 40,
};

describe('the same engine on the RB self-assessment (PMPRB, PermenPANRB 9/2023): items weighted one by one', () => {
  const result = evaluate(RB, RB_ANSWERS);

  it('scores an item as weight × its place on its own range: 3 × 80/100 = 2.4, 2 × 4/5 = 1.6', () => {
    const [general] = result.sections;
    const [a, b] = general?.sections ?? [];
    expect(a?.score).toBe(7.3); // 2.4 + 4.9
    expect(b?.sections?.map((s) => s.score)).toEqual([25.35, 5.25]); // 2 + 1.6 + 21.75; 7 × 0.75
    expect(general?.sections?.map((s) => s.score)).toEqual([7.3, 30.6, 42]);
  });

  it('reports RB General (79.90, BB — the predikat is read from it) and RB Tematik (9) beside their total 88.90', () => {
    expect(result.sections.map((s) => [s.code, s.weight, s.score])).toEqual([
      ['general', 100, 79.9],
      ['tematik', 20, 9],
    ]);
    expect(result.total).toBe(88.9);
    expect(predikat(result.sections[0]?.score as number, NATIONAL_PREDIKAT_SCALE).predikat).toBe('BB');
  });
});

describe('the engine refuses a worksheet or answers it cannot score', () => {
  it('LKE_ANSWER_OUT_OF_SCALE: a letter the scale does not have, or a number off its range', () => {
    expect(refusal(() => evaluate(LKE, { ...LKE_ANSWERS, '1.b.1': 'AA' }))).toEqual({
      code: 'LKE_ANSWER_OUT_OF_SCALE',
      params: { criterion: '1.b.1' },
      errors: [
        {
          field: 'answers.1.b.1',
          message: { id: 'Jawaban yang sah: A, B, C, D', en: 'Valid answers: A, B, C, D' },
        },
      ],
    });
    expect(refusal(() => evaluate(LKE, { ...LKE_ANSWERS, '1.a.1': 1 }))).toMatchObject({
      code: 'LKE_ANSWER_OUT_OF_SCALE',
    });
    expect(refusal(() => evaluate(LKE, { ...LKE_ANSWERS, '1.a.1': 'toString' }))).toMatchObject({
      code: 'LKE_ANSWER_OUT_OF_SCALE',
    });
    expect(refusal(() => evaluate(RB, { ...RB_ANSWERS, 'B.1.2': 5.5 }))).toEqual({
      code: 'LKE_ANSWER_OUT_OF_SCALE',
      params: { criterion: 'B.1.2' },
      errors: [
        {
          field: 'answers.B.1.2',
          message: { id: 'Jawaban berupa angka dari 0 sampai 5', en: 'The answer is a number from 0 to 5' },
        },
      ],
    });
    expect(refusal(() => evaluate(RB, { ...RB_ANSWERS, 'A.1': '80' }))).toMatchObject({
      code: 'LKE_ANSWER_OUT_OF_SCALE',
    });
  });

  it('LKE_UNKNOWN_CRITERION: an answer to a criterion the worksheet does not have', () => {
    expect(refusal(() => evaluate(LKE, { ...LKE_ANSWERS, '5.a.1': 'Y' }))).toMatchObject({
      code: 'LKE_UNKNOWN_CRITERION',
      params: { criterion: '5.a.1' },
    });
  });

  it('LKE_WEIGHTS_DO_NOT_ADD_UP: components to the total, sub-components to their component, items to their part', () => {
    const [, pengukuran, pelaporan, evaluasi] = LKE.sections as Section[];
    const componentsShort = {
      ...LKE,
      sections: [component('1', 29, [6, 9, 14], [1, 1, 1]), pengukuran, pelaporan, evaluasi],
    };
    expect(refusal(() => evaluate(componentsShort as Worksheet, {}))).toEqual({
      code: 'LKE_WEIGHTS_DO_NOT_ADD_UP',
      params: { item: 'total' },
      errors: [
        { field: 'total', message: { id: 'Berjumlah 99, seharusnya 100', en: 'They add up to 99, not 100' } },
      ],
    });
    const splitWrong = {
      ...LKE,
      sections: [component('1', 30, [6, 9.5, 15], [1, 1, 1]), pengukuran, pelaporan, evaluasi],
    };
    expect(refusal(() => evaluate(splitWrong as Worksheet, {}))).toEqual({
      code: 'LKE_WEIGHTS_DO_NOT_ADD_UP',
      params: { item: '1' },
      errors: [
        { field: '1', message: { id: 'Berjumlah 30,5, seharusnya 30', en: 'They add up to 30.5, not 30' } },
      ],
    });
    const [general, tematik] = RB.sections as Section[];
    const itemsShort = { ...RB, sections: [general, { ...tematik, criteria: tematik?.criteria?.slice(1) }] };
    expect(refusal(() => evaluate(itemsShort as Worksheet, {}))).toMatchObject({
      code: 'LKE_WEIGHTS_DO_NOT_ADD_UP',
      params: { item: 'tematik' },
    });
  });

  it.each<[string, Worksheet, string]>([
    [
      'a part with both parts and criteria',
      {
        total: 1,
        scales: SCALES,
        sections: [
          {
            code: 'x',
            weight: 1,
            sections: [{ code: 'y', weight: 1, criteria: criteria('y', 'yt', 1) }],
            criteria: criteria('x', 'yt', 1),
          },
        ],
      },
      'x.sections',
    ],
    ['a part with neither', { total: 1, scales: SCALES, sections: [{ code: 'x', weight: 1 }] }, 'x.sections'],
    [
      'criteria weighted only in part',
      {
        total: 1,
        scales: SCALES,
        sections: [
          {
            code: 'x',
            weight: 1,
            criteria: [
              { code: 'x.1', scale: 'yt', weight: 1 },
              { code: 'x.2', scale: 'yt' },
            ],
          },
        ],
      },
      'x.criteria',
    ],
    [
      'a negative weight',
      { total: 1, scales: SCALES, sections: [{ code: 'x', weight: -1, criteria: criteria('x', 'yt', 1) }] },
      'x.weight',
    ],
    [
      'a scale it does not define',
      {
        total: 1,
        scales: SCALES,
        sections: [{ code: 'x', weight: 1, criteria: criteria('x', 'nilai' as 'yt', 1) }],
      },
      'x.1.scale',
    ],
    [
      'a code used twice',
      {
        total: 2,
        scales: SCALES,
        sections: [
          { code: 'x', weight: 1, criteria: criteria('x', 'yt', 1) },
          { code: 'y', weight: 1, criteria: [{ code: 'x.1', scale: 'yt' }] },
        ],
      },
      'x.1.code',
    ],
    [
      'an answer worth more than the whole criterion',
      {
        total: 1,
        scales: { yt: { kind: 'choice', values: { Y: 1.5 } } },
        sections: [{ code: 'x', weight: 1, criteria: criteria('x', 'yt', 1) }],
      },
      'yt.values',
    ],
    [
      'an answer range upside down',
      {
        total: 1,
        scales: { r: { kind: 'range', min: 5, max: 0 } },
        sections: [{ code: 'x', weight: 1, criteria: criteria('x', 'r' as 'yt', 1) }],
      },
      'r.max',
    ],
    ['no parts at all', { total: 100, scales: SCALES, sections: [] }, 'total.sections'],
  ])('LKE_WORKSHEET_INVALID: %s', (_why, worksheet, field) => {
    const refused = refusal(() => evaluate(worksheet, {}));
    expect(refused.code).toBe('LKE_WORKSHEET_INVALID');
    expect(refused.errors).toEqual([{ field, message: { id: expect.any(String), en: expect.any(String) } }]);
  });
});
