import { beforeAll, describe, expect, it } from 'vitest';
import { problemText } from '../platform/problem';
import { registerProblemMessages } from '../platform/problem-messages';
import { TAX_MESSAGES } from './problem-messages';

beforeAll(() => registerProblemMessages(TAX_MESSAGES));

describe("the tax area's problem messages", () => {
  it('RETURN_ALREADY_REVIEWED says in Indonesian what the other officer did', () => {
    expect(problemText('RETURN_ALREADY_REVIEWED', 'id', { returnId: 7, status: 'verified' }).detail).toBe(
      'SPTPD 7 sudah diverifikasi oleh petugas lain.',
    );
    expect(problemText('RETURN_ALREADY_REVIEWED', 'en', { returnId: 7, status: 'rejected' }).detail).toBe(
      'Return 7 was already rejected by another officer.',
    );
  });
});
