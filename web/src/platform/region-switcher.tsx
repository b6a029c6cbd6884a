import type { RegionGrant } from '../shell/api';
import { useI18n } from '../shell/i18n';

/** The current Pemda; a picker when the account works for more than one. */
export function RegionSwitcher({
  regions,
  current,
  onChange,
}: {
  regions: RegionGrant[];
  current: RegionGrant;
  onChange(regionId: string): void;
}) {
  const { t } = useI18n();
  if (regions.length < 2) {
    return (
      <span className="region-name" data-testid="region-name">
        {current.name}
      </span>
    );
  }
  return (
    <label className="region-switcher">
      <span className="sr-only">{t('shell.region')}</span>
      <select
        data-testid="region-switcher"
        value={current.regionId}
        onChange={(e) => onChange(e.target.value)}
      >
        {regions.map((r) => (
          <option key={r.regionId} value={r.regionId}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
}
