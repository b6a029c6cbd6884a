import { describe, expect, it } from 'vitest';
import { monthsLate } from '../../receivables';
import { ageOf, collectionLapsesOn, isLapsed, teguranFrom } from './age-buckets';

const ageOn = (dueDate: string, day: string) => ageOf(monthsLate(dueDate, day));

describe('the age of a bill on 11 March 2025', () => {
  it('is current when due today or later: a payment on the due date is on time', () => {
    expect(ageOn('2025-03-11', '2025-03-11')).toBe('current');
    expect(ageOn('2025-04-10', '2025-03-11')).toBe('current');
  });

  it('is 1–12 months from the first day late (a started month counts) to the end of the twelfth month', () => {
    expect(ageOn('2025-03-10', '2025-03-11')).toBe('m1_12');
    // Due 11 March 2024: month 12 ends on 11 March 2025.
    expect(ageOn('2024-03-11', '2025-03-11')).toBe('m1_12');
    expect(ageOn('2024-03-10', '2025-03-11')).toBe('y1_2');
  });

  it('is 1–2 years to the end of month 24, and over 2 years after', () => {
    expect(ageOn('2023-03-11', '2025-03-11')).toBe('y1_2');
    expect(ageOn('2023-03-10', '2025-03-11')).toBe('over_2y');
    expect(ageOn('2019-01-10', '2025-03-11')).toBe('over_2y');
  });
});

describe('when a Surat Teguran may first be issued', () => {
  it('is the due date plus the region’s days, never the due date itself', () => {
    expect(teguranFrom('2025-02-10', 7)).toBe('2025-02-17');
    expect(teguranFrom('2025-02-10', 0)).toBe('2025-02-11');
  });
});

describe('kedaluwarsa penagihan (5 years, suspended by a letter)', () => {
  it('lapses 5 years after the due date: due 10 March 2020 lapses on 10 March 2025', () => {
    expect(collectionLapsesOn('2020-03-10', 5)).toBe('2025-03-10');
    expect(isLapsed('2020-03-10', 5, null, '2025-03-11')).toBe(true);
    expect(isLapsed('2020-03-12', 5, null, '2025-03-11')).toBe(false);
  });

  it('runs again from a Surat Teguran: due 2020-01-10, teguran 2020-02-01 lapses on 2025-02-01', () => {
    expect(collectionLapsesOn('2020-01-10', 5, '2020-02-01')).toBe('2025-02-01');
    expect(isLapsed('2019-12-10', 5, '2021-06-01', '2025-03-11')).toBe(false);
  });

  it('takes 29 February to 28 February, and follows a region’s other number of years', () => {
    expect(collectionLapsesOn('2020-02-29', 5)).toBe('2025-02-28');
    expect(collectionLapsesOn('2020-03-10', 3)).toBe('2023-03-10');
  });
});
