import type { userSchemaOf } from '../../../src/platform/user-routes';
import type { WireOf } from '../shell/api';

/** A user as the region's user list shows them. */
export type RegionUser = WireOf<ReturnType<typeof userSchemaOf>>;
