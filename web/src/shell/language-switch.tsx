import type { Lang } from './api';
import { useI18n } from './i18n';

const LANGS: { lang: Lang; short: string }[] = [
  { lang: 'id', short: 'ID' },
  { lang: 'en', short: 'EN' },
];

/** ID | EN toggle; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <fieldset className="segmented" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button
          key={l.lang}
          type="button"
          lang={l.lang}
          title={t(`lang.${l.lang}`)}
          aria-pressed={lang === l.lang}
          onClick={() => setLang(l.lang)}
        >
          {l.short}
        </button>
      ))}
    </fieldset>
  );
}
