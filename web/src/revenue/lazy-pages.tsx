import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import type { RegionPageProps } from '../shell/area';
import { Loading } from '../shell/loading';

/*
 * The revenue pages, each loaded when first opened (a chunk of its own): they carry ECharts, which a taxpayer's first
 * load of the app should not.
 */
const Dashboard = lazy(() => import('./dashboard-page'));
const Payments = lazy(() => import('./revenue-payments-page'));
const Targets = lazy(() => import('./targets-page'));

function Loaded({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export const DashboardPage: ComponentType<RegionPageProps> = (props) => (
  <Loaded>
    <Dashboard {...props} />
  </Loaded>
);

export const RevenuePaymentsPage: ComponentType<RegionPageProps> = (props) => (
  <Loaded>
    <Payments {...props} />
  </Loaded>
);

export const TargetsPage: ComponentType<RegionPageProps> = (props) => (
  <Loaded>
    <Targets {...props} />
  </Loaded>
);
