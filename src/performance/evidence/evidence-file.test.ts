import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/problem';
import { checkEvidenceFile, cleanEvidenceName, type EvidenceLimits, evidenceType } from './evidence-file';

const PDF = new TextEncoder().encode('%PDF-1.4\n%…');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const DEFAULT: EvidenceLimits = {
  maxBytes: 5 * 1024 * 1024,
  contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

function refusal(run: () => unknown): { status: number; code: string; params: unknown } {
  try {
    run();
  } catch (e) {
    if (e instanceof Problem) return { status: e.status, code: e.code, params: e.params };
    throw e;
  }
  throw new Error('not refused');
}

describe('an evidence file', () => {
  it('is the type its first bytes say, whatever its name', () => {
    expect(evidenceType(PDF)).toBe('application/pdf');
    expect(evidenceType(PNG)).toBe('image/png');
    expect(evidenceType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(evidenceType(new TextEncoder().encode('MZ…an .exe named bukti.pdf'))).toBeNull();
  });

  it('keeps its name without bidirectional or control characters', () => {
    expect(cleanEvidenceName('bukti\u202Efdp.exe', 'application/pdf')).toBe('buktifdp.exe');
    expect(cleanEvidenceName('\u0000 ', 'image/png')).toBe('bukti.png');
  });

  it('within the limits is taken with its sniffed type', () => {
    expect(checkEvidenceFile('LHP.pdf', PDF, DEFAULT)).toEqual({
      fileName: 'LHP.pdf',
      contentType: 'application/pdf',
    });
  });

  it('of a type the region does not take is refused (422 EVIDENCE_TYPE_NOT_ALLOWED)', () => {
    expect(refusal(() => checkEvidenceFile('x.exe', new Uint8Array([1, 2, 3]), DEFAULT))).toMatchObject({
      status: 422,
      code: 'EVIDENCE_TYPE_NOT_ALLOWED',
    });
    const pdfOnly: EvidenceLimits = { maxBytes: 1000, contentTypes: ['application/pdf'] };
    expect(refusal(() => checkEvidenceFile('foto.png', PNG, pdfOnly))).toMatchObject({
      code: 'EVIDENCE_TYPE_NOT_ALLOWED',
      params: { allowed: 'PDF' },
    });
    expect(refusal(() => checkEvidenceFile('kosong.pdf', new Uint8Array(), DEFAULT)).code).toBe(
      'EVIDENCE_TYPE_NOT_ALLOWED',
    );
  });

  it('larger than the limit is refused (413 EVIDENCE_TOO_LARGE), one byte over already', () => {
    const small: EvidenceLimits = { maxBytes: PDF.length - 1, contentTypes: ['application/pdf'] };
    expect(refusal(() => checkEvidenceFile('LHP.pdf', PDF, small))).toMatchObject({
      status: 413,
      code: 'EVIDENCE_TOO_LARGE',
    });
    expect(checkEvidenceFile('LHP.pdf', PDF, { ...small, maxBytes: PDF.length }).contentType).toBe(
      'application/pdf',
    );
  });
});
