/**
 * Rupiah arithmetic shared by every tax rule. Amounts are whole rupiah held in safe-integer `number`s; rates are
 * integers in parts per million (10% = 100_000 ppm). Products are formed exactly in `bigint` and each computed
 * amount is rounded exactly once, by the region's own rule, so a bill never carries a double-rounding drift.
 */

/** A region's rounding rule, e.g. "dibulatkan ke bawah ke ratusan" = `{ mode: 'down', unit: 100 }`. */
export type Rounding = { mode: 'down' | 'half-up' | 'up'; unit: 1 | 10 | 100 | 1000 };

/** 100% in parts per million. */
export const WHOLE_PPM = 1_000_000;

const PPM = BigInt(WHOLE_PPM);
const UNITS: readonly number[] = [1, 10, 100, 1000];
const MODES: readonly string[] = ['down', 'half-up', 'up'];

/**
 * Checks that a count, amount or rate is a non-negative safe integer and returns it as a `bigint`. Config and
 * user input reach these rules from JSON, so a fraction or a negative must stop here, not round silently.
 */
export function nonNegativeInteger(value: number, what: string): bigint {
  return BigInt(wholeNumber(value, what));
}

/** The same check, keeping the number. */
export function wholeNumber(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole number, got ${value}`);
  }
  return value;
}

/**
 * An exact product of whole numbers: a `number` while it is held exactly, a `bigint` beyond. Everyday amounts stay
 * numbers, so a report pricing a million bills does not spend its time in bigint arithmetic.
 */
export function exactProduct(...factors: (number | bigint)[]): number | bigint {
  let product: number | bigint = 1;
  for (const f of factors) {
    if (typeof product === 'number' && typeof f === 'number') {
      const next: number = product * f;
      // A double product beyond 2^53 - 1 is never mistaken for a safe one: rounding cannot bring it back below.
      product = Number.isSafeInteger(next) ? next : BigInt(product) * BigInt(f);
    } else {
      product = BigInt(product) * BigInt(f);
    }
  }
  return product;
}

/** The one rounding function: numerator/denominator (both exact) to whole rupiah by the region's rule. */
export function roundRupiah(
  numerator: bigint | number,
  denominator: bigint | number,
  rounding: Rounding,
): number {
  if (numerator < 0) throw new RangeError(`cannot round a negative amount (${numerator}/${denominator})`);
  if (denominator <= 0) throw new RangeError(`the denominator must be positive, got ${denominator}`);
  if (!UNITS.includes(rounding.unit) || !MODES.includes(rounding.mode)) {
    throw new RangeError(`unknown rounding rule ${JSON.stringify(rounding)}`);
  }
  if (
    (typeof numerator === 'number' && !Number.isSafeInteger(numerator)) ||
    (typeof denominator === 'number' && !Number.isSafeInteger(denominator))
  ) {
    throw new RangeError(`${numerator}/${denominator} is not a ratio of exact whole numbers`);
  }
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    const step = denominator * rounding.unit;
    if (Number.isSafeInteger(step)) {
      // Division of safe integers in doubles can land one off near a whole quotient: the remainder corrects it.
      let steps = Math.floor(numerator / step);
      let rest = numerator - steps * step;
      if (rest < 0) {
        steps -= 1;
        rest += step;
      } else if (rest >= step) {
        steps += 1;
        rest -= step;
      }
      if (rest > 0 && (rounding.mode === 'up' || (rounding.mode === 'half-up' && rest * 2 >= step)))
        steps += 1;
      return safeRupiah(steps * rounding.unit);
    }
  }
  const unit = BigInt(rounding.unit);
  const step = BigInt(denominator) * unit;
  const whole = BigInt(numerator);
  let steps = whole / step;
  const rest = whole % step;
  if (rest > 0n && (rounding.mode === 'up' || (rounding.mode === 'half-up' && rest * 2n >= step)))
    steps += 1n;
  return safeRupiah(steps * unit);
}

/** Rounding up can carry an amount just below the largest exact one past it: refused, never returned inexact. */
function safeRupiah(rupiah: number | bigint): number {
  if (rupiah > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `Rp${rupiah} is beyond the largest amount held exactly (${Number.MAX_SAFE_INTEGER})`,
    );
  }
  return Number(rupiah);
}

/** base × ratePpm / 1,000,000, computed exactly and rounded once. */
export function applyRate(base: number, ratePpm: number, rounding: Rounding): number {
  return roundRupiah(
    nonNegativeInteger(base, 'base') * nonNegativeInteger(ratePpm, 'rate (ppm)'),
    PPM,
    rounding,
  );
}

/**
 * Splits a whole-rupiah amount in proportion to weights, so that the parts add up to it exactly: each part is
 * rounded down and the rupiah left over go one each to the largest remainders (the earlier part on a tie). Used
 * where one sum belongs to several accounts, e.g. the interest on a bill whose principal is partly the province's
 * opsen, so that no split ever creates or loses a rupiah.
 */
export function allocateRupiah(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + nonNegativeInteger(w, 'weight'), 0n);
  const whole = nonNegativeInteger(amount, 'amount to allocate');
  if (total === 0n) {
    if (whole === 0n) return weights.map(() => 0);
    throw new RangeError(`cannot allocate Rp${amount} over weights that are all zero`);
  }
  const parts = weights.map((w) => (whole * BigInt(w)) / total);
  let left = whole - parts.reduce((s, p) => s + p, 0n);
  const byRemainder = weights
    .map((w, i) => ({ i, rest: (whole * BigInt(w)) % total }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}
