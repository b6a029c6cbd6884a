import { documentUrl } from '../../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { PdfLink } from '../../shell/pdf-link';
import { StatusBadge } from '../status-badge';
import type { ListedReturn } from './returns';

/** A taxpayer's SPTPD, newest first, as staff read them; each leads to its own page when `pageOf` is given. */
export function ReturnsTable({
  regionId,
  returns,
  pageOf,
}: {
  regionId: string;
  returns: ListedReturn[];
  /** The href of a return's page. */
  pageOf?(r: ListedReturn): string;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table-stacked" data-testid="returns-table">
        <thead>
          <tr>
            <th>{t('return.period')}</th>
            <th>{t('return.object')}</th>
            <th className="num">{t('return.gross')}</th>
            <th className="num">{t('return.tax')}</th>
            <th>{t('return.status')}</th>
            <th className="actions">
              <span className="sr-only">PDF</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {returns.map((r) => (
            <tr key={r.id} className={r.status === 'superseded' ? 'dimmed' : ''}>
              <td className="nowrap">
                {pageOf ? (
                  <a href={pageOf(r)} data-testid="return-page-link">
                    {formatPeriod(r.period, lang)}
                  </a>
                ) : (
                  formatPeriod(r.period, lang)
                )}
                {r.revision > 0 && (
                  <div className="muted small">{t('return.revision', { revision: r.revision })}</div>
                )}
              </td>
              <td>{r.objectName}</td>
              <td className="num money">
                <span className="stacked-label">{t('return.gross')}</span>
                {formatRupiah(r.gross)}
              </td>
              <td className="num money">
                <span className="stacked-label">{t('return.tax')}</span>
                {formatRupiah(r.tax)}
                {r.opsen > 0 && (
                  <div className="muted small">
                    {t('return.plusOpsen', { amount: formatRupiah(r.opsen) })}
                  </div>
                )}
              </td>
              <td>
                <StatusBadge status={r.status} />
                {r.rejectionReason && <div className="small danger-text">{r.rejectionReason}</div>}
                <div className="muted small">{t('return.due', { date: formatDate(r.dueDate, lang) })}</div>
              </td>
              <td className="actions">
                {r.status !== 'draft' && (
                  <PdfLink href={documentUrl(regionId, `/returns/${r.id}/pdf`)} label={t('pdf.short')} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
