import { describe, expect, it } from 'vitest';
import {
  assessmentCredits,
  billLines,
  billTotal,
  interestCredits,
  interestParts,
  type LineContext,
  writeOffDebits,
} from './bill-lines';

const malangMblb: LineContext = { regionId: '35.73', taxCode: 'mblb', opsenInterestTo: 'province' };

// The worked example of rules/mblb.test.ts: nilai jual Rp126,000,000 at 20% is Rp25,200,000 of MBLB tax, and the
// province's 25% opsen on it Rp6,300,000 (UU 1/2022 Pasal 83(1)); one kode bayar for Rp31,500,000.
const quarry = billLines(malangMblb, { tax: 25_200_000, opsen: 6_300_000 });

describe('the lines of an MBLB bill: the tax for Kota Malang, the opsen for Jawa Timur (35)', () => {
  it('are two lines adding up to the principal of Rp31,500,000', () => {
    expect(quarry).toEqual([
      {
        kind: 'tax',
        amount: 25_200_000,
        account: 'pendapatan:mblb',
        interestAccount: 'pendapatan_sanksi:mblb',
      },
      { kind: 'opsen', amount: 6_300_000, account: 'utang_opsen:35', interestAccount: 'utang_opsen:35' },
    ]);
    expect(billTotal(quarry)).toBe(31_500_000);
  });

  it("book the tax to the regency's revenue and the opsen to a payable to the province", () => {
    expect(assessmentCredits(quarry)).toEqual([
      { account: 'pendapatan:mblb', credit: 25_200_000 },
      { account: 'utang_opsen:35', credit: 6_300_000 },
    ]);
  });

  it('share 3 months of late interest, 1% × 3 × Rp31,500,000 = Rp945,000, as Rp756,000 and Rp189,000', () => {
    expect(interestCredits(945_000, quarry)).toEqual([
      { account: 'pendapatan_sanksi:mblb', credit: 756_000 },
      { account: 'utang_opsen:35', credit: 189_000 },
    ]);
  });

  it('keep all the interest for the regency where its policy says so', () => {
    const lines = billLines(
      { ...malangMblb, opsenInterestTo: 'region' },
      { tax: 25_200_000, opsen: 6_300_000 },
    );
    expect(interestCredits(945_000, lines)).toEqual([{ account: 'pendapatan_sanksi:mblb', credit: 945_000 }]);
  });

  it("bill an STPD's interest as the regency's sanction and the province's opsen sanction", () => {
    const parts = interestParts(malangMblb, 945_000, quarry);
    expect(parts).toEqual({ sanction: 756_000, opsenSanction: 189_000 });
    expect(billLines(malangMblb, parts)).toEqual([
      {
        kind: 'sanction',
        amount: 756_000,
        account: 'pendapatan_sanksi:mblb',
        interestAccount: 'pendapatan_sanksi:mblb',
      },
      {
        kind: 'opsen_sanction',
        amount: 189_000,
        account: 'utang_opsen:35',
        interestAccount: 'utang_opsen:35',
      },
    ]);
  });

  it('write off Rp31,500,000 still owed as Rp25,200,000 of loss and Rp6,300,000 no longer owed to the province', () => {
    expect(writeOffDebits(31_500_000, quarry)).toEqual([
      { account: 'penghapusan', debit: 25_200_000 },
      { account: 'utang_opsen:35', debit: 6_300_000 },
    ]);
  });

  it('split an odd rupiah by the largest remainder, never losing one: Rp1 of interest goes to the tax', () => {
    expect(interestCredits(1, quarry)).toEqual([{ account: 'pendapatan_sanksi:mblb', credit: 1 }]);
  });
});

describe('the lines of other bills', () => {
  it('a PBJT bill is one tax line; an SKPDKB adds its sanctions on a line of their own', () => {
    const pbjt = { regionId: '35.73', taxCode: 'pbjt_makanan_minuman', opsenInterestTo: 'province' } as const;
    expect(billLines(pbjt, { tax: 2_500_000 }).map((l) => l.kind)).toEqual(['tax']);
    expect(billLines(pbjt, { tax: 1_000_000, sanction: 130_000 })).toMatchObject([
      { kind: 'tax', amount: 1_000_000 },
      { kind: 'sanction', amount: 130_000, account: 'pendapatan_sanksi:pbjt_makanan_minuman' },
    ]);
  });

  it('refuses a negative or fractional line', () => {
    expect(() => billLines(malangMblb, { tax: -1 })).toThrow(RangeError);
    expect(() => billLines(malangMblb, { opsen: 0.5 })).toThrow(RangeError);
  });
});
