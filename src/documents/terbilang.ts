/**
 * "Terbilang": an amount written out in Indonesian words, as official documents print it beneath the figure so
 * that a figure cannot be altered unnoticed. 1 234 567 → "satu juta dua ratus tiga puluh empat ribu lima ratus enam
 * puluh tujuh". The prefix `se-` replaces "satu" before belas, puluh, ratus and ribu ("sebelas", "sepuluh",
 * "seratus", "seribu") but not before juta and larger ("satu juta").
 */

const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
// Scales of 10^3k. Rupiah amounts are safe integers (below 2^53 ≈ 9 kuadriliun), so kuadriliun is the last.
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];

function belowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(ONES[hundreds] as string, 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(ONES[rest - 10] as string, 'belas');
  else {
    const tens = Math.floor(rest / 10);
    if (tens > 0) words.push(ONES[tens] as string, 'puluh');
    if (rest % 10 > 0) words.push(ONES[rest % 10] as string);
  }
  return words;
}

/** A whole number of 0 or more in Indonesian words, lower case: 0 → "nol", 1000 → "seribu". */
export function terbilang(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`terbilang needs a whole number from 0 to 2^53 - 1, got ${amount}`);
  }
  if (amount === 0) return 'nol';
  const groups: number[] = [];
  for (let n = amount; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] as number;
    if (group === 0) continue;
    if (i === 1 && group === 1) words.push('seribu');
    else words.push(...belowThousand(group), ...(i > 0 ? [SCALES[i] as string] : []));
  }
  return words.join(' ');
}

/** An amount of rupiah in words: 1000 → "seribu rupiah". */
export function terbilangRupiah(amount: number): string {
  return `${terbilang(amount)} rupiah`;
}
