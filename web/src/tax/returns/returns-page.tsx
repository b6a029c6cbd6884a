import { KecamatanSelect } from '../../platform/kecamatan-select';
import { documentUrl, type RegionGrant, regionPath } from '../../shell/api';
import { DownloadButtons } from '../../shell/download-buttons';
import { Field } from '../../shell/field';
import { formatDate, formatDateTime, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../../shell/list-controls';
import { useListQuery } from '../../shell/list-query';
import { Loading } from '../../shell/loading';
import { PdfLink } from '../../shell/pdf-link';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';
import { TaxTypeSelect } from '../config/tax-type-select';
import { useTaxTypes } from '../config/use-tax-types';
import { TaxpayerLink } from '../registry/taxpayer-link';
import { StatusBadge } from '../status-badge';
import type { ListedReturn } from './returns';

const NO_FILTER = { q: '', status: '', taxCode: '', kecamatan: '', period: '' };
const STATUSES = ['draft', 'submitted', 'verified', 'rejected', 'superseded'] as const;

/** SPTPD: every return of the region, filtered, sorted and paged, downloadable as CSV or XLSX. */
export function ReturnsPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const taxTypes = useTaxTypes();
  const list = useListQuery(NO_FILTER, '-submitted');
  const returns = useResource<{ total: number; items: ListedReturn[] }>(
    regionPath(region.regionId, `/returns?${list.pageParams}`),
  );
  const r = returns.data;
  const columns = {
    period: { column: 'period', label: t('return.period') },
    taxpayer: { column: 'taxpayer', label: t('search.taxpayer') },
    object: { column: 'object', label: t('return.object') },
    gross: { column: 'gross', label: t('return.gross') },
    tax: { column: 'tax', label: t('return.tax') },
    status: { column: 'status', label: t('return.status') },
    submitted: { column: 'submitted', label: t('returnsList.submitted') },
  } satisfies Record<string, SortColumn>;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('returnsList.title')}</h1>
          <p className="muted">{t('returnsList.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <form className="panel filters" onSubmit={list.apply} data-testid="returns-filters">
        <Field label={t('list.search')}>
          <input
            type="search"
            name="q"
            placeholder={t('returnsList.qHint')}
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
        <Field label={t('return.period')}>
          <input
            type="month"
            name="period"
            value={list.draft.period}
            onChange={(e) => list.choose('period', e.target.value)}
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
        path="/returns/download"
        params={list.params}
        testId="returns-download"
      />
      <ProblemAlert error={returns.error} />
      {!r && !returns.error && <Loading />}
      {r?.total === 0 && <p className="empty">{t('returnsList.none')}</p>}
      {r && r.items.length > 0 && (
        <>
          <ListBar
            list={list}
            total={r.total}
            shown={r.items.length}
            columns={Object.values(columns)}
            testId="returns"
          />
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="returns-list">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.period} />
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.gross} className="num" />
                  <ListSortHeader list={list} column={columns.tax} className="num" />
                  <ListSortHeader list={list} column={columns.status} />
                  <ListSortHeader list={list} column={columns.submitted} />
                  <th className="actions">
                    <span className="sr-only">PDF</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.items.map((x) => (
                  <tr
                    key={x.id}
                    data-testid="returns-row"
                    className={x.status === 'superseded' ? 'dimmed' : ''}
                  >
                    <td className="nowrap">
                      {formatPeriod(x.period, lang)}
                      {x.revision > 0 && (
                        <div className="muted small">{t('return.revision', { revision: x.revision })}</div>
                      )}
                    </td>
                    <td>
                      <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
                      <div className="small">{x.objectName}</div>
                      <div className="muted small">{taxTypes.nameOf(x.taxCode)}</div>
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('return.gross')}</span>
                      {formatRupiah(x.gross)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('return.tax')}</span>
                      {formatRupiah(x.tax)}
                      {x.opsen > 0 && (
                        <div className="muted small">
                          {t('return.plusOpsen', { amount: formatRupiah(x.opsen) })}
                        </div>
                      )}
                      {x.paid > 0 && (
                        <div className="muted small">
                          {t('returnsList.paid', { amount: formatRupiah(x.paid) })}
                        </div>
                      )}
                    </td>
                    <td>
                      <StatusBadge status={x.status} />
                      <div className="muted small">
                        {t('return.due', { date: formatDate(x.dueDate, lang) })}
                      </div>
                    </td>
                    <td className="small">
                      <span className="stacked-label">{t('returnsList.submitted')}</span>
                      {x.submittedAt
                        ? formatDateTime(x.submittedAt, region.timeZone, lang)
                        : t('returnsList.notSubmitted')}
                    </td>
                    <td className="actions">
                      {x.status !== 'draft' && (
                        <PdfLink
                          href={documentUrl(region.regionId, `/returns/${x.id}/pdf`)}
                          label={t('pdf.short')}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={r.total} />
        </>
      )}
    </>
  );
}
