import { type FormEvent, useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { TAX_OFFICERS } from '../../../../src/tax/roles';
import { KecamatanSelect } from '../../platform/kecamatan-select';
import { KelurahanSelect } from '../../platform/kelurahan-select';
import { type RegionGrant, regionPath } from '../../shell/api';
import { DownloadButtons } from '../../shell/download-buttons';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { href, navigate } from '../../shell/router';
import { SortHeader } from '../../shell/sort-header';
import { useResource } from '../../shell/use-resource';
import { TaxTypeSelect } from '../config/tax-type-select';
import { useTaxTypes } from '../config/use-tax-types';
import { StatusBadge } from '../status-badge';
import { identityOf, type TaxpayerSearch } from './registry';
import { TaxpayerRegisterForm } from './taxpayer-register-form';

/** The orders the phone's select offers; on a desktop the column headers give the same. */
const SORT_CHOICES = ['relevance', 'name', '-name', 'npwpd', 'kelurahan', 'status', '-registered'] as const;

const PAGE = 25;
const NO_FILTER = { q: '', kecamatan: '', kelurahan: '', taxCode: '', status: '', sort: 'relevance' };
type Filter = typeof NO_FILTER;

/** The search's filters and order as query parameters: what the list and its download both take. */
function searchParams(filter: Filter): URLSearchParams {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v.trim() !== ''));
  if (filter.sort === 'relevance') query.delete('sort');
  return query;
}

function searchPath(regionId: string, filter: Filter, offset: number): string {
  const query = searchParams(filter);
  query.set('limit', String(PAGE));
  query.set('offset', String(offset));
  return regionPath(regionId, `/taxpayers?${query}`);
}

/**
 * Cari wajib pajak: by the trade name of an object, the owner, NPWPD, NIK/NPWP, an object's earlier number (NOP) or
 * address (typos forgiven), kelurahan, tax type and status; sorted by relevance or a column; opens the 360° view.
 */
export function TaxpayerSearchPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const taxTypes = useTaxTypes();
  const [draft, setDraft] = useState(NO_FILTER);
  const [filter, setFilter] = useState(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const found = useResource<TaxpayerSearch>(searchPath(region.regionId, filter, offset));
  const total = found.data?.total ?? 0;
  // An officer registers a taxpayer who comes to the counter; it waits in the queue for verification like any.
  const canRegister = holdsAny(region.roles, TAX_OFFICERS);
  const [registering, setRegistering] = useState(false);

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilter(draft);
    setOffset(0);
  }
  /** Sorting applies at once, to what was searched (a column header or the phone's select). */
  function sortBy(sort: string) {
    setDraft({ ...draft, sort });
    setFilter({ ...filter, sort });
    setOffset(0);
  }
  const header = (label: string, column: string) => (
    <SortHeader label={label} column={column} sort={filter.sort} onSort={sortBy} />
  );

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('search.title')}</h1>
          <p className="muted">{t('search.subtitle', { region: region.name })}</p>
        </div>
        {canRegister && !registering && (
          <button type="button" className="button button-primary" onClick={() => setRegistering(true)}>
            {t('counter.register')}
          </button>
        )}
      </div>
      {registering && (
        <section className="panel" data-testid="counter-registration">
          <h2>{t('counter.register')}</h2>
          <p className="muted small">{t('counter.intro')}</p>
          <TaxpayerRegisterForm
            regionId={region.regionId}
            email=""
            onCancel={() => setRegistering(false)}
            onRegistered={(taxpayer) => navigate(`/taxpayers/${taxpayer.id}`)}
          />
        </section>
      )}
      <form className="panel filters" onSubmit={apply} data-testid="taxpayer-filters">
        <Field label={t('search.q')}>
          <input
            type="search"
            name="q"
            placeholder={t('search.qHint')}
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        </Field>
        <Field label={t('areas.kecamatan')}>
          <KecamatanSelect
            regionId={region.regionId}
            value={draft.kecamatan}
            emptyLabel={t('search.any')}
            onChange={(kecamatan) => setDraft({ ...draft, kecamatan })}
          />
        </Field>
        <Field label={t('registry.kelurahan')}>
          <KelurahanSelect
            regionId={region.regionId}
            value={draft.kelurahan}
            emptyLabel={t('search.any')}
            onChange={(kelurahan) => setDraft({ ...draft, kelurahan })}
          />
        </Field>
        <Field label={t('object.taxType')}>
          <TaxTypeSelect
            types={taxTypes.types}
            value={draft.taxCode}
            emptyLabel={t('search.any')}
            onChange={(taxCode) => setDraft({ ...draft, taxCode })}
          />
        </Field>
        <Field label={t('return.status')}>
          <select
            name="status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          >
            <option value="">{t('search.any')}</option>
            <option value="verified">{t('status.verified')}</option>
            <option value="pending">{t('status.pending')}</option>
            <option value="rejected">{t('status.rejected')}</option>
          </select>
        </Field>
        <Field label={t('search.sort')}>
          <select name="sort" value={filter.sort} onChange={(e) => sortBy(e.target.value)}>
            {SORT_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`search.sort.${choice}` as 'search.sort.relevance')}
              </option>
            ))}
          </select>
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('search.submit')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(NO_FILTER);
              setFilter(NO_FILTER);
              setOffset(0);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <DownloadButtons
        regionId={region.regionId}
        path="/taxpayers/download"
        params={searchParams(filter)}
        testId="taxpayers-download"
      />
      <ProblemAlert error={found.error} />
      {!found.data && !found.error && <Loading />}
      {found.data && total === 0 && <p className="empty">{t('search.none')}</p>}
      {found.data && total > 0 && (
        <>
          <p className="muted small">
            {t('search.count', { from: offset + 1, to: offset + found.data.items.length, total })}
          </p>
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="taxpayer-results">
              <thead>
                <tr>
                  {header(t('search.taxpayer'), 'name')}
                  {header('NPWPD', 'npwpd')}
                  {header(t('registry.kelurahan'), 'kelurahan')}
                  <th>{t('search.taxes')}</th>
                  {header(t('return.status'), 'status')}
                </tr>
              </thead>
              <tbody>
                {found.data.items.map((hit) => (
                  <tr key={hit.id} data-testid="taxpayer-hit">
                    <td>
                      <a className="strong" href={href(`/taxpayers/${hit.id}`)}>
                        {hit.name}
                      </a>
                      {hit.objects.length > 0 && (
                        <ul className="hit-objects" aria-label={t('search.objects')}>
                          {hit.objects.map((o) => (
                            <li key={o.id}>
                              {o.name}
                              {o.legacyRef && <span className="muted mono"> · {o.legacyRef}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                      <div className="muted small">
                        {hit.kind === 'person' ? 'NIK' : 'NPWP'}{' '}
                        <span className="mono">{identityOf(hit)}</span>
                      </div>
                    </td>
                    <td className="mono nowrap">{hit.npwpd ?? '—'}</td>
                    <td>
                      {hit.villageName}
                      <div className="muted small">{hit.address}</div>
                    </td>
                    <td>
                      <ul className="chips">
                        {hit.taxCodes.map((code) => (
                          <li key={code} className="chip">
                            {taxTypes.nameOf(code)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <StatusBadge status={hit.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {total > PAGE && (
            <div className="pager">
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => setOffset(offset - PAGE)}
              >
                {t('common.previous')}
              </button>
              <button
                type="button"
                className="button"
                disabled={offset + PAGE >= total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t('common.next')}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
