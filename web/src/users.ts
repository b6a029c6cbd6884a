import type { Role } from '../../src/platform/roles';
import type { Lang } from './api';

/** A user as the region's user list shows them. */
export interface RegionUser {
  id: number;
  email: string;
  name: string;
  locale: Lang;
  active: boolean;
  lockedUntil: string | null;
  roles: Role[];
}
