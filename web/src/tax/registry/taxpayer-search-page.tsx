import { type FormEvent, useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { TAX_OFFICERS } from '../../../../src/tax/roles';
import { KelurahanSelect } from '../../platform/kelurahan-select';
import { type RegionGrant, regionPath } from '../../shell/api';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { href, navigate } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { TaxTypeSelect } from '../config/tax-type-select';
import { useTaxTypes } from '../config/use-tax-types';
import { StatusBadge } from '../status-badge';
import { identityOf, type TaxpayerSearch } from './registry';
import { TaxpayerRegisterForm } from './taxpayer-register-form';

const PAGE = 25;
const NO_FILTER = { q: '', kelurahan: '', taxCode: '', status: '' };
type Filter = typeof NO_FILTER;

function searchPath(regionId: string, filter: Filter, offset: number): string {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v.trim() !== ''));
  query.set('limit', String(PAGE));
  query.set('offset', String(offset));
  return regionPath(regionId, `/taxpayers?${query}`);
}

/** Cari wajib pajak: by NPWPD, NIK/NPWP, name or address, kelurahan, tax type and status; opens the 360° view. */
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
                  <th>{t('search.taxpayer')}</th>
                  <th>NPWPD</th>
                  <th>{t('registry.kelurahan')}</th>
                  <th>{t('search.taxes')}</th>
                  <th>{t('return.status')}</th>
                </tr>
              </thead>
              <tbody>
                {found.data.items.map((hit) => (
                  <tr key={hit.id}>
                    <td>
                      <a className="strong" href={href(`/taxpayers/${hit.id}`)}>
                        {hit.name}
                      </a>
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
