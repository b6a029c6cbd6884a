import { useI18n } from '../../shell/i18n';
import { type TaxType, taxName } from './tax-config';

/**
 * Picks a tax type, grouped into those the taxpayer reports (SPTPD) and those Bapenda assesses (SKPD).
 * `emptyLabel` makes "none" a choice (for filters). Takes the id and ARIA props a `Field` gives it.
 */
export function TaxTypeSelect({
  types,
  value,
  onChange,
  emptyLabel,
  ...control
}: {
  types: TaxType[] | undefined;
  value: string;
  onChange(code: string): void;
  emptyLabel?: string;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t, lang } = useI18n();
  const group = (assessment: TaxType['assessment']) => (
    <optgroup label={t(`taxType.${assessment}`)}>
      {types
        ?.filter((type) => type.assessment === assessment)
        .map((type) => (
          <option key={type.code} value={type.code}>
            {taxName(type, type.code, lang)}
          </option>
        ))}
    </optgroup>
  );
  return (
    <select
      {...control}
      name="taxCode"
      required={!emptyLabel}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{emptyLabel ?? (types ? t('taxType.choose') : t('common.loading'))}</option>
      {group('self')}
      {group('official')}
    </select>
  );
}

/** Picks one of the categories a tax distinguishes (e.g. hiburan umum or khusus). */
export function CategorySelect({
  categories,
  value,
  onChange,
  ...control
}: {
  categories: string[];
  value: string;
  onChange(category: string): void;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { categoryLabel } = useI18n();
  return (
    <select {...control} name="category" value={value} onChange={(e) => onChange(e.target.value)}>
      {categories.map((c) => (
        <option key={c} value={c}>
          {categoryLabel(c)}
        </option>
      ))}
    </select>
  );
}
