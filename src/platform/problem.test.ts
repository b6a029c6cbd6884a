import { describe, expect, it } from 'vitest';
import { languageOf, problemText } from './problem';
import { MESSAGES } from './problem-messages';

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
});
