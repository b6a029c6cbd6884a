/**
 * NTPD (Nomor Transaksi Pemda, the region's transaction number given to the bank on a successful payment; ISO 8583
 * bit 47 in the BJB profile, domain notes §4.2). No national format exists; Balai's is 18 digits: the region's
 * Kemendagri code without dots (4), the local payment date YYMMDD (6) and a serial (8: the payment journal's number), so a treasurer
 * can read where and when from the number alone.
 */
export function formatNtpd(regionId: string, day: string, serial: number): string {
  const region = regionId.replace(/\./g, '');
  if (!/^\d{4}$/.test(region)) throw new Error(`NTPD needs a kab/kota code like 35.73, got ${regionId}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`NTPD needs a YYYY-MM-DD day, got ${day}`);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new Error(`NTPD serial must be a positive integer`);
  const yymmdd = day.slice(2).replace(/-/g, '');
  return `${region}${yymmdd}${String(serial % 100_000_000).padStart(8, '0')}`;
}
