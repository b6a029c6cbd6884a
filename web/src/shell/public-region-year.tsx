import { useState } from 'react';
import type { RegionToday } from './api';
import { useResource } from './use-resource';
import { rememberRegion, visitorRegion } from './visitor-region';

/**
 * The region and year a public figures page shows (revenue, performance): the region the visitor came for (a link's,
 * or this device's last choice; none said, the page asks), this year by the region's own day, or one chosen.
 */
export function usePublicRegionYear() {
  const regions = useResource<RegionToday[]>('/regions');
  const [chosen, setChosen] = useState<string>();
  const [chosenYear, setChosenYear] = useState<number>();
  const regionId = chosen ?? (regions.data ? visitorRegion(regions.data) : null);
  const region = regions.data?.find((r) => r.regionId === regionId);
  const thisYear = Number((region ?? regions.data?.[0])?.today.slice(0, 4));
  return {
    regions,
    region,
    thisYear,
    year: chosenYear ?? thisYear,
    chooseRegion(id: string) {
      setChosen(id);
      rememberRegion(id);
    },
    chooseYear: setChosenYear,
  };
}

/** The two pickers above a public page's figures, each labelled; the years offered newest first. */
export function RegionYearChoice({
  choice,
  years,
  labels,
  testId,
}: {
  choice: ReturnType<typeof usePublicRegionYear>;
  years: readonly number[];
  labels: { region: string; year: string; chooseRegion: string };
  /** Prefix of the pickers' test ids: `<testId>-region`, `<testId>-year`. */
  testId: string;
}) {
  const { regions, region, year } = choice;
  return (
    <div className="public-revenue-choice">
      <label>
        <span>{labels.region}</span>
        <select
          value={region?.regionId ?? ''}
          data-testid={`${testId}-region`}
          onChange={(e) => choice.chooseRegion(e.target.value)}
        >
          {!region && (
            <option value="" disabled>
              {labels.chooseRegion}
            </option>
          )}
          {(regions.data ?? []).map((r) => (
            <option key={r.regionId} value={r.regionId}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{labels.year}</span>
        <select
          value={year}
          data-testid={`${testId}-year`}
          onChange={(e) => choice.chooseYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
