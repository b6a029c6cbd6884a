/**
 * The evaluation engine behind the LKE (Lembar Kerja Evaluasi, the worksheet of SAKIP's evaluation of performance
 * accountability under PermenPANRB 88/2021) and the PMPRB (the self-assessment of bureaucratic reform under
 * PermenPANRB 9/2023 and KepmenPANRB 739/2023). Both are a tree of weighted parts whose leaves are criteria answered on
 * a scale, so one engine scores both; the worksheet and its scales are the region's data, never constants here.
 *
 * - LKE 88/2021 (domain reference governance.md §1.3): four components weighted 30/30/15/25, each split into
 *   keberadaan (existence) 20%, kualitas (quality) 30% and pemanfaatan (use) 50% of its weight, e.g. Perencanaan
 *   Kinerja 30 = 6 + 9 + 15. Its criteria carry no weights of their own: a sub-component's score is its weight times
 *   the average of its criteria's values (the reading of the weight structure; the exact averaging rule is
 *   UNCONFIRMED). Each criterion is answered with a letter (AA…E) whose value is UNCONFIRMED nationally, so the
 *   letters' values are the worksheet's scale (a Kab. Trenggalek variant: A 1, B 0.66, C 0.33, D 0; Y/T 1/0).
 * - RB 9/2023 (§2.3): items carry their own weights (Strategi Pelaksanaan 10 = rencana aksi 3 + implementasi 7) and
 *   are answered on a range of their own (0–100, or 0–5), each worth its weight × its place on its range. RB General
 *   is worth 100 and RB Tematik 20 more, so a PMPRB worksheet has two top-level parts and a total of 120, and the
 *   engine reports each part's score beside the total. The predikat scale runs 0–100, as do the RB indices published
 *   (KPU: 69.76 B in 2023, 73.51 BB in 2024), so this reading grades RB General's score and shows RB Tematik beside
 *   it. Which figure the evaluators grade is UNCONFIRMED; the scale is region data, so a region that grades the sum
 *   of 120 sets a scale up to 120.
 *
 * Scores are computed exactly and rounded once, to two decimals half away from zero: each part's published score is
 * rounded from its exact value, and so is the total, which can therefore differ by a hundredth from the sum of the
 * rounded parts.
 */

import type { FieldError } from '../../platform/problem';
import {
  add,
  compare,
  divide,
  type Fraction,
  fraction,
  fromHundredths,
  hundredths,
  multiply,
  subtract,
  whole,
  ZERO,
} from '../rules/fraction';
import { decimalText, RuleViolation } from '../rules/rule-violation';

/**
 * How a criterion is answered: a choice of answers each worth a share of the criterion met (0 to 1, e.g. A 1, B 0.66;
 * Y 1, T 0), or a number on a range (RB's 0–100 or 0–5), worth its position on the range.
 */
export type AnswerScale =
  | { readonly kind: 'choice'; readonly values: Readonly<Record<string, number>> }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

/** A criterion (LKE) or an item (PMPRB); `weight` only where its part weighs its items one by one. */
export interface Criterion {
  readonly code: string;
  readonly name?: string;
  /** The name of its scale in the worksheet's `scales`. */
  readonly scale: string;
  readonly weight?: number;
  /** Answered from Balai's own records, not typed (evaluations/feeds.ts names the feeds); the engine ignores it. */
  readonly feed?: string;
}

/** A part of the worksheet: a component, a sub-component, a group of items. It holds parts or criteria, not both. */
export interface Section {
  readonly code: string;
  readonly name?: string;
  /** Its points of the worksheet's total; its parts' (or weighted criteria's) weights add up to it. */
  readonly weight: number;
  readonly sections?: readonly Section[];
  readonly criteria?: readonly Criterion[];
}

export interface Worksheet {
  /** What the top-level parts' weights add up to: 100 for the LKE, 120 for the PMPRB (RB General + RB Tematik). */
  readonly total: number;
  readonly scales: Readonly<Record<string, AnswerScale>>;
  readonly sections: readonly Section[];
}

/** Each criterion's answer by its code: a choice's answer, or a number on a range. */
export type Answers = Readonly<Record<string, string | number>>;

export interface SectionScore {
  readonly code: string;
  readonly weight: number;
  /** Its points, two decimals. */
  readonly score: number;
  readonly sections?: readonly SectionScore[];
}

