import { useState } from 'react';
import type { rankingSchema } from '../../../src/performance/ranking/ranking-schemas';
import { RANKING_EDITORS } from '../../../src/performance/roles';
import { holdsAny } from '../../../src/platform/roles';
import { regionPath, request, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Field } from '../shell/field';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Ranking = WireOf<typeof rankingSchema>;
type Row = Ranking['opds'][number];
type Placement = Ranking['nineBox'][number];

const ARROWS = { up: '▲', down: '▼', same: '▬', new: '·' } as const;
const BANDS = ['low', 'medium', 'high'] as const;

/**
 * Peringkat Kinerja: a quarter's ranking of the region's OPD by weighted capaian, with each head ranked with their
 * OPD, the trend against the quarter before, the at-risk early warning, the overdue audit follow-ups, the candidates
 * for evaluation or rotation by the region's rule (a recommendation, with its reasons) and the heads' 9-box. Open to
 * everyone in performance management; the planner may recompute it.
 */
export function RankingPage({ region }: RegionPageProps) {
  const { t, lang } = useI18n();
  const [year, setYear] = useState('');
  const [quarter, setQuarter] = useState('');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const query = new URLSearchParams();
  if (year) query.set('year', year);
  if (quarter) query.set('quarter', quarter);
  const ranking = useResource<Ranking>(
    regionPath(region.regionId, `/performance/rankings${query.size ? `?${query}` : ''}`),
  );
  const data = ranking.data;
  const percent = (x: number) =>
    new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { maximumFractionDigits: 2 }).format(x);
  const canRecompute = holdsAny(region.roles, RANKING_EDITORS);

  async function recompute() {
    if (!data) return;
    setBusy(true);
    setActionError(undefined);
    try {
      await request('POST', regionPath(region.regionId, '/performance/rankings/recompute'), {
        year: data.year,
        quarter: data.quarter,
      });
      ranking.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('ranking.title')}</h1>
          {data && (
            <p className="muted">
              {t('ranking.subtitle', {
                region: region.name,
                year: String(data.year),
                quarter: String(data.quarter),
              })}
            </p>
          )}
        </div>
        {canRecompute && data && (
          <button
            type="button"
            className="button"
            onClick={recompute}
            disabled={busy}
            data-testid="ranking-recompute"
          >
            {t('ranking.recompute')}
          </button>
        )}
      </div>
      <div className="filters">
        <Field label={t('ranking.year')}>
          <input
            type="number"
            name="year"
            min={2000}
            max={2100}
            value={year || data?.year || ''}
            onChange={(e) => setYear(e.target.value)}
            data-testid="ranking-year"
          />
        </Field>
        <Field label={t('ranking.quarter')}>
          <select
            name="quarter"
            value={quarter || data?.quarter || ''}
            onChange={(e) => setQuarter(e.target.value)}
            data-testid="ranking-quarter"
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t('ranking.quarterOption', { quarter: String(q) })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ProblemAlert error={ranking.error ?? actionError} />
      {!data && !ranking.error && <Loading />}
      {data && (
        <>
          <p className="muted small">
            {t('ranking.computedAt', { at: formatDateTime(data.computedAt, region.timeZone, lang) })}
          </p>
          <section className="panel" aria-labelledby="ranking-opds-title">
            <h2 id="ranking-opds-title">{t('ranking.opds')}</h2>
            <div className="table-wrap">
              <table className="table table-stacked" data-testid="ranking-opds">
                <thead>
                  <tr>
                    <th className="num">{t('ranking.rank')}</th>
                    <th>{t('ranking.opd')}</th>
                    <th className="num">{t('ranking.score')}</th>
                    <th>{t('ranking.trend')}</th>
                    <th className="num">{t('ranking.pace')}</th>
                    <th className="num">{t('ranking.overdue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.opds
                    .filter((row) => row.score !== null)
                    .map((row) => (
                      <OpdRow key={row.opdId} row={row} percent={percent} />
                    ))}
                </tbody>
              </table>
            </div>
            {data.opds.some((row) => row.score === null) && (
              <p className="muted small" data-testid="ranking-unmeasured">
                {t('ranking.unmeasured', {
                  names: data.opds
                    .filter((row) => row.score === null)
                    .map((row) => row.opdShortName)
                    .join(', '),
                })}
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="ranking-risk-title">
            <h2 id="ranking-risk-title">{t('ranking.atRiskList')}</h2>
            <p className="muted small">
              {t('ranking.atRiskHelp', { threshold: percent(data.settings.atRiskBelowPercent) })}
            </p>
            {data.atRisk.length === 0 ? (
              <p className="empty">{t('ranking.atRiskNone')}</p>
            ) : (
              <ul className="ranking-list" data-testid="ranking-at-risk">
                {data.atRisk.map((row) => (
                  <li key={row.opdId}>
                    <span className="badge badge-warn">{t('ranking.atRisk')}</span>{' '}
                    <strong>{row.opdName}</strong>{' '}
                    <span className="muted small">
                      {t('ranking.pace')} {percent(row.pace ?? 0)}%
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="ranking-heads-title">
            <h2 id="ranking-heads-title">{t('ranking.heads')}</h2>
            <div className="table-wrap">
              <table className="table table-stacked" data-testid="ranking-heads">
                <thead>
                  <tr>
                    <th className="num">{t('ranking.rank')}</th>
                    <th>{t('ranking.head')}</th>
                    <th>{t('ranking.opd')}</th>
                    <th className="num">{t('ranking.score')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.opds
                    .filter((row) => row.headEmployeeId !== null && row.score !== null)
                    .map((row) => (
                      <tr key={row.opdId} data-testid="ranking-head">
                        <td className="num">
                          <span className="stacked-label">{t('ranking.rank')}</span>
                          <strong>{row.rank}</strong>
                        </td>
                        <td>
                          <strong>{row.headName}</strong>
                        </td>
                        <td>{row.opdName}</td>
                        <td className="num">
                          <span className="stacked-label">{t('ranking.score')}</span>
                          {percent(row.score ?? 0)}%
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="ranking-candidates-title">
            <h2 id="ranking-candidates-title">{t('ranking.candidates')}</h2>
            <p className="notice" data-testid="ranking-candidates-note">
              {t('ranking.candidatesNote')}
            </p>
            {data.rotationCandidates.length === 0 ? (
              <p className="empty">{t('ranking.candidatesNone')}</p>
            ) : (
              <ul className="ranking-list" data-testid="ranking-candidates">
                {data.rotationCandidates.map((c) => (
                  <li key={c.opdId} data-testid="ranking-candidate">
                    <div>
                      <strong>{c.headName}</strong> <span className="muted">— {c.opdName}</span>{' '}
                      <span
                        className={`badge ${c.stage === 'competency_assessment' ? 'badge-danger' : 'badge-warn'}`}
                      >
                        {t(`ranking.stage.${c.stage}`, { until: c.improveUntil })}
                      </span>
                    </div>
                    <ul className="small">
                      {c.reasons.map((r) => (
                        <li key={r.en}>{r[lang]}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <NineBox placements={data.nineBox} />
        </>
      )}
    </>
  );
}

function OpdRow({ row, percent }: { row: Row; percent: (x: number) => string }) {
  const { t } = useI18n();
  const trendText =
    row.trend === 'up' || row.trend === 'down'
      ? t(`ranking.trend.${row.trend}`, { previous: percent(row.previousScore ?? 0) })
      : t(`ranking.trend.${row.trend}`);
  return (
    <tr data-testid="ranking-opd">
      <td className="num">
        <span className="stacked-label">{t('ranking.rank')}</span>
        <strong>{row.rank}</strong>
      </td>
      <td>
        <strong>{row.opdName}</strong>
        <div className="muted small">{row.headName ?? t('ranking.noHead')}</div>
        {row.unreported > 0 && (
          <div className="muted small">
            {t('ranking.unreported', { count: row.unreported, total: row.indicators })}
          </div>
        )}
      </td>
      <td className="num">
        <span className="stacked-label">{t('ranking.score')}</span>
        <strong data-testid="ranking-score">{percent(row.score ?? 0)}%</strong>
      </td>
      <td className="ranking-trend-cell">
        <span className="stacked-label">{t('ranking.trend')}</span>
        <span className={`ranking-trend ranking-trend-${row.trend}`} title={trendText} aria-hidden="true">
          {ARROWS[row.trend]}
        </span>{' '}
        <span className="small">{trendText}</span>
      </td>
      <td className="num">
        <span className="stacked-label">{t('ranking.pace')}</span>
        {row.pace === null ? '–' : `${percent(row.pace)}%`}{' '}
        {row.atRisk && (
          <span className="badge badge-warn" data-testid="ranking-risk-badge">
            {t('ranking.atRisk')}
          </span>
        )}
      </td>
      <td className="num">
        <span className="stacked-label">{t('ranking.overdue')}</span>
        {row.overdueFollowUps > 0 ? (
          <span className="badge badge-danger">{row.overdueFollowUps}</span>
        ) : (
          <span className="muted">0</span>
        )}
      </td>
    </tr>
  );
}

/** The 9-box: performance rising upwards, potential to the right; box 1 bottom left, box 9 top right. */
function NineBox({ placements }: { placements: Placement[] }) {
  const { t } = useI18n();
  const unplaced = placements.filter((p) => p.box === null);
  return (
    <section className="panel" aria-labelledby="ranking-ninebox-title">
      <h2 id="ranking-ninebox-title">{t('ranking.nineBox')}</h2>
      <p className="muted small">{t('ranking.nineBoxHelp')}</p>
      <div className="nine-box" data-testid="ranking-nine-box">
        <div className="nine-box-axis nine-box-y">{t('ranking.performanceAxis')} ↑</div>
        <div className="nine-box-grid">
          {[...BANDS].reverse().map((performance) =>
            BANDS.map((potential) => {
              const box = BANDS.indexOf(performance) * 3 + BANDS.indexOf(potential) + 1;
              const people = placements.filter((p) => p.box === box);
              return (
                <div
                  key={box}
                  className={`nine-box-cell nine-box-${box}`}
                  data-testid={`nine-box-${box}`}
                  title={`${t('ranking.performanceAxis')} ${t(`ranking.band.${performance}`)}, ${t('ranking.potentialAxis')} ${t(`ranking.band.${potential}`)}`}
                >
                  <span className="nine-box-number">{t('ranking.box', { box: String(box) })}</span>
                  {people.map((p) => (
                    <span key={`${p.employeeId}-${p.opdId}`} className="nine-box-person">
                      {p.name}
                    </span>
                  ))}
                </div>
              );
            }),
          )}
        </div>
        <div className="nine-box-axis nine-box-x">{t('ranking.potentialAxis')} →</div>
      </div>
      {unplaced.length > 0 && (
        <p className="muted small" data-testid="ranking-not-assessed">
          {t('ranking.notAssessed', { names: unplaced.map((p) => p.name ?? p.opdName).join(', ') })}
        </p>
      )}
    </section>
  );
}
