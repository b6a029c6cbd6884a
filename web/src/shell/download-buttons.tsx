import { documentUrl } from './api';
import { useI18n } from './i18n';

/**
 * "Unduh CSV" and "Unduh XLSX" for a list (issue 14): its download (`<list>/download`) asked with the filters and order
 * the screen shows, headers in the reader's language. The server names the file (`tunggakan-kota-malang-2025-03-11`).
 */
export function DownloadButtons({
  regionId,
  path,
  params,
  testId,
}: {
  regionId: string;
  /** The download's path in the region, e.g. `/arrears/download`. */
  path: string;
  /** The list's filters and order, without its page. */
  params: URLSearchParams;
  /** `<testId>-csv` and `<testId>-xlsx` name the two links. */
  testId: string;
}) {
  const { t, lang } = useI18n();
  const url = (format: 'csv' | 'xlsx') => {
    const query = new URLSearchParams(params);
    query.set('format', format);
    query.set('lang', lang);
    return documentUrl(regionId, `${path}?${query}`);
  };
  return (
    <div className="list-downloads">
      <a className="button button-small" href={url('csv')} download data-testid={`${testId}-csv`}>
        {t('download.csv')}
      </a>
      <a className="button button-small" href={url('xlsx')} download data-testid={`${testId}-xlsx`}>
        {t('download.xlsx')}
      </a>
      <span className="muted small">{t('download.hint')}</span>
    </div>
  );
}
