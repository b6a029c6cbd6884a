/** The region's static QRIS and a bill's dynamic QRIS, as the API answers them. */

export interface StoredQris {
  /** The static string as the region's bank issued it. */
  payload: string;
  /** The acquirer's merchant account, e.g. `ID.CO.BANKJATIM.WWW`. */
  guid: string;
  merchantPan: string | null;
  merchantId: string | null;
  merchantCriteria: string | null;
  /** National Merchant ID. */
  nmid: string | null;
  mcc: string;
  currency: string;
  countryCode: string;
  merchantName: string;
  merchantCity: string;
  postalCode: string | null;
  updatedAt: string;
}

export interface BillQris {
  /** The dynamic QRIS string: amount and payment code inside. */
  payload: string;
  amount: number;
  billingCode: string;
  /** The last day the amount holds; a new month of lateness changes it. */
  validUntil: string;
  /** The QR code as an image data URL. */
  image: string;
}
