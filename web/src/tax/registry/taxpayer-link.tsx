import type { ReactNode } from 'react';
import { useNavigation } from '../../shell/navigation';
import { href } from '../../shell/router';

/** A taxpayer's name linking to their 360° view, or just the name for roles that may not open it. */
export function TaxpayerLink({ taxpayerId, children }: { taxpayerId: number; children: ReactNode }) {
  const { canOpen } = useNavigation();
  const path = `/taxpayers/${taxpayerId}`;
  if (!canOpen(path)) return <span className="strong">{children}</span>;
  return (
    <a className="strong" href={href(path)}>
      {children}
    </a>
  );
}
