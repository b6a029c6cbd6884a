import type { areaSchema } from '../../../src/platform/region-routes';
import { regionPath, type WireOf } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { useResource } from '../shell/use-resource';

type District = WireOf<typeof areaSchema>[number];

/**
 * Picks one of the region's kelurahan/desa, grouped by kecamatan. Takes the id and ARIA props a `Field` gives it,
 * so it can stand inside one. `emptyLabel` makes "none" a choice (for filters).
 */
export function KelurahanSelect({
  regionId,
  value,
  onChange,
  emptyLabel,
  ...control
}: {
  regionId: string;
  value: string;
  onChange(code: string): void;
  emptyLabel?: string;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useI18n();
  const areas = useResource<District[]>(regionPath(regionId, '/areas'));
  return (
    <select
      {...control}
      name="villageCode"
      required={!emptyLabel}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">
        {emptyLabel ?? (areas.data ? t('registry.chooseKelurahan') : t('common.loading'))}
      </option>
      {/* Until the list arrives, the chosen kelurahan stays chosen: a required select with no option of its value
          would read as empty, and the form would refuse to submit a field nobody touched. */}
      {!areas.data && value !== '' && <option value={value}>{t('common.loading')}</option>}
      {areas.data?.map((d) => (
        <optgroup key={d.code} label={`${t('areas.kecamatan')} ${d.name}`}>
          {d.villages.map((v) => (
            <option key={v.code} value={v.code}>
              {v.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
