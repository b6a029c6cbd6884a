/**
 * The region a visitor came for, where nobody is signed in yet: a link names it (`/?region=35.73#/simulations`, or
 * `#/simulations?region=35.73`), or this device chose it last (the signed-in shell and the public pages remember the
 * region chosen under one key). Null when nothing says: a page then asks rather than picking one for the visitor.
 */
export const REGION_KEY = 'balai.region';

export function visitorRegion(hosted: readonly { regionId: string }[]): string | null {
  const hashQuery = window.location.hash.split('?')[1] ?? '';
  const candidates = [
    new URLSearchParams(window.location.search).get('region'),
    new URLSearchParams(hashQuery).get('region'),
    localStorage.getItem(REGION_KEY),
  ];
  for (const id of candidates) if (id && hosted.some((r) => r.regionId === id)) return id;
  return hosted.length === 1 ? (hosted[0]?.regionId ?? null) : null;
}

export function rememberRegion(regionId: string): void {
  localStorage.setItem(REGION_KEY, regionId);
}
