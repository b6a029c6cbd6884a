import type { RegionToday } from './api';
import { useResource } from './use-resource';

/**
 * Today (`YYYY-MM-DD`) in a region, as the server's business clock has it there (a demo or test may pin it): from
 * the public list of regions, so it works signed in or not. Undefined until it answers.
 */
export function useToday(regionId: string): string | undefined {
  const regions = useResource<RegionToday[]>('/regions');
  return regions.data?.find((r) => r.regionId === regionId)?.today;
}
