import type { ReactNode } from 'react';
import { useI18n } from './i18n';
import { LanguageSwitch } from './language-switch';
import { href } from './router';

/** A page anyone may open without signing in: the brand, the language switch and the way back to sign-in. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="public-page">
      <header className="public-head">
        <a className="brand" href={href('/')}>
          <span className="brand-mark" aria-hidden="true">
            B
          </span>
          Balai
        </a>
        <LanguageSwitch />
      </header>
      <main className="public-content">
        <p className="breadcrumb">
          <a href={href('/')}>← {t('sim.backToLogin')}</a>
        </p>
        {children}
      </main>
    </div>
  );
}
