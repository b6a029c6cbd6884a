import { describe, expect, it } from 'vitest';
import type { Problem } from '../../platform/problem';
import { NATIONAL_DEFAULTS } from '../settings/collection-settings';
import {
  type CaseFacts,
  checkPaksa,
  checkTeguran,
  paksaDeadline,
  stageOf,
  teguranDeadline,
} from './letter-rules';

const settings = NATIONAL_DEFAULTS; // teguran 7 days after the due date, surat paksa 7 days after the teguran
const open = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  billStatus: 'open',
  dueDate: '2025-02-10',
  teguran: null,
  paksa: null,
  ...over,
});
const codeOf = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return (e as Problem).code;
  }
  return null;
};

describe('a bill due 10 February 2025, through collection', () => {
  it('is not collection work until 7 days past due, then due for a teguran (from 17 February)', () => {
    expect(stageOf(open(), settings, '2025-02-16')).toBeNull();
    expect(stageOf(open(), settings, '2025-02-17')).toBe('due_teguran');
  });

  it('a teguran of 3 March gives until 10 March to pay; a surat paksa from 11 March', () => {
    expect(teguranDeadline('2025-03-03', settings)).toBe('2025-03-10');
    const c = open({ teguran: { issuedOn: '2025-03-03', deadline: '2025-03-10' } });
    expect(stageOf(c, settings, '2025-03-10')).toBe('teguran');
    expect(stageOf(c, settings, '2025-03-11')).toBe('due_paksa');
    expect(codeOf(() => checkPaksa(c, settings, '2025-03-10', 1))).toBe('PAKSA_BEFORE_DEADLINE');
    expect(codeOf(() => checkPaksa(c, settings, '2025-03-11', 1))).toBeNull();
  });

  it('a surat paksa gives 2 × 24 hours; paid, the case is closed', () => {
    expect(paksaDeadline('2025-03-11')).toBe('2025-03-13');
    const teguran = { issuedOn: '2025-03-03', deadline: '2025-03-10' };
    expect(stageOf(open({ teguran, paksa: { issuedOn: '2025-03-11' } }), settings, '2025-03-11')).toBe(
      'paksa',
    );
    expect(stageOf(open({ billStatus: 'paid', teguran }), settings, '2025-03-11')).toBe('closed');
    expect(stageOf(open({ billStatus: 'paid' }), settings, '2025-03-11')).toBeNull();
  });
});

describe('letters the law does not allow are refused', () => {
  it('a teguran before the region’s days after the due date, twice, or for a paid bill', () => {
    expect(codeOf(() => checkTeguran(open(), settings, '2025-02-16', 1))).toBe('TEGURAN_TOO_EARLY');
    const teguran = { issuedOn: '2025-03-03', deadline: '2025-03-10' };
    expect(codeOf(() => checkTeguran(open({ teguran }), settings, '2025-03-11', 1))).toBe(
      'TEGURAN_ALREADY_ISSUED',
    );
    expect(codeOf(() => checkTeguran(open({ billStatus: 'paid' }), settings, '2025-03-11', 1))).toBe(
      'COLLECTION_BILL_NOT_OPEN',
    );
  });

  it('a surat paksa without a teguran, or a second one', () => {
    expect(codeOf(() => checkPaksa(open(), settings, '2025-03-11', 1))).toBe('PAKSA_WITHOUT_TEGURAN');
    const c = open({
      teguran: { issuedOn: '2025-03-03', deadline: '2025-03-10' },
      paksa: { issuedOn: '2025-03-11' },
    });
    expect(codeOf(() => checkPaksa(c, settings, '2025-03-12', 1))).toBe('PAKSA_ALREADY_ISSUED');
  });
});

describe('a bill past the collection time limit (kedaluwarsa penagihan, 5 years)', () => {
  const old = (over: Partial<CaseFacts> = {}) => open({ dueDate: '2019-12-10', ...over });

  it('is no longer collection work from the day it lapses, and no letter may be issued for it', () => {
    expect(stageOf(old(), settings, '2024-12-09')).toBe('due_teguran');
    expect(stageOf(old(), settings, '2024-12-10')).toBeNull();
    expect(codeOf(() => checkTeguran(old(), settings, '2024-12-09', 1))).toBeNull();
    expect(codeOf(() => checkTeguran(old(), settings, '2024-12-10', 1))).toBe('COLLECTION_LAPSED');
  });

  it('runs again from its latest letter: a teguran of 2021 keeps it collectable until 2026', () => {
    const teguran = { issuedOn: '2021-01-05', deadline: '2021-01-12' };
    expect(stageOf(old({ teguran }), settings, '2025-03-11')).toBe('due_paksa');
    expect(codeOf(() => checkPaksa(old({ teguran }), settings, '2025-03-11', 1))).toBeNull();
    expect(codeOf(() => checkPaksa(old({ teguran }), settings, '2026-01-05', 1))).toBe('COLLECTION_LAPSED');
    // A region whose Perda gives 3 years: lapsed in 2024 already.
    expect(stageOf(old({ teguran }), { ...settings, writeOffYears: 3 }, '2025-03-11')).toBeNull();
  });

  it('once paid with a letter, is a closed case whatever its age', () => {
    const teguran = { issuedOn: '2020-01-05', deadline: '2020-01-12' };
    expect(stageOf(old({ billStatus: 'paid', teguran }), settings, '2025-03-11')).toBe('closed');
  });
});
