import type { areaSchema } from '../../../src/platform/region-routes';
import { regionPath, type WireOf } from '../shell/api';
import { useResource } from '../shell/use-resource';

type District = WireOf<typeof areaSchema>[number];

/** Picks one of the region's kecamatan, or none (`emptyLabel`), for a list's filter. Stands inside a `Field`. */
export function KecamatanSelect({
  regionId,
  value,
  onChange,
  emptyLabel,
  ...control
}: {
  regionId: string;
  value: string;
  onChange(code: string): void;
  emptyLabel: string;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const areas = useResource<District[]>(regionPath(regionId, '/areas'));
  return (
    <select {...control} name="kecamatan" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyLabel}</option>
      {areas.data?.map((d) => (
        <option key={d.code} value={d.code}>
          {d.name}
        </option>
      ))}
    </select>
  );
}
