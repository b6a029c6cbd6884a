import { documentUrl } from '../../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ListSortHeader } from '../../shell/list-controls';
import type { ListFilter, ListQuery } from '../../shell/list-query';
import { PdfLink } from '../../shell/pdf-link';
import { href } from '../../shell/router';
import { type Assessment, payableOf } from './assessments';

/**
 * Issued assessments (SKPD, SKPDKB, SKPDKBT, SKPDN, SKPDLB, STPD) with what each makes payable (an SKPDLB: what
 * it found overpaid), and their PDFs.
 */
export function AssessmentsTable({
  regionId,
  assessments,
  taxName,
  showTaxpayer,
  list,
}: {
  regionId: string;
  assessments: Assessment[];
  taxName(code: string): string;
  /** Links each to its taxpayer's 360° view (on the region-wide list). */
  showTaxpayer?: boolean;
  /** The region-wide list's order, which its column headers choose. */
  list?: ListQuery<ListFilter>;
}) {
  const { t, lang } = useI18n();
  const header = (label: string, column: string, className?: string) =>
    list ? (
      <ListSortHeader list={list} column={{ column, label }} className={className} />
    ) : (
      <th className={className}>{label}</th>
    );
  return (
    <div className="table-wrap">
      <table className="table table-stacked" data-testid="assessments-table">
        <thead>
          <tr>
            {header(t('assessment.number'), 'number')}
            <th>{t('bill.what')}</th>
            {header(t('assessment.issueDate'), 'issued')}
            {header(t('assessment.payable'), 'payable', 'num')}
            <th>{t('bill.code')}</th>
            <th className="actions">
              <span className="sr-only">PDF</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr key={a.id} data-testid="assessment-row">
              <td>
                <span className="badge badge-info">{a.kind}</span>
                <div className="mono small">{a.number}</div>
                {showTaxpayer && (
                  <a className="small" href={href(`/taxpayers/${a.taxpayerId}`)}>
                    {t('assessment.openTaxpayer')}
                  </a>
                )}
              </td>
              <td>
                {taxName(a.taxCode)}
                {a.period && <div className="muted small">{formatPeriod(a.period, lang)}</div>}
              </td>
              <td className="nowrap">
                {formatDate(a.issueDate, lang)}
                <div className="muted small">{t('return.due', { date: formatDate(a.dueDate, lang) })}</div>
              </td>
              <td className="num money">
                <span className="stacked-label">{t('assessment.payable')}</span>
                <strong>{formatRupiah(payableOf(a))}</strong>
                {a.overpayment && (
                  <div className="muted small nowrap">
                    {t('assessment.overpaid', { amount: formatRupiah(a.overpayment.amount) })}
                  </div>
                )}
              </td>
              <td className="mono nowrap">{a.billingCodeDisplay ?? '—'}</td>
              <td className="actions">
                <PdfLink href={documentUrl(regionId, `/assessments/${a.id}/pdf`)} label={t('pdf.short')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
