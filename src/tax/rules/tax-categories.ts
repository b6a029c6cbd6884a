/*
 * The categories each tax distinguishes, because the law rates them differently: electricity used by industry, oil and
 * gas, mining or generated for oneself has lower caps (UU 1/2022 Pasal 58(3)); "khusus" entertainment (discotheques,
 * karaoke, bars, spas: Pasal 55 huruf l) is taxed in a 40–75% band (Pasal 58(2)). Every other tax has one, `umum`.
 * A rate or object with another category is refused. Pure, so that the web app's forms offer the same list.
 */
export const TAX_CATEGORIES: Record<string, readonly string[]> = {
  pbjt_makanan_minuman: ['umum'],
  pbjt_tenaga_listrik: ['umum', 'industri_migas_tambang', 'pembangkit_sendiri'],
  pbjt_perhotelan: ['umum'],
  pbjt_parkir: ['umum'],
  pbjt_kesenian_hiburan: ['umum', 'khusus'],
  reklame: ['umum'],
  pat: ['umum'],
  mblb: ['umum'],
  sarang_walet: ['umum'],
};
