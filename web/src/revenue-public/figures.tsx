import { formatPercent } from '../../../src/platform/human-format';
import type { Lang } from '../shell/api';
import { formatRupiah } from '../shell/format';

/** An achievement in percent (87.3) through the one formatter (`87,3%`), or a dash without a target. */
export function achievement(percent: number | null, lang: Lang): string {
  return percent === null || percent < 0 ? '—' : formatPercent(Math.round(percent * 10_000), lang);
}

/** A rupiah amount, or a dash when there is none. */
export function rupiahOrDash(amount: number | null): string {
  return amount === null ? '—' : formatRupiah(amount);
}