export interface Evaluation {
  /** The worksheet's score, two decimals, from 0 to its total. */
  readonly total: number;
  readonly sections: readonly SectionScore[];
  /** Criteria without an answer yet, scored 0: an evaluation is final only when there are none. */
  readonly unanswered: readonly string[];
}

/**
 * Scores a worksheet's answers. Refuses a worksheet whose weights do not add up or that is malformed, an answer
 * outside its criterion's scale, and an answer to a criterion the worksheet does not have.
 */
export function evaluate(worksheet: Worksheet, answers: Answers): Evaluation {
  const criteria = checkWorksheet(worksheet);
  for (const code of Object.keys(answers)) {
    if (!criteria.has(code)) {
      throw new RuleViolation('LKE_UNKNOWN_CRITERION', { criterion: code }, [
        {
          field: `answers.${code}`,
          message: {
            id: 'Kriteria ini tidak ada di lembar kerja',
            en: 'The worksheet has no such criterion',
          },
        },
      ]);
    }
  }
  const unanswered: string[] = [];
  const share = (criterion: Criterion): Fraction => {
    const answer = answers[criterion.code];
    if (answer === undefined) {
      unanswered.push(criterion.code);
      return ZERO;
    }
    return shareOf(answer, worksheet.scales[criterion.scale] as AnswerScale, criterion.code);
  };
  const score = (section: Section): { exact: Fraction; result: SectionScore } => {
    if (section.sections) {
      const parts = section.sections.map(score);
      const exact = parts.reduce((sum, p) => add(sum, p.exact), ZERO);
      return { exact, result: sectionScore(section, exact, parts) };
    }
    const items = section.criteria ?? [];
    const weighted = items.every((c) => c.weight !== undefined);
    // Weighted items (PMPRB) count by their own weights; unweighted criteria (LKE) share their part's weight equally.
    const each = weighted ? null : divide(fraction(section.weight), whole(items.length));
    const exact = items.reduce(
      (sum, c) => add(sum, multiply(each ?? fraction(c.weight as number), share(c))),
      ZERO,
    );
    return { exact, result: sectionScore(section, exact) };
  };
  const parts = worksheet.sections.map(score);
  return {
    total: twoDecimals(parts.reduce((sum, p) => add(sum, p.exact), ZERO)),
    sections: parts.map((p) => p.result),
    unanswered,
  };
}

function sectionScore(section: Section, exact: Fraction, parts?: { result: SectionScore }[]): SectionScore {
  return {
    code: section.code,
    weight: section.weight,
    score: twoDecimals(exact),
    ...(parts && { sections: parts.map((p) => p.result) }),
  };
}

function twoDecimals(exact: Fraction): number {
  const h = hundredths(exact);
  if (h === null) {
    throw new RuleViolation('LKE_WORKSHEET_INVALID', { item: 'total' }, [
      { field: 'total', message: { id: 'Bobot terlalu besar', en: 'The weights are too large' } },
    ]);
  }
  return fromHundredths(h);
}

/** The share of a criterion an answer says is met, from 0 to 1. */
function shareOf(answer: string | number, scale: AnswerScale, code: string): Fraction {
  if (scale.kind === 'choice') {
    if (typeof answer === 'string' && Object.hasOwn(scale.values, answer)) {
      return fraction(scale.values[answer] as number);
    }
    const allowed = Object.keys(scale.values).join(', ');
    throw outOfScale(code, { id: `Jawaban yang sah: ${allowed}`, en: `Valid answers: ${allowed}` });
  }
  if (typeof answer === 'number' && Number.isFinite(answer) && answer >= scale.min && answer <= scale.max) {
    return divide(
      subtract(fraction(answer), fraction(scale.min)),
      subtract(fraction(scale.max), fraction(scale.min)),
    );
  }
  const min = decimalText(scale.min);
  const max = decimalText(scale.max);
  throw outOfScale(code, {
    id: `Jawaban berupa angka dari ${min.id} sampai ${max.id}`,
    en: `The answer is a number from ${min.en} to ${max.en}`,
  });
}

function outOfScale(code: string, message: { id: string; en: string }): RuleViolation {
  return new RuleViolation('LKE_ANSWER_OUT_OF_SCALE', { criterion: code }, [
    { field: `answers.${code}`, message },
  ]);
}

