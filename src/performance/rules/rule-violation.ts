import { type FieldError, Problem } from '../../platform/problem';
import type { ProblemCode } from '../../platform/problem-messages';

/**
 * What a performance rule refuses, with its stable code (worded in public/calculator-messages.ts and
 * evaluation/evaluation-messages.ts) and, where a field is to blame, what is wrong with it in both languages. The rules
 * stay free of HTTP: whoever calls one decides the status (the public calculators answer 400, a use case saving a
 * region's settings may answer 422).
 */
export class RuleViolation extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly errors?: FieldError[],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }

  problem(status: number): Problem {
    return new Problem(status, this.code, this.params, this.errors);
  }
}

/** A decimal as each language writes it (4.5, 4,5): for the particulars a field error names. */
export function decimalText(x: number): { id: string; en: string } {
  const en = String(x);
  return { id: en.replace('.', ','), en };
}
