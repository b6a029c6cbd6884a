import { type FormEvent, useState } from 'react';
import { holdsAny } from '../../../src/platform/roles';
import type { populationSchema } from '../../../src/revenue/cross-region/cross-region-routes';
import { POPULATION_EDITORS } from '../../../src/revenue/roles';
import { regionPath, request, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Field } from '../shell/field';
import { formatDateTime, formatNumber } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';

type Population = WireOf<typeof populationSchema>;

/** The region's population by year, with its source: its administrator enters it, a correction is a new entry. */
export function PopulationPage({ region }: RegionPageProps) {
  const { t, lang } = useI18n();
  const saved = useResource<Population>(regionPath(region.regionId, '/population'));
  const today = useToday(region.regionId);
  const canEdit = holdsAny(region.roles, POPULATION_EDITORS);
  const [year, setYear] = useState('');
  const [count, setCount] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const defaultYear = today ? String(Number(today.slice(0, 4)) - 1) : '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setDone(false);
    try {
      await request('PUT', regionPath(region.regionId, '/population'), {
        year: Number(year || defaultYear),
        population: Number(count.replace(/\D/g, '')),
        source,
      });
      setDone(true);
      setCount('');
      setSource('');
      saved.reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('population.title')}</h1>
          <p className="muted">{t('population.subtitle')}</p>
        </div>
      </div>
      {canEdit && (
        <form className="panel population-form" data-testid="population-form" onSubmit={submit}>
          <Field label={t('population.year')}>
            <input
              name="year"
              inputMode="numeric"
              required
              value={year || defaultYear}
              onChange={(e) => setYear(e.target.value)}
            />
          </Field>
          <Field label={t('population.count')}>
            <input
              name="population"
              inputMode="numeric"
              required
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
          </Field>
          <Field label={t('population.source')} hint={t('population.sourceHint')}>
            <input name="source" required value={source} onChange={(e) => setSource(e.target.value)} />
          </Field>
          <ProblemAlert error={error} />
          {done && (
            <p className="alert alert-ok" role="status">
              {t('population.saved')}
            </p>
          )}
          <button type="submit" className="button button-primary">
            {t('population.save')}
          </button>
        </form>
      )}
      <section className="panel">
        <h2>{t('population.history')}</h2>
        <ProblemAlert error={saved.error} />
        {!saved.data && !saved.error && <Loading />}
        {saved.data && saved.data.history.length === 0 && <p className="muted">{t('population.none')}</p>}
        {saved.data && saved.data.history.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="population-history">
              <thead>
                <tr>
                  <th>{t('population.year')}</th>
                  <th className="num">{t('population.count')}</th>
                  <th>{t('population.source')}</th>
                  <th>{t('population.enteredAt')}</th>
                  <th>{t('population.enteredBy')}</th>
                </tr>
              </thead>
              <tbody>
                {saved.data.history.map((h) => (
                  <tr key={h.id}>
                    <td>{h.year}</td>
                    <td className="num">{formatNumber(h.population, lang)}</td>
                    <td>{h.source}</td>
                    <td>{formatDateTime(h.enteredAt, region.timeZone, lang)}</td>
                    <td>{h.enteredBy ?? t('population.system')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
