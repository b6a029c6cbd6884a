import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_DROP, declaredBaseDrop, medianRupiah } from './declared-base-drop';

const JUTA = 1_000_000;

describe('a declared base that falls sharply against the object’s own history is flagged for a look', () => {
  it('Rp15 juta against six months around Rp42 juta (median Rp42 juta) is 64% lower: flagged', () => {
    const history = [40, 42, 44, 41, 43, 42].map((x) => x * JUTA);
    expect(declaredBaseDrop(15 * JUTA, history)).toEqual({
      flagged: true,
      typicalGross: 42 * JUTA,
      dropPercent: 64,
      compared: 6,
    });
  });

  it('Rp30 juta against the same history is 28% lower: not flagged (a slow month, not a fall)', () => {
    const history = [40, 42, 44, 41, 43, 42].map((x) => x * JUTA);
    expect(declaredBaseDrop(30 * JUTA, history)).toMatchObject({ flagged: false, dropPercent: 28 });
  });

  it('exactly at the threshold (Rp20 juta against a typical Rp40 juta, 50%) is flagged', () => {
    expect(declaredBaseDrop(20 * JUTA, [40 * JUTA, 40 * JUTA, 40 * JUTA])).toMatchObject({
      flagged: true,
      dropPercent: 50,
    });
  });

  it('a nil return (Rp0) after a steady history is a 100% fall', () => {
    expect(declaredBaseDrop(0, [9 * JUTA, 10 * JUTA, 11 * JUTA])).toMatchObject({
      flagged: true,
      typicalGross: 10 * JUTA,
      dropPercent: 100,
    });
  });

  it('one festive month does not make an ordinary month look like a fall (the median, not the mean)', () => {
    // Mean 25 juta would make 6 juta a 76% fall; against the median of 10 juta it is 40%.
    const history = [10, 10, 10, 10, 10, 100].map((x) => x * JUTA);
    expect(declaredBaseDrop(6 * JUTA, history)).toMatchObject({ flagged: false, typicalGross: 10 * JUTA });
  });

  it('a rise or an equal base is no fall', () => {
    expect(declaredBaseDrop(50 * JUTA, [40 * JUTA, 40 * JUTA, 40 * JUTA])).toMatchObject({
      flagged: false,
      dropPercent: 0,
    });
  });

  it('too short a history (fewer than minMonths earlier masa) is not compared', () => {
    expect(declaredBaseDrop(0, [40 * JUTA, 42 * JUTA])).toEqual({
      flagged: false,
      typicalGross: null,
      dropPercent: null,
      compared: 2,
    });
  });

  it('a history of nil returns gives nothing to fall from', () => {
    expect(declaredBaseDrop(0, [0, 0, 0])).toMatchObject({ flagged: false, typicalGross: 0 });
  });

  it("the region's threshold decides: a 28% fall is flagged at 25%, not at 50%", () => {
    const history = [40, 42, 44, 41, 43, 42].map((x) => x * JUTA);
    expect(declaredBaseDrop(30 * JUTA, history, { ...DEFAULT_BASE_DROP, percent: 25 }).flagged).toBe(true);
    expect(declaredBaseDrop(30 * JUTA, history, { ...DEFAULT_BASE_DROP, percent: 50 }).flagged).toBe(false);
  });

  it('the median of an even count is the mean of the middle two, rounded down to a rupiah', () => {
    expect(medianRupiah([3, 1, 2, 4])).toBe(2);
    expect(medianRupiah([5, 1, 9])).toBe(5);
    expect(medianRupiah([1_000_001, 1_000_000])).toBe(1_000_000);
  });
});
