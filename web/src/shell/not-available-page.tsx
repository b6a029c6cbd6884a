import { useI18n } from './i18n';
import { href } from './router';

/** An unknown page, or one the person's roles in this region do not open. */
export function NotAvailablePage({ regionName }: { regionName: string }) {
  const { t } = useI18n();
  return (
    <section className="panel">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { region: regionName })}</p>
      <p>
        <a href={href('/')}>{t('notFound.home')}</a>
      </p>
    </section>
  );
}
