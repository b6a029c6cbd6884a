import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPAIAN_BANDS, descending } from './capaian-bands';
import { type LkjipInput, lkjipFigures, yearFigure } from './lkjip-figures';

const bands = { effectiveFrom: null, bands: descending(DEFAULT_CAPAIAN_BANDS) };
const quarters = (target: number, q: [number, number, number, number]) => ({
  target,
  targetUpper: null,
  quarters: q,
});
const accepted = (indicatorId: number, quarter: number, value: number) => ({
  indicatorId,
  quarter,
  value,
  source: 'manual' as const,
});

describe('an indicator’s figure of a year', () => {
  it('reads Tw4 against the year’s target when Tw4 is accepted (higher is better: 83 of 83 → 100, Sangat Baik)', () => {
    expect(yearFigure('higher', quarters(83, [82.5, 82.7, 82.9, 83]), accepted(1, 4, 83), bands)).toEqual({
      target: 83,
      targetUpper: null,
      realisation: 83,
      quarter: 4,
      comparedWith: 83,
      capaian: 100,
      band: 'Sangat Baik',
    });
  });

  it('reads the latest quarter against that quarter’s own target before Tw4 (30 of Tw2’s 40 → 75, Cukup)', () => {
    const f = yearFigure('higher', quarters(80, [20, 40, 60, 80]), accepted(1, 2, 30), bands);
    expect([f.quarter, f.comparedWith, f.capaian, f.band]).toEqual([2, 40, 75, 'Cukup']);
  });

  it('scores lower-is-better by 8/2021’s formula (g): target 8, realised 9 → 87.5, Baik', () => {
    const f = yearFigure('lower', quarters(8, [8, 8, 8, 8]), accepted(1, 4, 9), bands);
    expect([f.capaian, f.band]).toEqual([87.5, 'Baik']);
  });

  it('scores a range inside it as met (5–7, realised 6 → 100)', () => {
    const f = yearFigure('range', { target: 5, targetUpper: 7, quarters: null }, accepted(1, 4, 6), bands);
    expect([f.capaian, f.band]).toEqual([100, 'Sangat Baik']);
  });

  it('leaves the capaian empty without an accepted realisation, or a target of zero', () => {
    expect(yearFigure('higher', quarters(80, [20, 40, 60, 80]), undefined, bands).capaian).toBeNull();
    const zero = yearFigure(
      'higher',
      { target: 0, targetUpper: null, quarters: null },
      accepted(1, 4, 3),
      bands,
    );
    expect([zero.realisation, zero.capaian, zero.band]).toEqual([3, null, null]);
  });
});

describe('the draft’s figures', () => {
  const indicator = (id: number, iku: boolean, target: number) => ({
    id,
    nodeId: 0,
    name: `Indikator ${id}`,
    unit: '%',
    polarity: 'higher' as const,
    cumulative: false,
    iku,
    baseline: null,
    baselineYear: null,
    dataSource: null,
    evidenceRequired: null,
    source: 'manual' as const,
    owners: [],
    target: { target, targetUpper: null, quarters: null },
  });
  const node = (
    id: number,
    kind: 'tujuan_rpjmd' | 'sasaran_opd',
    opd: string | null,
    indicators: unknown[],
    children: unknown[] = [],
  ) => ({
    id,
    parentId: null,
    kind,
    cascading: null,
    name: `Simpul ${id}`,
    opd: opd === null ? null : { id: opd.length, name: `Dinas ${opd}`, shortName: opd },
    indicators,
    children,
  });
  const input = {
    year: 2024,
    tree: {
      year: 2024,
      nodes: 3,
      indicators: 4,
      roots: [
        node(
          1,
          'tujuan_rpjmd',
          null,
          [indicator(1, true, 100)],
          [
            node(2, 'sasaran_opd', 'Dinkes', [indicator(2, true, 100), indicator(3, false, 100)]),
            node(3, 'sasaran_opd', 'Bapenda', [indicator(4, false, 100)]),
          ],
        ),
      ],
    },
    lastYearTargets: new Map([[1, { target: 90, targetUpper: null, quarters: null }]]),
    realisations: [accepted(1, 3, 50), accepted(1, 4, 95), accepted(2, 4, 70), accepted(3, 2, 80)],
    lastYearRealisations: [accepted(1, 4, 90)],
    bands,
    sakip: { worksheet: 'LKE SAKIP', score: 72.5, predikat: 'BB' },
    opinions: [{ fiscalYear: 2024, opinion: 'wtp', reportDate: '2025-05-20' }],
  } as unknown as LkjipInput;
  const f = lkjipFigures(input);

  it('puts the region’s IKU first, wherever they sit, then each OPD’s sasaran by name', () => {
    expect(f.iku.map((i) => [i.id, i.opd])).toEqual([
      [1, null],
      [2, 'Dinkes'],
    ]);
    expect(f.goals.map((g) => g.indicators.map((i) => i.id))).toEqual([[1]]);
    expect(f.opds.map((o) => [o.shortName, o.sasaran.flatMap((s) => s.indicators.map((i) => i.id))])).toEqual(
      [
        ['Bapenda', [4]],
        ['Dinkes', [2, 3]],
      ],
    );
  });

  it('reads the year’s Tw4 though Tw3 is accepted too, with last year’s figure beside it', () => {
    const ipm = f.iku[0];
    expect([ipm?.year.realisation, ipm?.year.capaian, ipm?.year.band]).toEqual([95, 95, 'Sangat Baik']);
    expect([ipm?.lastYear.target, ipm?.lastYear.realisation, ipm?.lastYear.capaian]).toEqual([90, 90, 100]);
  });

  it('counts each printed indicator once per band (an IKU of an OPD printed twice, a program indicator never), and those without a capaian', () => {
    expect(f.bandCounts).toEqual([
      { label: 'Sangat Baik', count: 1 },
      { label: 'Baik', count: 1 },
      { label: 'Cukup', count: 1 },
      { label: 'Kurang', count: 0 },
      { label: 'Sangat Kurang', count: 0 },
    ]);
    expect(f.withoutCapaian).toBe(1);
  });
});
