import { describe, expect, it } from 'vitest';
import { languageOf, problemText } from './problem';
import { PLATFORM_MESSAGES, type ProblemCode, registerProblemMessages } from './problem-messages';

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
  it('fills parameters into the detail', () => {
    expect(problemText('REGION_NOT_FOUND', 'en', { regionId: '35.07' }).detail).toBe(
      'Region 35.07 does not exist or is not available to you.',
    );
  });

  it('a code no registered area defines says itself instead of failing the answer', () => {
    expect(problemText('NOT_A_CODE' as ProblemCode, 'id', {})).toEqual({
      title: 'NOT_A_CODE',
      detail: 'NOT_A_CODE',
    });
  });

  it('an area cannot word a code that another area already defines', () => {
    expect(() => registerProblemMessages({ NOT_FOUND: PLATFORM_MESSAGES.AUTH_REQUIRED })).toThrow(/twice/);
    // Registering the same messages again (a second server in one process) is no conflict.
    expect(() => registerProblemMessages(PLATFORM_MESSAGES)).not.toThrow();
  });
});
