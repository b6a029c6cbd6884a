/**
 * Late-payment interest (sanksi administratif berupa bunga) on regional tax paid after its due date, as billed by
 * an STPD. The rate and cap depend on the regime the region's Perda applies to the tax period, so the regime is an
 * argument; only the two national defaults live here.
 */

import { addMonthsClamped, compareDates, monthOf, monthsBetween } from '../../platform/calendar';
import { formatDate } from '../../platform/human-format';
import {
  exactProduct,
  nonNegativeInteger,
  type Rounding,
  roundRupiah,
  WHOLE_PPM,
  wholeNumber,
} from '../../platform/rounding';

export type InterestRegime = { name: 'HKPD' | 'PDRD'; ratePerMonthPpm: number; maxMonths: number };

// PP 35/2023 Pasal 59(7): 1% per month from the due date to the payment date, at most 24 months.
export const HKPD_INTEREST: Readonly<InterestRegime> = Object.freeze({
  name: 'HKPD',
  ratePerMonthPpm: 10_000,
  maxMonths: 24,
});

// UU 28/2009 (PDRD) Perdas: 2% per month, at most 24 months (48%). Some PDRD Perdas capped an STPD at 15 months;
// a region whose old Perda did so passes its own regime rather than this default.
export const PDRD_INTEREST: Readonly<InterestRegime> = Object.freeze({
  name: 'PDRD',
  ratePerMonthPpm: 20_000,
  maxMonths: 24,
});

/** A region's switch from its PDRD Perda to its HKPD Perda, e.g. Kab. Lebong (Perda 1/2024) from 2024-01-01. */
export type InterestPolicy = { transitionDate: string; before: InterestRegime; from: InterestRegime };

/**
 * The regime for a tax whose due date is `dueDate`. The new Perdas are not retroactive (Kab. Lebong keeps 2% for
 * pre-2024 arrears), so a tax that fell due before the transition keeps the old regime however late it is paid.
 */
export function regimeFor(policy: InterestPolicy, dueDate: string): InterestRegime {
  return compareDates(dueDate, policy.transitionDate) < 0 ? policy.before : policy.from;
}

/**
 * Months late, counting a started month as a full one (PP 35/2023 Pasal 59(7): "bagian dari bulan dihitung penuh
 * 1 bulan"). Month N ends on the due date plus N calendar months, clamped to a shorter month's last day, so for a
 * due date of 31 January month 1 ends on 28 February and month 2 on 31 March. Payment on the due date is on time.
 */
export function monthsLate(dueDate: string, paymentDate: string): number {
  if (compareDates(paymentDate, dueDate) <= 0) return 0;
  // Month k ends in the payment's own month; the payment is in month k if on or before that end, else in k + 1.
  const k = monthsBetween(monthOf(dueDate), monthOf(paymentDate));
  return compareDates(paymentDate, addMonthsClamped(dueDate, k)) <= 0 ? k : k + 1;
}

/**
 * A pemutihan (amnesty) window set by the region, e.g. DKI 2022-09-15 to 2022-12-15: interest on a payment made
 * on any day from `from` to `to` inclusive is reduced by waivePpm / 1,000,000 (1_000_000 waives it all).
 */
export type Amnesty = { from: string; to: string; waivePpm: number };

export type LateInterest = {
  /** Months started since the due date, before the cap. */
  months: number;
  /** Months charged: `months` capped at the regime's maximum, less any months an STPD already billed. */
  chargedMonths: number;
  ratePerMonthPpm: number;
  /** Interest owed after any amnesty. */
  penalty: number;
  /** Principal plus penalty. */
  total: number;
  regime: InterestRegime['name'];
  /** Interest that an amnesty removed: interest before the amnesty minus `penalty`. */
  waivedByAmnesty: number;
};

/**
 * Why an amnesty window cannot be applied, in both languages, or null: it waives a whole share from 0 to 100% and
 * ends on or after the day it starts. Checked when a policy is recorded and again before interest is computed.
 */
