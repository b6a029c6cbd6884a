import type { z } from 'zod';

/**
 * Why a bank's request body was refused before anything was done with it: not JSON at all, or a field its schema
 * refuses (the first one, by its path; `missing` when the field is absent rather than wrong). Each channel words it in
 * its own codes: H2H 30 with the path and message, SNAP "Invalid Mandatory Field" or "Invalid Field Format".
 */
export type BodyRefusal =
  | { reason: 'not_json' }
  | { reason: 'invalid'; path: string; message: string; missing: boolean };

/** Reads a bank's raw request body (the bytes its signature covers) as JSON and checks it against the schema. */
export function parseBankBody<T>(
  raw: string,
  schema: z.ZodType<T>,
): { ok: true; data: T } | { ok: false; refusal: BodyRefusal } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, refusal: { reason: 'not_json' } };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const value = path.reduce<unknown>(
    (v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key],
    json,
  );
  return {
    ok: false,
    refusal: {
      reason: 'invalid',
      path: path.join('.'),
      message: issue?.message ?? '',
      missing: value === undefined,
    },
  };
}
