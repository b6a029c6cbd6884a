import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import type { TaxPolicy } from '../config/tax-config';

export type Basis = Record<string, string>;

const unique = (values: string[]) => [...new Set(values)];

export type SkpdKind = 'reklame' | 'pat' | 'base';

/** How an object's SKPD is computed: Reklame and PAT from the tariff tables, another tax from a base established. */
export function skpdKindOf(taxCode: string): SkpdKind {
  return taxCode === 'pat' || taxCode === 'reklame' ? taxCode : 'base';
}

/** The basis of an SKPD as the API takes it: numbers where the tariff tables count, text where they name. */
export function basisPayload(kind: SkpdKind, basis: Basis) {
  const n = (key: string) => Number(basis[key] ?? '');
  if (kind === 'pat') return { kind, usage: basis.usage, volumeM3: n('volumeM3') };
  if (kind === 'base') return { kind, base: n('base'), description: basis.description ?? '' };
  return {
    kind,
    reklameType: basis.reklameType,
    locationClass: basis.locationClass,
    periodUnit: basis.periodUnit,
    units: n('units'),
    widthCm: n('widthCm'),
    heightCm: n('heightCm'),
    faces: n('faces'),
    quantity: n('quantity'),
  };
}

/**
 * What an SKPD is computed from, offering only what the region's Perkada tariff tables price: for Reklame the type,
 * location class and period unit, the size and count; for Pajak Air Tanah the usage and the volume drawn; for a tax
 * the region's Perda makes assessed, the base (dasar pengenaan) the officer established and how.
 */
export function SkpdBasisFields({
  kind,
  policy,
  basis,
  onChange,
}: {
  kind: SkpdKind;
  policy: TaxPolicy;
  basis: Basis;
  onChange(basis: Basis): void;
}) {
  const { t, codeLabel } = useI18n();
  const set = (key: string) => (e: { target: { value: string } }) =>
    onChange({ ...basis, [key]: e.target.value });
  const number = (key: string, label: string, min = 1, max?: number) => (
    <Field label={label}>
      <input
        name={key}
        type="number"
        inputMode="numeric"
        required
        min={min}
        max={max}
        step={1}
        value={basis[key] ?? ''}
        onChange={set(key)}
      />
    </Field>
  );
  const choice = (key: string, label: string, options: string[], text = (o: string) => o) => (
    <Field label={label}>
      <select name={key} required value={basis[key] ?? ''} onChange={set(key)}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </Field>
  );

  if (kind === 'base') {
    return (
      <div className="form-grid">
        {number('base', t('skpd.base'), 1)}
        <Field label={t('skpd.baseDescription')}>
          <input
            name="description"
            required
            minLength={3}
            maxLength={300}
            value={basis.description ?? ''}
            onChange={set('description')}
          />
        </Field>
      </div>
    );
  }
  if (kind === 'pat') {
    return (
      <div className="form-grid">
        {choice(
          'usage',
          t('skpd.usage'),
          policy.patPrices.map((p) => p.usage),
          (u) => codeLabel('patUsage', u),
        )}
        {number('volumeM3', t('skpd.volume'), 0)}
      </div>
    );
  }
  const tariffs = policy.reklameTariffs;
  const ofType = tariffs.filter((x) => x.reklameType === basis.reklameType);
  const ofClass = ofType.filter((x) => x.locationClass === basis.locationClass);
  return (
    <div className="form-grid">
      {choice('reklameType', t('skpd.reklameType'), unique(tariffs.map((x) => x.reklameType)), (r) =>
        codeLabel('reklameType', r),
      )}
      {choice('locationClass', t('skpd.locationClass'), unique(ofType.map((x) => x.locationClass)))}
      {choice('periodUnit', t('skpd.periodUnit'), unique(ofClass.map((x) => x.periodUnit)), (u) =>
        t(`skpd.unit.${u as 'year' | 'month' | 'day' | 'event'}`),
      )}
      {number('units', t('skpd.units'))}
      {number('widthCm', t('skpd.width'))}
      {number('heightCm', t('skpd.height'))}
      {number('faces', t('skpd.faces'), 1, 8)}
      {number('quantity', t('skpd.quantity'))}
    </div>
  );
}
