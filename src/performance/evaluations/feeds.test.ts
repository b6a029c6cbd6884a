import { describe, expect, it } from 'vitest';
import type { AnswerScale, Worksheet } from '../evaluation/lke';
import { type FeedRecords, fedAnswer, fedCriteria, misfedCriterion } from './feeds';

const OPINI: AnswerScale = { kind: 'choice', values: { WTP: 1, WDP: 0.5, TW: 0, TMP: 0 } };
const SAKIP: AnswerScale = {
  kind: 'choice',
  values: { AA: 1, A: 0.9, BB: 0.8, B: 0.7, CC: 0.6, C: 0.4, D: 0.2 },
};
const PERCENT: AnswerScale = { kind: 'range', min: 0, max: 100 };
const RECORDS: FeedRecords = {
  sakip: { year: 2024, predikat: 'BB' },
  opinion: { fiscalYear: 2023, opinion: 'wtp' },
  followUp: { total: 4, sesuai: 1 },
  iku: { year: 2024, indicators: 4, meanCapaianPercent: 92.5 },
};
const NOTHING: FeedRecords = { sakip: null, opinion: null, followUp: { total: 0, sesuai: 0 }, iku: null };

describe('a criterion answered from Balai’s records', () => {
  it("the SAKIP predikat: the region's latest reviewed LKE's letter (2024 BB → BB)", () => {
    expect(fedAnswer('sakip_predikat', RECORDS, SAKIP)).toEqual({
      answer: 'BB',
      evidence: 'Dari data Balai: predikat SAKIP (LKE) 2024 BB',
    });
  });

  it("the BPK opinion: the latest fiscal year's, as the scale's letter whatever its case (wtp → WTP)", () => {
    expect(fedAnswer('audit_opinion', RECORDS, OPINI)).toEqual({
      answer: 'WTP',
      evidence: 'Dari data Balai: opini BPK atas LKPD 2023 WTP',
    });
    expect(
      fedAnswer('audit_opinion', { ...RECORDS, opinion: { fiscalYear: 2024, opinion: 'wdp' } }, OPINI)
        ?.answer,
    ).toBe('WDP');
  });

  it('the follow-up rate: the share sesuai as a position on the range (1 of 4 → 25 of 0–100, 1.25 of 0–5)', () => {
    expect(fedAnswer('audit_followup_rate', RECORDS, PERCENT)).toEqual({
      answer: 25,
      evidence: 'Dari data Balai: 1 dari 4 rekomendasi hasil pemeriksaan ditindaklanjuti sesuai',
    });
    expect(fedAnswer('audit_followup_rate', RECORDS, { kind: 'range', min: 0, max: 5 })?.answer).toBe(1.25);
    expect(
      fedAnswer('audit_followup_rate', { ...RECORDS, followUp: { total: 3, sesuai: 2 } }, PERCENT)?.answer,
    ).toBe(66.67);
  });

  it("the IKU's capaian: their mean as a position on the range, counted up to 100% (92.5 → 92.5 of 0–100, 4.63 of 0–5)", () => {
    expect(fedAnswer('iku_capaian', RECORDS, PERCENT)).toEqual({
      answer: 92.5,
      evidence: 'Dari data Balai: rata-rata capaian 4 IKU tahun 2024 92,5%',
    });
    expect(fedAnswer('iku_capaian', RECORDS, { kind: 'range', min: 0, max: 5 })?.answer).toBe(4.63);
    const over = { ...RECORDS, iku: { year: 2024, indicators: 2, meanCapaianPercent: 104 } };
    expect(fedAnswer('iku_capaian', over, PERCENT)?.answer).toBe(100);
    expect(fedAnswer('iku_capaian', NOTHING, PERCENT)).toBeNull();
  });

  it('gives nothing without a record, or when the scale has no letter for it: the criterion is answered by hand', () => {
    expect(fedAnswer('sakip_predikat', NOTHING, SAKIP)).toBeNull();
    expect(fedAnswer('audit_opinion', NOTHING, OPINI)).toBeNull();
    expect(fedAnswer('audit_followup_rate', NOTHING, PERCENT)).toBeNull();
    expect(fedAnswer('sakip_predikat', RECORDS, OPINI)).toBeNull();
  });

  it("of a worksheet are found at any depth, and one on a scale its feed cannot answer is the worksheet's mistake", () => {
    const worksheet: Worksheet = {
      total: 10,
      scales: { opini: OPINI, percent: PERCENT },
      sections: [
        {
          code: 'C',
          weight: 10,
          sections: [
            {
              code: 'C.x',
              weight: 10,
              criteria: [
                { code: 'C.1', scale: 'opini', weight: 5, feed: 'audit_opinion' },
                { code: 'C.2', scale: 'percent', weight: 5 },
              ],
            },
          ],
        },
      ],
    };
    expect(fedCriteria(worksheet)).toEqual([{ code: 'C.1', feed: 'audit_opinion', scale: 'opini' }]);
    expect(misfedCriterion(worksheet)).toBeNull();
    const wrong = JSON.parse(JSON.stringify(worksheet).replace('"scale":"opini"', '"scale":"percent"'));
    expect(misfedCriterion(wrong)).toMatchObject({ code: 'C.1', feed: 'audit_opinion' });
  });
});
