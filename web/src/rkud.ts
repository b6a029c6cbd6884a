/** The region's treasury account (RKUD), as the API answers it. */
export interface StoredRkud {
  bankName: string;
  /** Digits only. */
  accountNumber: string;
  /** The account holder, e.g. "RKUD Pemerintah Kota Malang". */
  accountName: string;
  /** The demo's invented account, to be replaced with the region's own. */
  exampleOnly: boolean;
  updatedAt: string;
}
