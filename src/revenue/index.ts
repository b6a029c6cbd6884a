/**
 * The revenue command center's public face: what other areas may use of it (scripts/check-boundaries.ts refuses an
 * import of any other file of this folder from outside it). No area depends on it yet; its rules and its realisation
 * are here for the ones that will (collection, the public transparency page, the mayor's monthly report).
 */

export type { Forecast, RevenueDashboard } from './dashboard/dashboard';
export { revenueDashboard } from './dashboard/dashboard';
export type { Backtest, EarlierYear, YearEndForecast } from './forecast/seasonal-pace';
export { backtest, forecastYearEnd } from './forecast/seasonal-pace';
export { realisationBetween, realisationRecordedThrough } from './realisation/realisation';
export type { RollupRun } from './realisation/rollup';
export { refreshAllRegions, refreshRealisation } from './realisation/rollup';
export { REVENUE_READERS, TARGET_APPROVERS, TARGET_EDITORS } from './roles';
export { equalTwelfths, spreadByPattern } from './targets/monthly-breakdown';
export { targetInForce } from './targets/target-in-force';
export type { RevenueTarget, TargetStage } from './targets/targets';
