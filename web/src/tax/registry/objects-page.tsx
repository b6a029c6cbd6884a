import type { objectListSchema } from '../../../../src/tax/registry/registry-routes';
import { KecamatanSelect } from '../../platform/kecamatan-select';
import { type RegionGrant, regionPath, type WireOf } from '../../shell/api';
import { DownloadButtons } from '../../shell/download-buttons';
import { Field } from '../../shell/field';
import { formatDate } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../../shell/list-controls';
import { useListQuery } from '../../shell/list-query';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';
import { TaxTypeSelect } from '../config/tax-type-select';
import { useTaxTypes } from '../config/use-tax-types';
import { StatusBadge } from '../status-badge';
import { TaxpayerLink } from './taxpayer-link';

type ObjectList = WireOf<typeof objectListSchema>;

const NO_FILTER = { q: '', status: '', taxCode: '', kecamatan: '' };
const STATUSES = ['active', 'pending', 'closed', 'rejected'] as const;

/** Objek pajak: every object of the region with its taxpayer, filtered, sorted and paged, downloadable. */
export function ObjectsPage({ region }: { region: RegionGrant }) {
  const { t, lang, categoryLabel } = useI18n();
  const taxTypes = useTaxTypes();
  const list = useListQuery(NO_FILTER, 'name');
  const objects = useResource<ObjectList>(regionPath(region.regionId, `/tax-objects?${list.pageParams}`));
  const o = objects.data;
  const columns = {
    name: { column: 'name', label: t('object.name') },
    taxpayer: { column: 'taxpayer', label: t('search.taxpayer') },
    tax: { column: 'tax', label: t('object.taxType') },
    kelurahan: { column: 'kelurahan', label: t('registry.kelurahan') },
    opened: { column: 'opened', label: t('objects.opened') },
    status: { column: 'status', label: t('return.status') },
  } satisfies Record<string, SortColumn>;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('objects.title')}</h1>
          <p className="muted">{t('objects.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <form className="panel filters" onSubmit={list.apply} data-testid="objects-filters">
        <Field label={t('list.search')}>
          <input
            type="search"
            name="q"
            placeholder={t('objects.qHint')}
            value={list.draft.q}
            onChange={(e) => list.setDraft({ ...list.draft, q: e.target.value })}
          />
        </Field>
        <Field label={t('return.status')}>
          <select
            name="status"
            value={list.draft.status}
            onChange={(e) => list.choose('status', e.target.value)}
          >
            <option value="">{t('list.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('object.taxType')}>
          <TaxTypeSelect
            types={taxTypes.types}
            value={list.draft.taxCode}
            emptyLabel={t('list.any')}
            onChange={(code) => list.choose('taxCode', code)}
          />
        </Field>
        <Field label={t('areas.kecamatan')}>
          <KecamatanSelect
            regionId={region.regionId}
            value={list.draft.kecamatan}
            emptyLabel={t('list.any')}
            onChange={(code) => list.choose('kecamatan', code)}
          />
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('list.search')}
          </button>
          <button type="button" className="button" onClick={list.clear}>
            {t('list.clear')}
          </button>
        </div>
      </form>
      <DownloadButtons
        regionId={region.regionId}
        path="/tax-objects/download"
        params={list.params}
        testId="objects-download"
      />
      <ProblemAlert error={objects.error} />
      {!o && !objects.error && <Loading />}
      {o?.total === 0 && <p className="empty">{t('objects.none')}</p>}
      {o && o.items.length > 0 && (
        <>
          <ListBar
            list={list}
            total={o.total}
            shown={o.items.length}
            columns={Object.values(columns)}
            testId="objects"
          />
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="objects-list">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.name} />
                  <ListSortHeader list={list} column={columns.tax} />
                  <ListSortHeader list={list} column={columns.kelurahan} />
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.opened} />
                  <ListSortHeader list={list} column={columns.status} />
                </tr>
              </thead>
              <tbody>
                {o.items.map((x) => (
                  <tr key={x.id} data-testid="objects-row">
                    <td>
                      <span className="strong">{x.name}</span>
                      {x.legacyRef && <div className="muted small mono">NOP {x.legacyRef}</div>}
                    </td>
                    <td>
                      {taxTypes.nameOf(x.taxCode)}
                      {x.category !== 'umum' && (
                        <div className="muted small">{categoryLabel(x.category)}</div>
                      )}
                    </td>
                    <td>
                      {x.villageName}
                      <div className="muted small">
                        {t('areas.kecamatan')} {x.districtName}
                      </div>
                      <div className="muted small">{x.address}</div>
                    </td>
                    <td>
                      <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
                      {x.npwpd && <div className="muted small mono">{x.npwpd}</div>}
                    </td>
                    <td className="nowrap">
                      <span className="stacked-label">{t('objects.opened')}</span>
                      {formatDate(x.openedOn, lang)}
                      {x.closedOn && (
                        <div className="muted small">
                          {t('object.closedOn', { date: formatDate(x.closedOn, lang) })}
                        </div>
                      )}
                    </td>
                    <td>
                      <StatusBadge status={x.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={o.total} />
        </>
      )}
    </>
  );
}
