import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/problem';
import { checkEvidenceLimitRow } from './evidence-limits';

const TODAY = '2025-03-11';

function refusal(run: () => unknown): { status: number; code: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof Problem) return { status: e.status, code: e.code };
    throw e;
  }
  throw new Error('not refused');
}

describe("a row of the region's evidence limits", () => {
  it('from today or a later day is taken, its types once each in a fixed order', () => {
    expect(
      checkEvidenceLimitRow(TODAY, {
        effectiveFrom: TODAY,
        maxBytes: 10 * 1024 * 1024,
        contentTypes: ['image/png', 'application/pdf', 'image/png'],
      }),
    ).toEqual({ effectiveFrom: TODAY, maxBytes: 10485760, contentTypes: ['application/pdf', 'image/png'] });
    expect(
      checkEvidenceLimitRow(TODAY, {
        effectiveFrom: '2025-04-01',
        maxBytes: 1,
        contentTypes: ['image/jpeg'],
      }).contentTypes,
    ).toEqual(['image/jpeg']);
  });

  it('from a day gone by is refused (422 EVIDENCE_LIMIT_IN_PAST): files were taken under that day’s limits', () => {
    expect(
      refusal(() =>
        checkEvidenceLimitRow(TODAY, {
          effectiveFrom: '2025-03-10',
          maxBytes: 1024,
          contentTypes: ['application/pdf'],
        }),
      ),
    ).toEqual({ status: 422, code: 'EVIDENCE_LIMIT_IN_PAST' });
  });

  it('of more than 20 MB is refused (422 EVIDENCE_LIMIT_TOO_LARGE), 20 MB exactly taken', () => {
    const row = { effectiveFrom: TODAY, contentTypes: ['application/pdf'] };
    expect(checkEvidenceLimitRow(TODAY, { ...row, maxBytes: 20 * 1024 * 1024 }).maxBytes).toBe(20971520);
    expect(refusal(() => checkEvidenceLimitRow(TODAY, { ...row, maxBytes: 20 * 1024 * 1024 + 1 }))).toEqual({
      status: 422,
      code: 'EVIDENCE_LIMIT_TOO_LARGE',
    });
  });

  it('naming a type other than PDF, JPEG or PNG, or none, is refused (422 EVIDENCE_LIMIT_TYPE_UNKNOWN)', () => {
    const row = { effectiveFrom: TODAY, maxBytes: 1024 };
    expect(
      refusal(() =>
        checkEvidenceLimitRow(TODAY, { ...row, contentTypes: ['application/pdf', 'application/zip'] }),
      ),
    ).toEqual({ status: 422, code: 'EVIDENCE_LIMIT_TYPE_UNKNOWN' });
    expect(refusal(() => checkEvidenceLimitRow(TODAY, { ...row, contentTypes: [] })).code).toBe(
      'EVIDENCE_LIMIT_TYPE_UNKNOWN',
    );
  });
});
