import { type FormEvent, useState } from 'react';
import { type Me, type RegionToday, request } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { LanguageSwitch } from '../shell/language-switch';
import { ProblemAlert } from '../shell/problem-alert';
import { RegionEmblem } from '../shell/region-emblem';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';
import { visitorRegion } from '../shell/visitor-region';

/** The region the visitor came for first, the others in their order. */
function regionsFirst(regions: RegionToday[], first: string | null): RegionToday[] {
  return [...regions].sort((a, b) => Number(b.regionId === first) - Number(a.regionId === first));
}

/** Sign-in. `ended` says why the previous session stopped (expired, signed out elsewhere), if it did. */
export function LoginPage({ onSignedIn, ended }: { onSignedIn(me: Me): void; ended?: unknown }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(ended);
  const regions = useResource<RegionToday[]>('/regions');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await request<Me>('POST', '/auth/login', { email, password }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <div className="login">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            B
          </span>
          Balai
        </div>
        <p className="muted">{t('app.tagline')}</p>
        <h1>{t('login.title')}</h1>
        <form onSubmit={submit} className="form">
          <ProblemAlert error={error} />
          <Field label={t('login.email')}>
            <input
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field label={t('login.password')}>
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="login-account">
          <a href={href('/forgot-password')}>{t('login.forgot')}</a>
          <br />
          <a href={href('/sign-up')}>{t('login.signUp')}</a>
          <span className="muted small"> · {t('login.signUpHint')}</span>
        </p>
        <p className="login-public">
          <a href={href('/simulations')}>{t('login.simulations')}</a>
          <span className="muted small"> · {t('login.simulationsHint')}</span>
          <br />
          <a href={href('/transparency')}>{t('login.transparency')}</a>
          <span className="muted small"> · {t('login.transparencyHint')}</span>
          <br />
          <a href={href('/transparency/revenue')}>{t('publicRevenue.link')}</a>
          <span className="muted small"> · {t('publicRevenue.linkHint')}</span>
          <br />
          <a href={href('/transparency/performance')}>{t('publicPerformance.link')}</a>
          <span className="muted small"> · {t('publicPerformance.linkHint')}</span>
        </p>
        {regions.data && regions.data.length > 0 && (
          <section className="login-regions" aria-label={t('login.regions')}>
            <p className="muted small">{t('login.regions')}</p>
            <ul>
              {regionsFirst(regions.data, visitorRegion(regions.data)).map((r) => (
                <li key={r.regionId} data-testid={`login-region-${r.regionId}`}>
                  <RegionEmblem name={r.name} logoUrl={r.logoUrl} size={40} testId="login-region-logo" />
                  <span>{r.name}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
