/**
 * Exact arithmetic for the performance rules. Targets, realisations, weights and answer values arrive as decimals
 * (6.5 months, a weight of 4.5, an answer worth 0.66); computed in binary doubles, a capaian or a score that is exactly
 * half a hundredth (1.005%) can land a hair below it and round the wrong way. So every rule turns its inputs into
 * exact fractions, computes exactly, and rounds once, at the end, to the hundredths it publishes.
 */

/** A rational number n/d with d > 0, kept in lowest terms. */
export type Fraction = { readonly n: bigint; readonly d: bigint };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The exact value of a finite number as it was written: 6.5 is 13/2, 0.1 is 1/10 (not the double nearest to it),
 * through the shortest decimal that reads back as the same double, which is what JSON and a form carried.
 */
export function fraction(x: number): Fraction {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const m = DECIMAL.exec(String(x));
  if (!m) throw new RangeError(`cannot read ${x} as a decimal`);
  const [, sign, whole, decimals = '', exponent = '0'] = m;
  const scale = Number(exponent) - decimals.length;
  let n = BigInt(`${whole}${decimals}`);
  let d = 1n;
  if (scale >= 0) n *= 10n ** BigInt(scale);
  else d = 10n ** BigInt(-scale);
  return reduced(sign === '-' ? -n : n, d);
}

export const ZERO: Fraction = { n: 0n, d: 1n };

export function whole(n: number | bigint): Fraction {
  return { n: BigInt(n), d: 1n };
}

export function add(a: Fraction, b: Fraction): Fraction {
  return reduced(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function subtract(a: Fraction, b: Fraction): Fraction {
  return reduced(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return reduced(a.n * b.n, a.d * b.d);
}

/** a / b; the caller has made sure b is not zero (a rule says what dividing by zero means for it). */
export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('division by zero');
  return b.n < 0n ? reduced(-a.n * b.d, -b.n * a.d) : reduced(a.n * b.d, b.n * a.d);
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isZero(a: Fraction): boolean {
  return a.n === 0n;
}

/**
 * The value in hundredths, rounded half away from zero (107.145 → 107.15, −107.145 → −107.15, 1.004999… → 1.00):
 * the rounding of the figures a LKjIP or an LKE prints, where a half hundredth goes up in size whatever its sign.
 * Returns the whole number of hundredths, or null when it is beyond the integers a double holds exactly.
 */
export function hundredths(a: Fraction): number | null {
  const scaled = a.n * 100n;
  const magnitude = scaled < 0n ? -scaled : scaled;
  // floor(|x| + ½) with x = magnitude / d: half a hundredth and more goes up.
  const rounded = (2n * magnitude + a.d) / (2n * a.d);
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(scaled < 0n ? -rounded : rounded);
}

/** A number of hundredths as the two-decimal number it names (10714 → 107.14), the closest double to it. */
export function fromHundredths(h: number): number {
  // Division of an exact integer by 100 is correctly rounded, so this prints as the two-decimal figure.
  return h / 100;
}

function reduced(n: bigint, d: bigint): Fraction {
  const g = gcd(n < 0n ? -n : n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
