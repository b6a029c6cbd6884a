/*
 * Bapenda's PAD indicator reads the revenue ledger's figure in rupiah; the indicator states it in its own unit
 * ("Rp miliar", "Rp juta", "Rp"). Pure, beside its test.
 */

const SCALES: Record<string, number> = {
  rp: 1,
  'rp ribu': 1e3,
  'rp juta': 1e6,
  'rp miliar': 1e9,
  'rp triliun': 1e12,
};

/**
 * Whole rupiah in an indicator's unit, to two decimals (half away from zero, on the exact integer): 1 234 567 890 in
 * "Rp miliar" is 1.23; in "Rp juta" 1234.57. A unit that is not rupiah is the figure itself.
 */
export function rupiahInUnit(rupiah: number, unit: string): number {
  const scale = SCALES[unit.trim().toLowerCase()] ?? 1;
  if (scale === 1) return rupiah;
  // Hundredths of the unit, rounded on integers: rupiah × 100 / scale, with the remainder compared to half the divisor.
  const divisor = BigInt(scale / 100);
  const whole = BigInt(Math.abs(rupiah));
  let hundredths = whole / divisor;
  if ((whole % divisor) * 2n >= divisor) hundredths += 1n;
  return (Math.sign(rupiah) || 1) * (Number(hundredths) / 100);
}