/**
 * Refuses a worksheet the engine cannot score: weights that do not add up to their part's (or the total), a part
 * with both parts and criteria or neither, criteria of one part weighted only in part, a negative weight, a scale that
 * is missing or ill-formed, a code used twice. Returns its criteria by code.
 */
export function checkWorksheet(worksheet: Worksheet): Map<string, Criterion> {
  for (const [name, scale] of Object.entries(worksheet.scales)) checkScale(name, scale);
  const criteria = new Map<string, Criterion>();
  const sections = new Set<string>();
  const weight = (value: number, item: string): Fraction => {
    if (!Number.isFinite(value) || value < 0) {
      throw invalid(item, `weight`, {
        id: 'Bobot harus angka nol atau lebih',
        en: 'A weight is a number, zero or more',
      });
    }
    return fraction(value);
  };
  const addsUp = (parts: Fraction[], expected: number, item: string) => {
    const actual = parts.reduce(add, ZERO);
    if (compare(actual, fraction(expected)) !== 0) {
      const sum = decimalText(Number(actual.n) / Number(actual.d));
      const want = decimalText(expected);
      throw new RuleViolation('LKE_WEIGHTS_DO_NOT_ADD_UP', { item }, [
        {
          field: item,
          message: {
            id: `Berjumlah ${sum.id}, seharusnya ${want.id}`,
            en: `They add up to ${sum.en}, not ${want.en}`,
          },
        },
      ]);
    }
  };
  const visit = (section: Section) => {
    if (sections.has(section.code) || criteria.has(section.code)) {
      throw invalid(section.code, 'code', { id: 'Kode dipakai dua kali', en: 'The code is used twice' });
    }
    sections.add(section.code);
    weight(section.weight, section.code);
    const parts = section.sections ?? [];
    const items = section.criteria ?? [];
    if (parts.length > 0 === items.length > 0) {
      throw invalid(section.code, 'sections', {
        id: 'Satu bagian berisi sub-bagian atau kriteria, salah satu saja',
        en: 'A part holds either parts or criteria, one of the two',
      });
    }
    if (parts.length > 0) {
      for (const part of parts) visit(part);
      addsUp(
        parts.map((p) => fraction(p.weight)),
        section.weight,
        section.code,
      );
      return;
    }
    const weighted = items.filter((c) => c.weight !== undefined).length;
    if (weighted !== 0 && weighted !== items.length) {
      throw invalid(section.code, 'criteria', {
        id: 'Semua kriteria bagian ini berbobot, atau tidak satu pun',
        en: 'Either every criterion of this part has a weight or none has',
      });
    }
    for (const c of items) {
      if (criteria.has(c.code) || sections.has(c.code)) {
        throw invalid(c.code, 'code', { id: 'Kode dipakai dua kali', en: 'The code is used twice' });
      }
      if (!Object.hasOwn(worksheet.scales, c.scale)) {
        throw invalid(c.code, 'scale', {
          id: `Skala ${c.scale} tidak ada di lembar kerja`,
          en: `The worksheet has no scale ${c.scale}`,
        });
      }
      criteria.set(c.code, c);
    }
    if (weighted > 0) {
      addsUp(
        items.map((c) => weight(c.weight as number, c.code)),
        section.weight,
        section.code,
      );
    }
  };
  weight(worksheet.total, 'total');
  if (worksheet.sections.length === 0) {
    throw invalid('total', 'sections', { id: 'Lembar kerja tanpa bagian', en: 'The worksheet has no parts' });
  }
  for (const section of worksheet.sections) visit(section);
  addsUp(
    worksheet.sections.map((s) => fraction(s.weight)),
    worksheet.total,
    'total',
  );
  return criteria;
}

function checkScale(name: string, scale: AnswerScale): void {
  if (scale.kind === 'choice') {
    const values = Object.values(scale.values);
    if (values.length === 0 || !values.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)) {
      throw invalid(name, 'values', {
        id: 'Setiap jawaban bernilai dari 0 sampai 1',
        en: 'Each answer is worth from 0 to 1',
      });
    }
    return;
  }
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.min >= scale.max) {
    throw invalid(name, 'max', {
      id: 'Batas atas rentang jawaban harus di atas batas bawahnya',
      en: 'The top of an answer range is above its bottom',
    });
  }
}

function invalid(item: string, field: string, message: FieldError['message']): RuleViolation {
  return new RuleViolation('LKE_WORKSHEET_INVALID', { item }, [{ field: `${item}.${field}`, message }]);
}
