import { useState } from 'react';
import type { crossRegionSchema } from '../../../src/revenue/cross-region/cross-region-routes';
import { regionPath, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { formatNumber } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';
import { achievement, rupiahOrDash } from './figures';

type CrossRegion = WireOf<typeof crossRegionSchema>;
type Row = CrossRegion['regions'][number];

/**
 * Every region of the deployment side by side for a budget year (issue 15): the totals against target and per
 * inhabitant, then each tax type across the regions. Only aggregates: the API gives nothing finer.
 */
export function CrossRegionPage({ region }: RegionPageProps) {
  const { t, lang } = useI18n();
  const today = useToday(region.regionId);
  const thisYear = today ? Number(today.slice(0, 4)) : undefined;
  const [chosenYear, setChosenYear] = useState<number>();
  const year = chosenYear ?? thisYear;
  const data = useResource<CrossRegion>(
    regionPath(region.regionId, `/revenue/cross-region${year ? `?year=${year}` : ''}`),
  );
  const d = data.data;
  const taxCodes = d ? [...new Set(d.regions.flatMap((r) => r.taxes.map((x) => x.taxCode)))] : [];
  const taxName = (code: string) =>
    d?.regions.flatMap((r) => r.taxes).find((x) => x.taxCode === code)?.name[lang] ?? code;
  const population = (r: Row) =>
    r.population
      ? t('crossRegion.populationOf', {
          population: formatNumber(r.population.population, lang),
          year: r.population.year,
          source: r.population.source,
        })
      : t('crossRegion.noPopulation');

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('crossRegion.title')}</h1>
          <p className="muted">{t('crossRegion.subtitle')}</p>
        </div>
        {thisYear && year && (
          <label className="public-revenue-choice">
            <span>{t('publicRevenue.year')}</span>
            <select
              value={year}
              data-testid="cross-region-year"
              onChange={(e) => setChosenYear(Number(e.target.value))}
            >
              {[thisYear, thisYear - 1].map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ProblemAlert error={data.error} />
      {!d && !data.error && <Loading />}
      {d && (
        <>
          <section className="panel">
            <h2>{t('crossRegion.totals')}</h2>
            <div className="table-wrap">
              <table className="table" data-testid="cross-region-totals">
                <thead>
                  <tr>
                    <th>{t('crossRegion.region')}</th>
                    <th className="num">{t('publicRevenue.target')}</th>
                    <th className="num">{t('publicRevenue.realised')}</th>
                    <th className="num">{t('publicRevenue.achievement')}</th>
                    <th className="num">{t('crossRegion.perCapita')}</th>
                    <th className="num">{t('crossRegion.targetPerCapita')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.regions.map((r) => (
                    <tr
                      key={r.regionId}
                      data-testid={`cross-region-${r.regionId}`}
                      className={r.regionId === region.regionId ? 'cross-region-own' : undefined}
                    >
                      <td className="cross-region-name">
                        <strong>{r.name}</strong>
                        {r.regionId === region.regionId && (
                          <span className="muted small"> · {t('crossRegion.yours')}</span>
                        )}
                        <br />
                        <span className="muted small">
                          {t('crossRegion.population')}: {population(r)}
                        </span>
                        <br />
                        <span className="muted small">{t('crossRegion.through', { day: r.day })}</span>
                      </td>
                      <td className="num money">{rupiahOrDash(r.totals.target)}</td>
                      <td className="num money">{rupiahOrDash(r.totals.realised)}</td>
                      <td className="num">{achievement(r.totals.achievementPercent, lang)}</td>
                      <td className="num money" data-testid="per-capita">
                        {rupiahOrDash(r.totals.realisedPerCapita)}
                      </td>
                      <td className="num money">{rupiahOrDash(r.totals.targetPerCapita)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel">
            <h2>{t('crossRegion.byTax')}</h2>
            <div className="table-wrap">
              <table className="table" data-testid="cross-region-by-tax">
                <thead>
                  <tr>
                    <th>{t('publicRevenue.taxType')}</th>
                    {d.regions.map((r) => (
                      <th key={r.regionId} className="num">
                        {r.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {taxCodes.map((code) => (
                    <tr key={code}>
                      <td>{taxName(code)}</td>
                      {d.regions.map((r) => {
                        const line = r.taxes.find((x) => x.taxCode === code);
                        return (
                          <td key={r.regionId} className="num">
                            {line ? (
                              <>
                                <span className="money">{rupiahOrDash(line.realised)}</span>
                                <br />
                                <span className="muted small money">
                                  {rupiahOrDash(line.realisedPerCapita)} ·{' '}
                                  {achievement(line.achievementPercent, lang)}
                                </span>
                              </>
                            ) : (
                              <span className="muted">—</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
