import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import { type Bilingual, type FieldError, indonesianOf, Problem } from '../platform/problem';

const indonesian = z.locales.id();
const english = z.locales.en();

/**
 * Validates a request part with its zod schema. A refusal is a VALIDATION_FAILED Problem naming each field, worded
 * in both languages: zod words its messages in English and its Indonesian locale words the same issue, so an
 * Indonesian caller reads why in Indonesian (the reply picks the caller's language).
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // The input is reported so that the messages can say what was sent ("received number"); it never reaches the reply.
    const result = z.safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    return {
      error: new Problem(
        400,
        'VALIDATION_FAILED',
        {},
        result.error.issues.map((i) => fieldError(i, httpPart)),
      ),
    };
  };

/** A body's field is named by its path; another part's with the part first (`querystring.day`). */
function fieldError(issue: z.core.$ZodIssue, httpPart: string | undefined): FieldError {
  const path = issue.path.join('.');
  const field = !httpPart || httpPart === 'body' ? path || 'body' : `${httpPart}.${path}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { field, message: { id: 'Wajib diisi', en: 'Required' } };
  }
  const bilingual = issue.code === 'custom' ? issue.params?.bilingual : undefined;
  if (bilingual) return { field, message: bilingual as Bilingual };
  const own = indonesianOf(issue.message);
  if (own !== undefined) return { field, message: { id: own, en: issue.message } };
  const raw = issue as z.core.$ZodRawIssue;
  // zod's own wording has an Indonesian twin; a message a schema wrote in one language only is kept as written.
  if (issue.code === 'custom' || issue.message !== wording(english.localeError(raw))) {
    return { field, message: issue.message };
  }
  return { field, message: { id: wording(indonesian.localeError(raw)) ?? issue.message, en: issue.message } };
}

function wording(message: string | { message: string } | undefined | null): string | undefined {
  return typeof message === 'string' ? message : (message?.message ?? undefined);
}
