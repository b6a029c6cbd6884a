import { allocateRupiah } from '../../platform/rounding';
import { ACCOUNT, type JournalLine } from '../ledger/journal';

/**
 * The lines of a bill (migration 0006): one kode bayar collects the tax, any sanctions and, for MBLB, the
 * province's opsen; the bill's principal is their sum. A line knows the account its amount was booked to and the
 * account that late-payment interest on it goes to, so that every later movement (interest, write-off) can split
 * itself between the kab/kota and the province without asking the law again. Pure: no I/O.
 */
export type BillLineKind = 'tax' | 'sanction' | 'opsen' | 'opsen_sanction';

export interface BillLine {
  kind: BillLineKind;
  amount: number;
  account: string;
  interestAccount: string;
}

/**
 * What decides a line's accounts: the tax, the region (its province takes the opsen) and where the region's policy
 * books late interest on the opsen (tax/policy.ts `opsenInterestTo`).
 */
export interface LineContext {
  regionId: string;
  taxCode: string;
  opsenInterestTo: 'province' | 'region';
}

const PROVINCE_KINDS: readonly BillLineKind[] = ['opsen', 'opsen_sanction'];

/**
 * The lines for the parts of an amount billed, in a fixed order, leaving out parts that are zero. Interest on the
 * tax and on sanctions is the kab/kota's sanction revenue; interest on the opsen follows the region's setting
 * (tax/policy.ts `opsenInterestTo`).
 */
export function billLines(
  c: LineContext,
  parts: { tax?: number; opsen?: number; sanction?: number; opsenSanction?: number },
): BillLine[] {
  const sanctionRevenue = ACCOUNT.sanctionRevenue(c.taxCode);
  const province = ACCOUNT.provinceOpsen(c.regionId);
  const lines: BillLine[] = [
    {
      kind: 'tax',
      amount: parts.tax ?? 0,
      account: ACCOUNT.revenue(c.taxCode),
      interestAccount: sanctionRevenue,
    },
    {
      kind: 'opsen',
      amount: parts.opsen ?? 0,
      account: province,
      interestAccount: c.opsenInterestTo === 'province' ? province : sanctionRevenue,
    },
    {
      kind: 'sanction',
      amount: parts.sanction ?? 0,
      account: sanctionRevenue,
      interestAccount: sanctionRevenue,
    },
    {
      kind: 'opsen_sanction',
      amount: parts.opsenSanction ?? 0,
      account: province,
      interestAccount: province,
    },
  ];
  for (const l of lines) {
    if (!Number.isSafeInteger(l.amount) || l.amount < 0)
      throw new RangeError(`a bill line of ${l.kind} must be a whole rupiah amount, got ${l.amount}`);
  }
  return lines.filter((l) => l.amount > 0);
}

export function billTotal(lines: readonly BillLine[]): number {
  return lines.reduce((s, l) => s + l.amount, 0);
}

/** Amounts per account, in the order the accounts first appear, zeros left out. */
function byAccount(entries: { account: string; amount: number }[]): { account: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const e of entries) sums.set(e.account, (sums.get(e.account) ?? 0) + e.amount);
  return [...sums].filter(([, amount]) => amount > 0).map(([account, amount]) => ({ account, amount }));
}

/** The credit side of a bill's assessment journal: each line's amount to its account. */
export function assessmentCredits(lines: readonly BillLine[]): JournalLine[] {
  return byAccount(lines.map((l) => ({ account: l.account, amount: l.amount }))).map((e) => ({
    account: e.account,
    credit: e.amount,
  }));
}

/**
 * Where late-payment interest on a bill goes: the interest is on the whole unpaid principal (PP 35/2023 Pasal
 * 59(7)), so it is shared in proportion to the lines it runs on, each share to its line's interest account.
 */
export function interestShares(
  penalty: number,
  lines: readonly BillLine[],
): { account: string; amount: number }[] {
  if (lines.length === 0) throw new RangeError('a bill without lines cannot share its interest');
  const shares = allocateRupiah(
    penalty,
    lines.map((l) => l.amount),
  );
  return byAccount(lines.map((l, i) => ({ account: l.interestAccount, amount: shares[i] as number })));
}

/** The credit side of an interest journal (receivable debited with `penalty`). */
export function interestCredits(penalty: number, lines: readonly BillLine[]): JournalLine[] {
  return interestShares(penalty, lines).map((s) => ({ account: s.account, credit: s.amount }));
}

/**
 * Interest billed by an assessment (STPD, SKPDKB) on the principal `lines`: the province's share of it as an opsen
 * sanction, the rest as the kab/kota's sanction.
 */
export function interestParts(
  c: LineContext,
  penalty: number,
  lines: readonly BillLine[],
): { sanction: number; opsenSanction: number } {
  const province = ACCOUNT.provinceOpsen(c.regionId);
  const toProvince = interestShares(penalty, lines)
    .filter((s) => s.account === province)
    .reduce((sum, s) => sum + s.amount, 0);
  return { sanction: penalty - toProvince, opsenSanction: toProvince };
}

/**
 * The debit side of a write-off of what is still owed on a bill. The kab/kota's part is its loss (`penghapusan`);
 * the province's part reverses what was booked as owed to the province, since an opsen is passed on only from what
 * is collected (UU 1/2022 Pasal 83(1): a share of the tax paid with it). The outstanding is shared in proportion to
 * the lines, as nothing records which line a part payment paid.
 */
export function writeOffDebits(outstanding: number, lines: readonly BillLine[]): JournalLine[] {
  const shares = allocateRupiah(
    outstanding,
    lines.map((l) => l.amount),
  );
  return byAccount(
    lines.map((l, i) => ({
      account: PROVINCE_KINDS.includes(l.kind) ? l.account : ACCOUNT.writeOff,
      amount: shares[i] as number,
    })),
  ).map((e) => ({ account: e.account, debit: e.amount }));
}
