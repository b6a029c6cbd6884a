import type { arrearsSchema } from '../../../src/receivables/bills/bills-routes';
import { KecamatanSelect } from '../platform/kecamatan-select';
import { type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { DownloadButtons } from '../shell/download-buttons';
import { Field } from '../shell/field';
import { formatDate, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../shell/list-controls';
import { useListQuery } from '../shell/list-query';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { TaxTypeSelect } from '../tax/config/tax-type-select';
import { useTaxTypes } from '../tax/config/use-tax-types';
import { TaxpayerLink } from '../tax/registry/taxpayer-link';

type Arrears = WireOf<typeof arrearsSchema>;

const NO_FILTER = { q: '', taxCode: '', kecamatan: '', period: '' };

/**
 * Tunggakan: overdue bills with late interest as of today, the totals of those the filters find, a page of them in
 * the order chosen (the largest first), and the whole list as CSV or XLSX.
 */
export function ArrearsPage({ region }: { region: RegionGrant }) {
  const { t, lang, months } = useI18n();
  const taxTypes = useTaxTypes();
  const list = useListQuery(NO_FILTER, '-total');
  const arrears = useResource<Arrears>(regionPath(region.regionId, `/arrears?${list.pageParams}`));
  const a = arrears.data;
  const columns = {
    taxpayer: { column: 'taxpayer', label: t('search.taxpayer') },
    period: { column: 'period', label: t('return.period') },
    due: { column: 'due', label: t('bill.dueDate') },
    principal: { column: 'principal', label: t('bill.principal') },
    penalty: { column: 'penalty', label: t('bill.interest') },
    total: { column: 'total', label: t('bill.totalToday') },
  } satisfies Record<string, SortColumn>;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('arrears.title')}</h1>
          <p className="muted">
            {t('arrears.subtitle')} {a && t('myBills.asOf', { date: formatDate(a.asOf, lang) })}
          </p>
        </div>
      </div>
      <form className="panel filters" onSubmit={list.apply} data-testid="arrears-filters">
        <Field label={t('list.search')}>
          <input
            type="search"
            name="q"
            placeholder={t('arrears.qHint')}
            value={list.draft.q}
            onChange={(e) => list.setDraft({ ...list.draft, q: e.target.value })}
          />
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
        path="/arrears/download"
        params={list.params}
        testId="arrears-download"
      />
      <ProblemAlert error={arrears.error} />
      {!a && !arrears.error && <Loading />}
      {a && (
        <div className="stats" data-testid="arrears-totals">
          <div className="stat">
            <span className="muted small">{t('arrears.count')}</span>
            <strong>{a.count}</strong>
          </div>
          <div className="stat">
            <span className="muted small">{t('bill.principal')}</span>
            <strong className="money">{formatRupiah(a.principal)}</strong>
          </div>
          <div className="stat">
            <span className="muted small">{t('bill.interest')}</span>
            <strong className="money">{formatRupiah(a.penalty)}</strong>
          </div>
          <div className="stat stat-main">
            <span className="small">{t('arrears.total')}</span>
            <strong className="money">{formatRupiah(a.total)}</strong>
          </div>
        </div>
      )}
      {a?.items.length === 0 && <p className="empty">{t('arrears.none')}</p>}
      {a && a.items.length > 0 && (
        <>
          <ListBar
            list={list}
            total={a.count}
            shown={a.items.length}
            columns={Object.values(columns)}
            testId="arrears"
          />
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="arrears-table">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.period} />
                  <ListSortHeader list={list} column={columns.due} />
                  <ListSortHeader list={list} column={columns.principal} className="num" />
                  <ListSortHeader list={list} column={columns.penalty} className="num" />
                  <ListSortHeader list={list} column={columns.total} className="num" />
                </tr>
              </thead>
              <tbody>
                {a.items.map((x) => (
                  <tr key={x.billId} data-testid="arrears-row">
                    <td>
                      <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
                      <div className="mono small nowrap" data-testid="arrears-code">
                        {x.billingCodeDisplay}
                      </div>
                      {x.kecamatan && (
                        <div className="muted small">
                          {t('areas.kecamatan')} {x.kecamatan}
                        </div>
                      )}
                    </td>
                    <td>
                      {taxTypes.nameOf(x.taxCode)}
                      {x.period && <div className="muted small">{formatPeriod(x.period, lang)}</div>}
                    </td>
                    <td className="nowrap">
                      {formatDate(x.dueDate, lang)}
                      <div className="muted small">{t('arrears.months', { months: months(x.months) })}</div>
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bill.principal')}</span>
                      {formatRupiah(x.principal)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bill.interest')}</span>
                      {formatRupiah(x.penalty)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bill.totalToday')}</span>
                      <strong data-testid="arrears-total">{formatRupiah(x.total)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={a.count} />
        </>
      )}
    </>
  );
}
