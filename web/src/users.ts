import type { userSchema } from '../../src/platform/user-routes';
import type { WireOf } from './api';

/** A user as the region's user list shows them. */
export type RegionUser = WireOf<typeof userSchema>;
