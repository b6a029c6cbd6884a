import { type FormEvent, useEffect, useState } from 'react';
import type { capaianBandsSchema } from '../../../src/performance/lkjip/capaian-band-routes';
import type { lkjipReportSchema } from '../../../src/performance/lkjip/lkjip-routes';
import { LKJIP_WRITERS } from '../../../src/performance/roles';
import { holdsAny } from '../../../src/platform/roles';
import { regionPath, request, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Banner } from '../shell/banner';
import { Field } from '../shell/field';
import { formatDateTime, formatDecimal } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';

type Draft = WireOf<typeof lkjipReportSchema>;
type Bands = WireOf<typeof capaianBandsSchema>;

/**
 * LKjIP: the year's draft performance report. The planner (and the administrator) picks a year and generates a draft
 * from the year's accepted realisation; everyone region-wide lists the drafts and opens their PDF. Below, the region's
 * capaian interpretation bands, which the planner sets from a day on.
 */
export function LkjipPage({ region }: RegionPageProps) {
  const { t } = useI18n();
  const today = useToday(region.regionId);
  const canWrite = holdsAny(region.roles, LKJIP_WRITERS);
  const thisYear = today ? Number(today.slice(0, 4)) : null;
  const [chosen, setChosen] = useState<string>();
  const year = chosen ?? (thisYear ? String(thisYear - 1) : '');
  const drafts = useResource<{ items: Draft[] }>(regionPath(region.regionId, '/performance/lkjip'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [made, setMade] = useState<Draft>();

  async function generate(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setMade(undefined);
    try {
      const draft = await request<Draft>('POST', regionPath(region.regionId, '/performance/lkjip'), {
        year: Number(year),
      });
      setMade(draft);
      drafts.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const items = drafts.data?.items;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('lkjip.title')}</h1>
          <p className="muted">{t('lkjip.subtitle', { region: region.name })}</p>
        </div>
      </div>
      {canWrite && thisYear && (
        <form className="filters lkjip-form" onSubmit={generate}>
          <Field label={t('lkjip.year')}>
            <select
              name="year"
              value={year}
              onChange={(e) => setChosen(e.target.value)}
              data-testid="lkjip-year"
            >
              {[0, 1, 2, 3, 4].map((back) => (
                <option key={back} value={String(thisYear - back)}>
                  {thisYear - back}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="lkjip-generate"
          >
            {busy ? t('lkjip.generating') : t('lkjip.generate')}
          </button>
        </form>
      )}
      {made && (
        <Banner tone="success" testId="lkjip-outcome">
          {t('lkjip.made', { number: made.number })} <PdfLink href={made.pdf} label={t('lkjip.open')} />
        </Banner>
      )}
      <ProblemAlert error={error ?? drafts.error} />
      <section className="panel" data-testid="lkjip-drafts">
        <h2>{t('lkjip.drafts')}</h2>
        {!items && !drafts.error && <Loading />}
        {items?.length === 0 && <p className="empty">{t('lkjip.none')}</p>}
        {items && items.length > 0 && <DraftList items={items} timeZone={region.timeZone} />}
      </section>
      <BandsPanel regionId={region.regionId} canWrite={canWrite} today={today} />
    </>
  );
}

function DraftList({ items, timeZone }: { items: Draft[]; timeZone: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table-stacked" data-testid="lkjip-list">
        <thead>
          <tr>
            <th>{t('lkjip.year')}</th>
            <th>{t('lkjip.number')}</th>
            <th>{t('lkjip.madeAt')}</th>
            <th className="num">{t('lkjip.indicators')}</th>
            <th>{t('lkjip.predikat')}</th>
            <th>{t('lkjip.pdf')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} data-testid="lkjip-row" data-latest={d.latest}>
              <td>
                <strong>{d.year}</strong>
                <div className="muted small">{d.latest ? t('lkjip.latest') : t('lkjip.superseded')}</div>
              </td>
              <td className="mono small">{d.number}</td>
              <td>
                <span className="nowrap">{formatDateTime(d.generatedAt, timeZone, lang)}</span>
                {d.generatedBy && <div className="muted small">{t('lkjip.by', { name: d.generatedBy })}</div>}
              </td>
              <td className="num">
                <span className="stacked-label">{t('lkjip.indicators')}</span>
                {d.indicators}
                {d.withoutCapaian > 0 && (
                  <div className="muted small">
                    {t('lkjip.withoutCapaian', { count: String(d.withoutCapaian) })}
                  </div>
                )}
              </td>
              <td>
                <span className="stacked-label">{t('lkjip.predikat')}</span>
                {d.predikat ?? '-'}
              </td>
              <td>
                <PdfLink href={d.pdf} label={t('lkjip.pdf')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type BandRow = { from: string; label: string };

/** The region's interpretation table; the planner edits it and saves it from a day on. */
function BandsPanel({
  regionId,
  canWrite,
  today,
}: {
  regionId: string;
  canWrite: boolean;
  today: string | undefined;
}) {
  const { t, lang } = useI18n();
  const bands = useResource<Bands>(regionPath(regionId, '/performance/capaian-bands'));
  const [rows, setRows] = useState<BandRow[]>([]);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const inForce = bands.data?.inForce;

  useEffect(() => {
    if (inForce) setRows(inForce.bands.map((b) => ({ from: String(b.from), label: b.label })));
  }, [inForce]);
  useEffect(() => {
    if (today && !effectiveFrom) setEffectiveFrom(today);
  }, [today, effectiveFrom]);

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      await request<Bands>('PUT', regionPath(regionId, '/performance/capaian-bands'), {
        effectiveFrom,
        bands: rows.map((r) => ({ from: Number(r.from.replace(',', '.')), label: r.label })),
      });
      setSaved(true);
      bands.reload();
    } catch (err) {
      setError(err);
    }
  }

  const update = (i: number, change: Partial<BandRow>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));

  return (
    <section className="panel" data-testid="lkjip-bands">
      <h2>{t('lkjip.bands')}</h2>
      <ProblemAlert error={error ?? bands.error} />
      {!inForce && !bands.error && <Loading />}
      {inForce && (
        <p className="muted small">
          {inForce.effectiveFrom
            ? t('lkjip.bandsFrom', { date: inForce.effectiveFrom })
            : t('lkjip.bandsDefault')}
        </p>
      )}
      {inForce && !canWrite && (
        <table className="table">
          <thead>
            <tr>
              <th className="num">{t('lkjip.bandFrom')}</th>
              <th>{t('lkjip.bandLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {inForce.bands.map((b) => (
              <tr key={b.from}>
                <td className="num">≥ {formatDecimal(b.from, lang)}</td>
                <td>{b.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {inForce && canWrite && (
        <form onSubmit={save} className="lkjip-bands-form">
          <table className="table">
            <thead>
              <tr>
                <th>{t('lkjip.bandFrom')}</th>
                <th>{t('lkjip.bandLabel')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by their position
                <tr key={i} data-testid="lkjip-band">
                  <td>
                    <input
                      inputMode="decimal"
                      aria-label={t('lkjip.bandFrom')}
                      value={r.from}
                      onChange={(e) => update(i, { from: e.target.value })}
                      size={6}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('lkjip.bandLabel')}
                      value={r.label}
                      onChange={(e) => update(i, { label: e.target.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                    >
                      {t('lkjip.removeBand')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="filters">
            <button
              type="button"
              className="button button-small"
              onClick={() => setRows((all) => [...all, { from: '', label: '' }])}
            >
              {t('lkjip.addBand')}
            </button>
            <Field label={t('lkjip.effectiveFrom')}>
              <input
                type="date"
                name="effectiveFrom"
                value={effectiveFrom}
                onChange={(e) => setEffectiveFrom(e.target.value)}
              />
            </Field>
            <button type="submit" className="button button-primary" data-testid="lkjip-save-bands">
              {t('lkjip.saveBands')}
            </button>
          </div>
          {saved && <Banner tone="success">{t('lkjip.bandsSaved')}</Banner>}
        </form>
      )}
    </section>
  );
}
