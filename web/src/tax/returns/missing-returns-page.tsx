import { useState } from 'react';
import type { missingReturnsSchema } from '../../../../src/tax/returns/returns-routes';
import { type RegionGrant, regionPath, type WireOf } from '../../shell/api';
import { DownloadButtons } from '../../shell/download-buttons';
import { Field } from '../../shell/field';
import { endedMonths, formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';
import { useToday } from '../../shell/use-today';
import { useTaxTypes } from '../config/use-tax-types';
import { TaxpayerLink } from '../registry/taxpayer-link';

type MissingReturns = WireOf<typeof missingReturnsSchema>;

/** Belum lapor: active self-assessed objects with no SPTPD for a masa pajak, with its due date and the fine. */
export function MissingReturnsPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const today = useToday(region.regionId);
  const periods = today ? endedMonths(today, 24) : [];
  const [chosen, setChosen] = useState<string>();
  const period = chosen ?? periods[0];

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('missing.title')}</h1>
          <p className="muted">{t('missing.subtitle')}</p>
        </div>
      </div>
      <div className="panel filters">
        <Field label={t('file.period')}>
          <select name="period" value={period ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {period && (
        <DownloadButtons
          regionId={region.regionId}
          path="/returns/missing/download"
          params={new URLSearchParams({ period })}
          testId="missing-download"
        />
      )}
      {!period && <Loading />}
      {period && <MissingList region={region} period={period} />}
    </>
  );
}

function MissingList({ region, period }: { region: RegionGrant; period: string }) {
  const { t, lang } = useI18n();
  const missing = useResource<MissingReturns>(
    regionPath(region.regionId, `/returns/missing?period=${period}`),
  );
  const taxTypes = useTaxTypes();
  const m = missing.data;
  return (
    <>
      <ProblemAlert error={missing.error} />
      {!m && !missing.error && <Loading />}
      {m && (
        <div className="stats" data-testid="missing-summary">
          <div className="stat">
            <span className="muted small">{t('missing.count')}</span>
            <strong>{m.items.length}</strong>
          </div>
          <div className="stat">
            <span className="muted small">{t('bill.dueDate')}</span>
            <strong>{formatDate(m.dueDate, lang)}</strong>
            {m.overdue && <span className="badge badge-danger">{t('missing.overdue')}</span>}
          </div>
          <div className="stat">
            <span className="muted small">{t('missing.fine')}</span>
            <strong>{formatRupiah(m.lateFilingFine)}</strong>
          </div>
        </div>
      )}
      {m?.items.length === 0 && <p className="empty">{t('missing.none')}</p>}
      {m && m.items.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked" data-testid="missing-table">
            <thead>
              <tr>
                <th>{t('search.taxpayer')}</th>
                <th>NPWPD</th>
                <th>{t('return.object')}</th>
                <th>{t('object.taxType')}</th>
              </tr>
            </thead>
            <tbody>
              {m.items.map((x) => (
                <tr key={x.objectId}>
                  <td>
                    <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
                  </td>
                  <td className="mono nowrap">{x.npwpd ?? '—'}</td>
                  <td>{x.objectName}</td>
                  <td>{taxTypes.nameOf(x.taxCode)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
