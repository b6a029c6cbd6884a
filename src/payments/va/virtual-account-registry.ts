/** A bill's virtual account as a bank is told about it (Bank Jatim's registration; SNAP create-va / update-va). */
export interface VirtualAccountRegistration {
  virtualAccountNo: string;
  /** Shown to the payer at the ATM or in mobile banking: the taxpayer's name. */
  name: string;
  /** Whole rupiah: the amount due, the only amount the bank may take (closed amount). */
  amount: number;
  /** The last local day the amount holds (Bank Jatim's TanggalExp): interest grows the day after. */
  validUntil: string;
}

/**
 * The bank's side of VA registration, one per bank: an adapter for a real bank calls its API (Bank Jatim
 * FlagProses 1 create, 2 update, 3 delete; SNAP services 27, 28, 31), the sandbox records what it was told. A call
 * succeeds or throws. Balai records each call after it succeeds, so after a crash in between the same call is made
 * again: an adapter treats a create of a VA the bank already has as an update, and a delete of one it does not
 * have as done.
 */
export interface VirtualAccountRegistry {
  create(va: VirtualAccountRegistration): Promise<void>;
  update(va: VirtualAccountRegistration): Promise<void>;
  delete(virtualAccountNo: string): Promise<void>;
}