export function amnestyProblem(a: Amnesty): { id: string; en: string } | null {
  if (!Number.isSafeInteger(a.waivePpm) || a.waivePpm < 0 || a.waivePpm > WHOLE_PPM) {
    return {
      id: `Pemutihan menghapus 0 sampai 100% bunga, tertulis ${a.waivePpm} ppm`,
      en: `an amnesty waives from 0 to 100% of the interest, got ${a.waivePpm} ppm`,
    };
  }
  if (compareDates(a.from, a.to) > 0) {
    return {
      id: `Masa pemutihan ${formatDate(a.from, 'id')} sampai ${formatDate(a.to, 'id')} berakhir sebelum dimulai`,
      en: `the amnesty window from ${formatDate(a.from, 'en')} to ${formatDate(a.to, 'en')} ends before it starts`,
    };
  }
  return null;
}

function amnestyWaiverPpm(amnesties: readonly Amnesty[], paymentDate: string): number {
  let waivePpm = 0;
  for (const a of amnesties) {
    const problem = amnestyProblem(a);
    if (problem) throw new RangeError(problem.en);
    // Overlapping programmes: the taxpayer gets the most generous one, never a sum of both.
    if (compareDates(a.from, paymentDate) <= 0 && compareDates(paymentDate, a.to) <= 0) {
      waivePpm = Math.max(waivePpm, a.waivePpm);
    }
  }
  return waivePpm;
}

/**
 * The date-dependent half of the interest rule: months late, months charged and the amnesty that applies. It
 * depends on the due date and the payment date, not on the amount, so a report pricing a million bills works it
 * out once per due date (billing/arrears.ts) and only multiplies per bill.
 */
export type InterestTerms = {
  months: number;
  chargedMonths: number;
  regime: InterestRegime;
  waivePpm: number;
};

export function interestTerms(input: {
  dueDate: string;
  paymentDate: string;
  regime: InterestRegime;
  amnesties?: readonly Amnesty[];
  /** Months of interest already billed by an STPD: charged once, never again. */
  alreadyBilledMonths?: number;
}): InterestTerms {
  const { dueDate, paymentDate, regime, amnesties = [], alreadyBilledMonths = 0 } = input;
  nonNegativeInteger(regime.ratePerMonthPpm, 'monthly interest rate (ppm)');
  const months = monthsLate(dueDate, paymentDate);
  const cappedMonths = Math.min(months, Number(nonNegativeInteger(regime.maxMonths, 'maximum months')));
  const chargedMonths = Math.max(
    0,
    cappedMonths - Number(nonNegativeInteger(alreadyBilledMonths, 'billed months')),
  );
  return { months, chargedMonths, regime, waivePpm: amnestyWaiverPpm(amnesties, paymentDate) };
}

/**
 * Interest = principal × monthly rate × min(months late, cap), rounded once by the region's rule
 * (PP 35/2023 Pasal 59(7) under HKPD; the regime's own rate and cap otherwise).
 */
export function interestOn(principal: number, terms: InterestTerms, rounding: Rounding): LateInterest {
  const interest = exactProduct(
    wholeNumber(principal, 'principal'),
    terms.regime.ratePerMonthPpm,
    terms.chargedMonths,
  );
  const beforeAmnesty = roundRupiah(interest, WHOLE_PPM, rounding);
  const penalty =
    terms.waivePpm === 0
      ? beforeAmnesty
      : roundRupiah(
          exactProduct(interest, WHOLE_PPM - terms.waivePpm),
          exactProduct(WHOLE_PPM, WHOLE_PPM),
          rounding,
        );
  const total = principal + penalty;
  if (!Number.isSafeInteger(total)) throw new RangeError(`principal plus interest (${total}) is too large`);
  return {
    months: terms.months,
    chargedMonths: terms.chargedMonths,
    ratePerMonthPpm: terms.regime.ratePerMonthPpm,
    penalty,
    total,
    regime: terms.regime.name,
    waivedByAmnesty: beforeAmnesty - penalty,
  };
}

/** Both halves at once: the interest on one amount paid on one day. */
export function lateInterest(input: {
  principal: number;
  dueDate: string;
  paymentDate: string;
  regime: InterestRegime;
  rounding: Rounding;
  amnesties?: readonly Amnesty[];
  alreadyBilledMonths?: number;
}): LateInterest {
  return interestOn(input.principal, interestTerms(input), input.rounding);
}
