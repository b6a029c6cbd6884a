import { z } from 'zod';
import { bilingualMessage } from '../platform/problem';

/**
 * Shapes every tax endpoint accepts the same way. An amount is whole rupiah up to Rp1 quadrillion: far above any
 * tax or month's receipts and safely below 2^53, so `-1`, `1e30`, `10.5` and `"10000"` are refused at the door.
 */
export const rupiah = z.number().int().min(0).max(1_000_000_000_000_000);

/** A masa pajak: a calendar month. */
export const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, bilingualMessage({ id: 'masa pajak berbentuk YYYY-MM', en: 'YYYY-MM' }));
