import { type ComponentType, lazy, Suspense } from 'react';
import type { RegionPageProps } from '../shell/area';
import { Loading } from '../shell/loading';

/*
 * The arrears by age, loaded when first opened (a chunk of its own): it draws its chart with ECharts, which a
 * taxpayer's first load of the app should not carry.
 */
const Aging = lazy(() => import('./aging-page'));

export const AgingPage: ComponentType<RegionPageProps> = (props) => (
  <Suspense fallback={<Loading />}>
    <Aging {...props} />
  </Suspense>
);
