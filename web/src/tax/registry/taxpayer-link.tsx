import type { ReactNode } from 'react';
import type { RegionGrant } from '../../shell/api';
import { canOpen } from '../../shell/navigation';
import { href } from '../../shell/router';

/** A taxpayer's name linking to their 360° view, or just the name for roles that may not open it. */
export function TaxpayerLink({
  region,
  taxpayerId,
  children,
}: {
  region: RegionGrant;
  taxpayerId: number;
  children: ReactNode;
}) {
  const path = `/taxpayers/${taxpayerId}`;
  if (!canOpen(region.roles, path)) return <span className="strong">{children}</span>;
  return (
    <a className="strong" href={href(path)}>
      {children}
    </a>
  );
}
