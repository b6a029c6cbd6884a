import type { billListSchema } from '../../../src/receivables/bills/bills-routes';
import { KecamatanSelect } from '../platform/kecamatan-select';
import { documentUrl, type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { DownloadButtons } from '../shell/download-buttons';
import { Field } from '../shell/field';
import { formatDate, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../shell/list-controls';
import { useListQuery } from '../shell/list-query';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { TaxTypeSelect } from '../tax/config/tax-type-select';
import { useTaxTypes } from '../tax/config/use-tax-types';
import { TaxpayerLink } from '../tax/registry/taxpayer-link';
import { StatusBadge } from '../tax/status-badge';

type BillList = WireOf<typeof billListSchema>;

const NO_FILTER = { q: '', status: '', taxCode: '', kecamatan: '', period: '' };
const STATUSES = ['open', 'paid', 'written_off', 'cancelled'] as const;

/** Tagihan: every bill (kode bayar) of the region, filtered, sorted and paged, with what each costs today. */
export function BillsPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const taxTypes = useTaxTypes();
  const list = useListQuery(NO_FILTER, '-issued');
  const bills = useResource<BillList>(regionPath(region.regionId, `/bills?${list.pageParams}`));
  const b = bills.data;
  const columns = {
    code: { column: 'code', label: t('bill.code') },
    taxpayer: { column: 'taxpayer', label: t('search.taxpayer') },
    period: { column: 'period', label: t('return.period') },
    issued: { column: 'issued', label: t('bills.issued') },
    due: { column: 'due', label: t('bill.dueDate') },
    principal: { column: 'principal', label: t('bill.principal') },
    outstanding: { column: 'outstanding', label: t('bills.outstanding') },
    status: { column: 'status', label: t('return.status') },
  } satisfies Record<string, SortColumn>;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('bills.title')}</h1>
          <p className="muted">{t('bills.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <form className="panel filters" onSubmit={list.apply} data-testid="bills-filters">
        <Field label={t('list.search')}>
          <input
            type="search"
            name="q"
            placeholder={t('arrears.qHint')}
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
        path="/bills/download"
        params={list.params}
        testId="bills-download"
      />
      <ProblemAlert error={bills.error} />
      {!b && !bills.error && <Loading />}
      {b?.total === 0 && <p className="empty">{t('bills.none')}</p>}
      {b && b.items.length > 0 && (
        <>
          <ListBar
            list={list}
            total={b.total}
            shown={b.items.length}
            columns={Object.values(columns)}
            testId="bills"
          />
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="bills-list">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.code} />
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.due} />
                  <ListSortHeader list={list} column={columns.outstanding} className="num" />
                  <th className="num">{t('bill.totalToday')}</th>
                  <ListSortHeader list={list} column={columns.status} />
                </tr>
              </thead>
              <tbody>
                {b.items.map((x) => (
                  <tr key={x.id} data-testid="bills-row">
                    <td>
                      <span className="mono nowrap">{x.billingCodeDisplay}</span>
                      <div className="muted small">
                        {taxTypes.nameOf(x.taxCode)}
                        {x.period && ` · ${formatPeriod(x.period, lang)}`}
                      </div>
                    </td>
                    <td>
                      <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
                    </td>
                    <td className="nowrap">
                      <span className="stacked-label">{t('bill.dueDate')}</span>
                      {formatDate(x.dueDate, lang)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bills.outstanding')}</span>
                      {formatRupiah(x.outstanding)}
                      {x.outstanding !== x.principal && (
                        <div className="muted small">
                          {t('bill.principal')} {formatRupiah(x.principal)}
                        </div>
                      )}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('bill.totalToday')}</span>
                      {x.amountDue ? <strong>{formatRupiah(x.amountDue.total)}</strong> : '—'}
                    </td>
                    <td>
                      <StatusBadge status={x.status} />
                    </td>
                    <td className="actions">
                      <PdfLink
                        href={documentUrl(region.regionId, `/bills/${x.id}/pdf`)}
                        label={t('pdf.short')}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={b.total} />
        </>
      )}
    </>
  );
}
