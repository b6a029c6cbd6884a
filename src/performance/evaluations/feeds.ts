import { formatPercent } from '../../platform/human-format';
import type { AnswerScale, Section, Worksheet } from '../evaluation/lke';

/*
 * Criteria of a worksheet answered from Balai's own records instead of typed (issue 16: "items Balai already knows are
 * filled from its data"): a criterion names its feed, and the evaluation's answer is the record's, mapped onto the
 * criterion's scale by the pure rule below. Under PermenPANRB 9/2023 the PMPRB's RB General results include the
 * region's SAKIP result and its BPK opinion and follow-up of audit findings; which items read them, and how a record
 * maps onto an item's scale, is the region's worksheet's (UNCONFIRMED nationally), hence data.
 */

export const EVALUATION_FEEDS = [
  'sakip_predikat',
  'audit_opinion',
  'audit_followup_rate',
  'iku_capaian',
] as const;
export type EvaluationFeed = (typeof EVALUATION_FEEDS)[number];

/** Which kind of scale each feed answers on: a letter it names, or a number on a range. */
const FEED_SCALE: Record<EvaluationFeed, AnswerScale['kind']> = {
  sakip_predikat: 'choice',
  audit_opinion: 'choice',
  audit_followup_rate: 'range',
  iku_capaian: 'range',
};

/** What Balai knows for a subject's evaluation of a year (feed-records.ts reads it). */
export interface FeedRecords {
  /** The predikat of the subject's latest reviewed LKE of that year or before. */
  sakip: { year: number; predikat: string } | null;
  /** The BPK's opinion on the region's latest fiscal year up to that year (wtp, wdp, tw, tmp). */
  opinion: { fiscalYear: number; opinion: string } | null;
  /** The subject's audit recommendations of findings of that year or before, and how many are sesuai. */
  followUp: { total: number; sesuai: number };
  /**
   * The mean capaian of the subject's IKU (indikator kinerja utama) in the latest year up to that one with an accepted
   * realisation: each at its latest accepted quarter, counted up to 100%.
   */
  iku: { year: number; indicators: number; meanCapaianPercent: number } | null;
}

/** A criterion's answer from the records, with the evidence it rests on (in Indonesian, as evidence is kept). */
export interface FedAnswer {
  answer: string | number;
  evidence: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The letter of a choice scale a record names, matched without regard to case (wtp → WTP); null when it has none. */
function letterOf(scale: AnswerScale, value: string): string | null {
  if (scale.kind !== 'choice') return null;
  return Object.keys(scale.values).find((k) => k.toUpperCase() === value.toUpperCase()) ?? null;
}

/**
 * The answer a feed gives on a criterion's scale, or null when Balai has no record for it (the criterion is then
 * answered by hand): the SAKIP predikat and the BPK opinion as the scale's letter of the same name; the share of
 * recommendations followed up sesuai, and the IKU's mean capaian (at most 100%), as a position on the range
 * (min + (max − min) × share, two decimals).
 */
export function fedAnswer(feed: EvaluationFeed, records: FeedRecords, scale: AnswerScale): FedAnswer | null {
  switch (feed) {
    case 'sakip_predikat': {
      const letter = records.sakip && letterOf(scale, records.sakip.predikat);
      if (!records.sakip || !letter) return null;
      return {
        answer: letter,
        evidence: `Dari data Balai: predikat SAKIP (LKE) ${records.sakip.year} ${records.sakip.predikat}`,
      };
    }
    case 'audit_opinion': {
      const letter = records.opinion && letterOf(scale, records.opinion.opinion);
      if (!records.opinion || !letter) return null;
      return {
        answer: letter,
        evidence: `Dari data Balai: opini BPK atas LKPD ${records.opinion.fiscalYear} ${letter}`,
      };
    }
    case 'audit_followup_rate': {
      const { total, sesuai } = records.followUp;
      if (scale.kind !== 'range' || total === 0) return null;
      return {
        answer: round2(scale.min + ((scale.max - scale.min) * sesuai) / total),
        evidence: `Dari data Balai: ${sesuai} dari ${total} rekomendasi hasil pemeriksaan ditindaklanjuti sesuai`,
      };
    }
    case 'iku_capaian': {
      if (scale.kind !== 'range' || !records.iku) return null;
      const { year, indicators, meanCapaianPercent } = records.iku;
      return {
        answer: round2(scale.min + ((scale.max - scale.min) * Math.min(meanCapaianPercent, 100)) / 100),
        evidence: `Dari data Balai: rata-rata capaian ${indicators} IKU tahun ${year} ${formatPercent(Math.round(meanCapaianPercent * 10_000), 'id')}`,
      };
    }
  }
}

/** Every criterion of a worksheet that names a feed, with its code, feed and scale. */
export function fedCriteria(worksheet: Worksheet): { code: string; feed: EvaluationFeed; scale: string }[] {
  const out: { code: string; feed: EvaluationFeed; scale: string }[] = [];
  const visit = (section: Section) => {
    for (const c of section.criteria ?? [])
      if (c.feed) out.push({ code: c.code, feed: c.feed as EvaluationFeed, scale: c.scale });
    for (const s of section.sections ?? []) visit(s);
  };
  for (const s of worksheet.sections) visit(s);
  return out;
}

/** The first fed criterion whose scale is not of the kind its feed answers on, if any (a worksheet's check). */
export function misfedCriterion(worksheet: Worksheet): { code: string; feed: EvaluationFeed } | null {
  return fedCriteria(worksheet).find((c) => worksheet.scales[c.scale]?.kind !== FEED_SCALE[c.feed]) ?? null;
}
