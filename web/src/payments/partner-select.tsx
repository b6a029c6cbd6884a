import { type RegionGrant, regionPath } from '../shell/api';
import { useResource } from '../shell/use-resource';
import type { PaymentPartner } from './reconciliation';

/** Picks one of the region's banks (or none: `emptyLabel`), for a list's filter. Stands inside a `Field`. */
export function PartnerSelect({
  region,
  value,
  onChange,
  emptyLabel,
  ...control
}: {
  region: RegionGrant;
  value: string;
  onChange(partnerId: string): void;
  emptyLabel: string;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const partners = useResource<{ items: PaymentPartner[] }>(regionPath(region.regionId, '/payment-partners'));
  return (
    <select {...control} name="partnerId" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyLabel}</option>
      {partners.data?.items.map((p) => (
        <option key={p.partnerId} value={p.partnerId}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
