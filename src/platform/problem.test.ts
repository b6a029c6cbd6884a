import { describe, expect, it } from 'vitest';
import { languageOf, problemText } from './problem';
import { MESSAGES, STATUS_WORDS } from './problem-messages';

describe('the language of an answer', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.3,id;q=0.9', 'id'],
    ['fr-FR', 'id'],
    ['fr,en;q=0.5', 'en'],
  ])('Accept-Language %j → %s', (header, lang) => {
    expect(languageOf(header)).toBe(lang);
  });
});

describe('problem messages', () => {
  it('every code has a title and detail in both languages', () => {
    for (const [code, m] of Object.entries(MESSAGES)) {
      for (const lang of ['id', 'en'] as const) {
        expect(m[lang].title, `${code}.${lang}`).toBeTruthy();
        expect(m[lang].detail, `${code}.${lang}`).toBeTruthy();
      }
    }
  });

  it('fills parameters into the detail', () => {
    expect(problemText('REGION_NOT_FOUND', 'en', { regionId: '35.07' }).detail).toBe(
      'Region 35.07 does not exist or is not available to you.',
    );
  });

  it('RETURN_ALREADY_REVIEWED says in Indonesian what the other officer did', () => {
    expect(problemText('RETURN_ALREADY_REVIEWED', 'id', { returnId: 7, status: 'verified' }).detail).toBe(
      'SPTPD 7 sudah diverifikasi oleh petugas lain.',
    );
    expect(problemText('RETURN_ALREADY_REVIEWED', 'en', { returnId: 7, status: 'rejected' }).detail).toBe(
      'Return 7 was already rejected by another officer.',
    );
  });

  it('no Indonesian detail shows a raw English status code', () => {
    const withStatus = Object.entries(MESSAGES).filter(([, m]) => m.id.detail.includes('{status}'));
    expect(withStatus.length).toBeGreaterThan(5);
    for (const [code] of withStatus) {
      for (const status of Object.keys(STATUS_WORDS)) {
        const { detail } = problemText(code as keyof typeof MESSAGES, 'id', { status });
        expect(detail, `${code} ${status}`).not.toMatch(new RegExp(`\\b${status}\\b`));
      }
    }
  });
});
