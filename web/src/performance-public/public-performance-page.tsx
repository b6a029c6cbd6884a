import type { publicPerformanceSchema } from '../../../src/performance/public/public-performance-routes';
import type { RegionToday, WireOf } from '../shell/api';
import { dayIn, formatDecimal } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { PublicLayout } from '../shell/public-layout';
import { RegionYearChoice, usePublicRegionYear } from '../shell/public-region-year';
import { useResource } from '../shell/use-resource';

type Figures = WireOf<typeof publicPerformanceSchema>;
type Opd = Figures['opds'][number];

/** A capaian or score in percent, two decimals at most, or a dash while there is none. */
function percentOrDash(value: number | null, lang: 'id' | 'en'): string {
  return value === null ? '—' : `${formatDecimal(value, lang)}%`;
}

/** The region's grades year by year: SAKIP and RB predikat of the finished evaluations, the BPK opinion. */
function Grades({ d }: { d: Figures }) {
  const { t, lang } = useI18n();
  const years = [
    ...new Set([
      ...d.sakip.map((s) => s.year),
      ...d.rb.map((r) => r.year),
      ...d.auditOpinions.map((o) => o.fiscalYear),
    ]),
  ].sort((a, b) => b - a);
  return (
    <section className="panel">
      <h2>{t('publicPerformance.grades')}</h2>
      {years.length === 0 ? (
        <p className="muted">{t('publicPerformance.noGrades')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="public-grades">
            <thead>
              <tr>
                <th>{t('publicPerformance.gradeYear')}</th>
                <th>{t('publicPerformance.sakip')}</th>
                <th>{t('publicPerformance.rb')}</th>
                <th>{t('publicPerformance.opinion')}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((year) => {
                const sakip = d.sakip.find((s) => s.year === year);
                const rb = d.rb.find((r) => r.year === year);
                const opinion = d.auditOpinions.find((o) => o.fiscalYear === year);
                return (
                  <tr key={year} data-testid={`public-grades-${year}`}>
                    <td>{year}</td>
                    <td>
                      {sakip ? (
                        <>
                          <strong>{sakip.predikat}</strong>{' '}
                          <span className="muted small">{formatDecimal(sakip.score, lang)}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      {rb ? (
                        <>
                          <strong>{rb.predikat}</strong>{' '}
                          <span className="muted small">{formatDecimal(rb.score, lang)}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{opinion ? t(`publicPerformance.opinion.${opinion.opinion}`) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One OPD's signed contract: its head, its four quarters' achievement, and its indicators when opened. */
function OpdContract({ opd, timeZone }: { opd: Opd; timeZone: string }) {
  const { t, lang } = useI18n();
  const n = (x: number) => formatDecimal(x, lang);
  return (
    <details className="panel public-opd" data-testid="public-opd" data-opd={opd.shortName}>
      <summary>
        <span className="public-opd-name">
          <strong>{opd.name}</strong>
          <span className="muted small">
            {t('publicPerformance.head', { name: opd.headName })}
            {opd.signedAt &&
              ` · ${t('publicPerformance.signed', {
                day: dayIn(new Date(opd.signedAt), timeZone),
              })}`}
          </span>
        </span>
        <span className="public-opd-quarters">
          {opd.quarters.map((q) => (
            <span key={q.quarter} className="public-opd-quarter" data-testid={`public-opd-q${q.quarter}`}>
              <span className="muted small">{t('publicPerformance.quarter', { quarter: q.quarter })}</span>{' '}
              <strong>{percentOrDash(q.scorePercent, lang)}</strong>
            </span>
          ))}
        </span>
      </summary>
      <div className="table-wrap">
        <table className="table" aria-label={t('publicPerformance.items', { opd: opd.name })}>
          <thead>
            <tr>
              <th>{t('publicPerformance.indicator')}</th>
              <th className="num">{t('publicPerformance.weight')}</th>
              <th className="num">{t('publicPerformance.baseline')}</th>
              <th className="num">{t('publicPerformance.target')}</th>
              {[1, 2, 3, 4].map((q) => (
                <th key={q} className="num">
                  {t('publicPerformance.quarterCell', { quarter: q })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {opd.items.map((item) => (
              <tr key={item.indicatorId} data-testid="public-item">
                <td>
                  {item.name} <span className="muted small">({item.unit})</span>
                </td>
                <td className="num">{n(item.weight)}%</td>
                <td className="num">{n(item.baseline)}</td>
                <td className="num">
                  {item.targetUpper === null ? n(item.target) : `${n(item.target)}–${n(item.targetUpper)}`}
                </td>
                {item.quarters.map((q) => (
                  <td key={q.quarter} className="num">
                    {q.realisation === null ? (
                      <span className="muted">{t('publicPerformance.notYet')}</span>
                    ) : (
                      n(q.realisation)
                    )}{' '}
                    / {n(q.target)}
                    <br />
                    <span className="small">{percentOrDash(q.capaianPercent, lang)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function RegionPerformance({ region, year }: { region: RegionToday; year: number }) {
  const { t } = useI18n();
  const figures = useResource<Figures>(
    `/public/regions/${encodeURIComponent(region.regionId)}/performance?year=${year}`,
  );
  const d = figures.data;
  if (figures.error) return <ProblemAlert error={figures.error} />;
  if (!d) return <Loading />;
  return (
    <div data-testid="public-performance" data-year={d.year}>
      <p className="muted small">{t('publicPerformance.through', { day: d.day })}</p>
      <Grades d={d} />
      <h2>{t('publicPerformance.opds', { year: d.year })}</h2>
      {d.opds.length === 0 ? (
        <p className="muted">{t('publicPerformance.noOpds', { year: d.year })}</p>
      ) : (
        <>
          <p className="muted small">{t('publicPerformance.scoreHint', { cap: d.capaianCapPercent })}</p>
          {d.opds.map((opd) => (
            <OpdContract key={opd.id} opd={opd} timeZone={region.timeZone} />
          ))}
        </>
      )}
    </div>
  );
}

/** Each hosted region's performance for this year or an earlier one, for anyone. */
export function PublicPerformance() {
  const { t } = useI18n();
  const choice = usePublicRegionYear();
  const { regions, region, thisYear, year } = choice;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('publicPerformance.title')}</h1>
          <p className="muted">{t('publicPerformance.subtitle')}</p>
        </div>
      </div>
      <ProblemAlert error={regions.error} />
      {!regions.data && !regions.error && <Loading />}
      {regions.data && thisYear > 0 && (
        <>
          <RegionYearChoice
            choice={choice}
            years={[thisYear, thisYear - 1, thisYear - 2]}
            labels={{
              region: t('publicPerformance.region'),
              year: t('publicPerformance.year'),
              chooseRegion: t('publicPerformance.chooseRegion'),
            }}
            testId="public-performance"
          />
          {region ? (
            <RegionPerformance key={`${region.regionId}/${year}`} region={region} year={year} />
          ) : (
            <p className="muted">{t('publicPerformance.chooseRegion')}</p>
          )}
        </>
      )}
    </>
  );
}

/** The public performance page for someone not signed in. */
export function PublicPerformancePage() {
  return (
    <PublicLayout>
      <PublicPerformance />
    </PublicLayout>
  );
}
