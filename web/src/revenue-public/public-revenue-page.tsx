import type { publicRevenueSchema } from '../../../src/revenue/public/public-routes';
import type { RegionToday, WireOf } from '../shell/api';
import { formatDateTime, formatPeriod } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { PublicLayout } from '../shell/public-layout';
import { RegionYearChoice, usePublicRegionYear } from '../shell/public-region-year';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';
import { achievement, rupiahOrDash } from './figures';

type PublicRevenue = WireOf<typeof publicRevenueSchema>;

/** A region's revenue for a year: the totals, by tax type, by month, and each tax type's months. */
function RegionRevenue({ region, year }: { region: RegionToday; year: number }) {
  const { t, lang } = useI18n();
  const figures = useResource<PublicRevenue>(
    `/public/regions/${encodeURIComponent(region.regionId)}/revenue?year=${year}`,
  );
  const d = figures.data;
  if (figures.error) return <ProblemAlert error={figures.error} />;
  if (!d) return <Loading />;
  const anyWithheld = d.taxes.some((tax) => tax.months.some((m) => m.withheld));
  return (
    <div data-testid="public-revenue" data-year={d.year}>
      <p className="muted small">
        {d.asOf
          ? t('publicRevenue.through', { day: d.day, at: formatDateTime(d.asOf, region.timeZone, lang) })
          : t('publicRevenue.throughNoRollup', { day: d.day })}
      </p>
      {d.taxes.length === 0 ? (
        <p className="muted">{t('publicRevenue.none')}</p>
      ) : (
        <>
          <div className="stats">
            <div className="stat">
              <span className="muted small">{t('publicRevenue.target')}</span>
              <strong className="money">{rupiahOrDash(d.totals.target)}</strong>
            </div>
            <div className="stat">
              <span className="muted small">{t('publicRevenue.realised')}</span>
              <strong className="money" data-testid="public-total-realised">
                {rupiahOrDash(d.totals.realised)}
              </strong>
            </div>
            <div className="stat">
              <span className="muted small">{t('publicRevenue.achievement')}</span>
              <strong>{achievement(d.totals.achievementPercent, lang)}</strong>
            </div>
          </div>
          <section className="panel">
            <h2>{t('publicRevenue.byTax')}</h2>
            <div className="table-wrap">
              <table className="table" data-testid="public-revenue-by-tax">
                <thead>
                  <tr>
                    <th>{t('publicRevenue.taxType')}</th>
                    <th className="num money">{t('publicRevenue.target')}</th>
                    <th className="num money">{t('publicRevenue.realised')}</th>
                    <th className="num money">{t('publicRevenue.achievement')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.taxes.map((tax) => (
                    <tr key={tax.taxCode}>
                      <td>{tax.name[lang]}</td>
                      <td className="num money">
                        {tax.target === null ? (
                          <span className="muted">{t('publicRevenue.noTarget')}</span>
                        ) : (
                          rupiahOrDash(tax.target)
                        )}
                      </td>
                      <td className="num money">{rupiahOrDash(tax.realised)}</td>
                      <td className="num money">{achievement(tax.achievementPercent, lang)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th>{t('publicRevenue.total')}</th>
                    <th className="num money">{rupiahOrDash(d.totals.target)}</th>
                    <th className="num money">{rupiahOrDash(d.totals.realised)}</th>
                    <th className="num money">{achievement(d.totals.achievementPercent, lang)}</th>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
          <section className="panel">
            <h2>{t('publicRevenue.byMonth')}</h2>
            <MonthTable
              months={d.months.map((m) => ({ ...m, withheld: false }))}
              testId="public-revenue-by-month"
            />
          </section>
          {d.taxes.map((tax) => (
            <details
              key={tax.taxCode}
              className="panel public-revenue-tax"
              data-testid={`public-tax-${tax.taxCode}`}
            >
              <summary>{t('publicRevenue.taxMonths', { tax: tax.name[lang] })}</summary>
              <MonthTable months={tax.months} />
            </details>
          ))}
          {anyWithheld && (
            <p className="muted small" data-testid="withheld-note">
              {t('publicRevenue.withheldNote', { min: d.minPaymentsPerCell })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

interface MonthRow {
  month: string;
  target: number;
  realised: number | null;
  withheld: boolean;
  achievementPercent: number | null;
}

function MonthTable({ months, testId }: { months: readonly MonthRow[]; testId?: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('publicRevenue.month')}</th>
            <th className="num money">{t('publicRevenue.target')}</th>
            <th className="num money">{t('publicRevenue.realised')}</th>
            <th className="num money">{t('publicRevenue.achievement')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <td>{formatPeriod(m.month, lang)}</td>
              <td className="num money">{rupiahOrDash(m.target)}</td>
              <td className="num money">
                {m.withheld ? (
                  <span className="muted">{t('publicRevenue.withheld')}</span>
                ) : m.realised === null ? (
                  <span className="muted">{t('publicRevenue.notYet')}</span>
                ) : (
                  rupiahOrDash(m.realised)
                )}
              </td>
              <td className="num money">{achievement(m.achievementPercent, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Each hosted region's tax revenue against its target for this year or last, for anyone: the region and the year
 * chosen above, the figures below, and the way to the audit chain's checkpoints.
 */
export function PublicRevenue() {
  const { t } = useI18n();
  const choice = usePublicRegionYear();
  const { regions, region, thisYear, year } = choice;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('publicRevenue.title')}</h1>
          <p className="muted">{t('publicRevenue.subtitle')}</p>
        </div>
      </div>
      <ProblemAlert error={regions.error} />
      {regions.data && thisYear > 0 && (
        <>
          <RegionYearChoice
            choice={choice}
            years={[thisYear, thisYear - 1]}
            labels={{
              region: t('publicRevenue.region'),
              year: t('publicRevenue.year'),
              chooseRegion: t('publicRevenue.chooseRegion'),
            }}
            testId="public-revenue"
          />
          {region ? (
            <RegionRevenue key={`${region.regionId}/${year}`} region={region} year={year} />
          ) : (
            <p className="muted">{t('publicRevenue.chooseRegion')}</p>
          )}
        </>
      )}
      {!regions.data && !regions.error && <Loading />}
      <section className="panel">
        <h2>{t('publicRevenue.checkpoints')}</h2>
        <p>
          <a href={href('/transparency')}>{t('publicRevenue.checkpoints')}</a>
          <span className="muted small"> · {t('publicRevenue.checkpointsHint')}</span>
        </p>
      </section>
    </>
  );
}

/** The public revenue page for someone not signed in. */
export function PublicRevenuePage() {
  return (
    <PublicLayout>
      <PublicRevenue />
    </PublicLayout>
  );
}
