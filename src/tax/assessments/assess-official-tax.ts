import type { Database } from '../../db/database';
import { Problem } from '../../platform/problem';
import { applyRate } from '../../platform/rounding';
import type { Actor } from '../../platform/users';
import { billLines } from '../../receivables';
import { taxPolicyOn } from '../policy';
import { taxRateOn } from '../rates';
import { loadTaxObject } from '../registry/tax-object';
import { opsenMblb } from '../rules/mblb';
import { nilaiPerolehanAirTanah, patTax } from '../rules/pat';
import { findReklameTariff, nilaiSewaReklame, reklameTax } from '../rules/reklame';
import { type Assessment, issueAssessment } from './assessment';

export type OfficialBasis =
  | {
      kind: 'reklame';
      reklameType: string;
      locationClass: string;
      periodUnit: 'year' | 'month' | 'day' | 'event';
      units: number;
      widthCm: number;
      heightCm: number;
      faces: number;
      quantity: number;
    }
  | { kind: 'pat'; usage: string; volumeM3: number }
  /** The base an officer establishes for a tax the region's Perda makes assessed (policy `officialAssessment`). */
  | { kind: 'base'; base: number; description: string };

/**
 * SKPD for a tax the head of region assesses (ditetapkan): Reklame from its Nilai Sewa Reklame (size, location
 * class, duration, by the region's tariff table; UU 1/2022 Pasal 60–68) and Pajak Air Tanah from its Nilai
 * Perolehan Air Tanah (metered volume by the region's progressive price tiers; Pasal 69). Tax = base × rate.
 * A self-assessed tax the region's Perda makes assessed is assessed on the base an officer establishes.
 */
export async function assessOfficialTax(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: {
    regionId: string;
    taxpayerId: number;
    objectId: number;
    period: string | null;
    basis: OfficialBasis;
  },
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const object = await loadTaxObject(
      tx,
      input.regionId,
      input.taxpayerId,
      input.objectId,
      { kind: 'staff' },
      true,
    );
    if (object.status !== 'active')
      throw new Problem(409, 'OBJECT_NOT_ACTIVE', { objectId: object.id, status: object.status });
    const { policy } = await taxPolicyOn(tx, input.regionId, today);
    const byBase = input.basis.kind === 'base' && policy.officialAssessment.includes(object.taxCode);
    if (!byBase && object.taxCode !== input.basis.kind) {
      throw new Problem(422, 'BASIS_DOES_NOT_MATCH_TAX', {
        taxCode: object.taxCode,
        basis: input.basis.kind,
      });
    }
    const rate = await taxRateOn(tx, input.regionId, object.taxCode, object.category, today);
    const b = input.basis;
    let base: number;
    let detail: Record<string, unknown>;
    if (b.kind === 'base') {
      base = b.base;
      detail = { ...b };
    } else if (b.kind === 'reklame') {
      const tariff = findReklameTariff(policy.reklameTariffs, b);
      if (!tariff)
        throw new Problem(422, 'NO_REKLAME_TARIFF', {
          reklameType: b.reklameType,
          locationClass: b.locationClass,
          periodUnit: b.periodUnit,
        });
      base = nilaiSewaReklame({ ...b, tariff, rounding: policy.rounding });
      detail = {
        ...b,
        tariffPerSquareMeterPerUnit: tariff.tariffPerSquareMeterPerUnit,
        nilaiSewaReklame: base,
      };
    } else {
      const prices = policy.patPrices.find((p) => p.usage === b.usage);
      if (!prices) throw new Problem(422, 'NO_PAT_PRICE', { usage: b.usage });
      const npa = nilaiPerolehanAirTanah(b.volumeM3, prices.tiers);
      base = npa.npa;
      detail = { ...b, lines: npa.lines, nilaiPerolehanAirTanah: base };
    }
    const tax =
      b.kind === 'reklame'
        ? reklameTax(base, rate.ratePpm, policy.rounding)
        : b.kind === 'pat'
          ? patTax(base, rate.ratePpm, policy.rounding)
          : applyRate(base, rate.ratePpm, policy.rounding);
    if (tax <= 0) throw new Problem(422, 'ASSESSMENT_NEGATIVE', { kind: 'SKPD' });
    // An MBLB SKPD bills the province's opsen on its tax like an MBLB return (UU 1/2022 Pasal 83(1)).
    const opsen = object.taxCode === 'mblb' ? opsenMblb(tax, policy.rounding) : 0;
    return issueAssessment(tx, at, today, actor, {
      regionId: input.regionId,
      kind: 'SKPD',
      taxpayerId: object.taxpayerId,
      objectId: object.id,
      taxCode: object.taxCode,
      period: input.period,
      principal: tax,
      basis: { ...detail, ratePpm: rate.ratePpm, legalBasis: rate.legalBasis },
      bill: billLines(
        { regionId: input.regionId, taxCode: object.taxCode, opsenInterestTo: policy.opsenInterestTo },
        { tax, opsen },
      ),
    });
  });
}
