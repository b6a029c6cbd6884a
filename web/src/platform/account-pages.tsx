import { type FormEvent, type ReactNode, useState } from 'react';
import { type RegionToday, request } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import { PublicLayout } from '../shell/public-layout';
import { navigate } from '../shell/router';
import { useResource } from '../shell/use-resource';

/*
 * Self-service accounts, open without signing in: sign-up ("Daftar"), the email's verification link, "Lupa kata
 * sandi" and the reset link's page. The links in mail carry their token after the page's path: `#/reset-password?token=…`.
 */

/** The `token` of the page's address (`#/verify-email?token=…`). */
function tokenInAddress(): string {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('token') ?? '';
}

/** One form's submit: busy while the request runs, the server's problem shown above the fields. */
function useSubmit(run: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await run();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, submit };
}

function AccountCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <PublicLayout>
      <section className="panel account-card">
        <h1>{title}</h1>
        {children}
      </section>
    </PublicLayout>
  );
}

/** What was done; the layout's link leads back to sign-in. */
function Sent({ text }: { text: string }) {
  return (
    <p className="alert alert-ok" role="status">
      {text}
    </p>
  );
}

/** Daftar: a new taxpayer's account in the region they choose; it signs in once the emailed link is opened. */
export function SignUpPage() {
  const { t, lang } = useI18n();
  const regions = useResource<RegionToday[]>('/regions');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [regionId, setRegionId] = useState('');
  const [sent, setSent] = useState(false);
  const chosen = regionId || regions.data?.[0]?.regionId || '';
  const { busy, error, submit } = useSubmit(async () => {
    await request('POST', '/auth/sign-up', { name, email, password, regionId: chosen, locale: lang });
    setSent(true);
  });
  return (
    <AccountCard title={t('signUp.title')}>
      {sent ? (
        <Sent text={t('signUp.sent', { email })} />
      ) : (
        <form className="form" onSubmit={submit} data-testid="sign-up-form">
          <p className="muted">{t('signUp.intro')}</p>
          <ProblemAlert error={error ?? regions.error} />
          <Field label={t('signUp.name')}>
            <input
              name="name"
              required
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </Field>
          <Field label={t('login.email')}>
            <input
              type="email"
              name="email"
              required
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field label={t('login.password')} hint={t('password.hint')}>
            <input
              type="password"
              name="password"
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <Field label={t('signUp.region')}>
            <select name="region" value={chosen} onChange={(e) => setRegionId(e.target.value)}>
              {regions.data?.map((r) => (
                <option key={r.regionId} value={r.regionId}>
                  {r.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={busy || !chosen}>
            {busy ? t('common.saving') : t('signUp.submit')}
          </button>
        </form>
      )}
    </AccountCard>
  );
}

/** The verification link's page: one tap confirms the email (a mail scanner opening the link confirms nothing). */
export function VerifyEmailPage() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const { busy, error, submit } = useSubmit(async () => {
    await request('POST', '/auth/verify-email', { token: tokenInAddress() });
    setDone(true);
  });
  return (
    <AccountCard title={t('verifyEmail.title')}>
      <ProblemAlert error={error} />
      {done ? (
        <>
          <p className="alert alert-ok" role="status">
            {t('verifyEmail.done')}
          </p>
          {/* Signing in from here lands in the taxpayer registration (Pajak Saya), where a new account starts. */}
          <button type="button" className="button button-primary" onClick={() => navigate('/my-taxes')}>
            {t('verifyEmail.signIn')}
          </button>
        </>
      ) : (
        <form className="form" onSubmit={submit}>
          <p>{t('verifyEmail.intro')}</p>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('verifyEmail.submit')}
          </button>
        </form>
      )}
    </AccountCard>
  );
}

/** Lupa kata sandi: the same answer whether or not the email has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, submit } = useSubmit(async () => {
    await request('POST', '/auth/forgot-password', { email });
    setSent(true);
  });
  return (
    <AccountCard title={t('forgot.title')}>
      {sent ? (
        <Sent text={t('forgot.sent', { email })} />
      ) : (
        <form className="form" onSubmit={submit}>
          <p className="muted">{t('forgot.intro')}</p>
          <ProblemAlert error={error} />
          <Field label={t('login.email')}>
            <input
              type="email"
              name="email"
              required
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
    </AccountCard>
  );
}

/** The reset link's page: a new password, twice; every session of the account ends. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const { busy, error, submit } = useSubmit(async () => {
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    await request('POST', '/auth/reset-password', { token: tokenInAddress(), newPassword: password });
    setDone(true);
  });
  return (
    <AccountCard title={t('reset.title')}>
      {done ? (
        <Sent text={t('reset.done')} />
      ) : (
        <form className="form" onSubmit={submit}>
          <ProblemAlert error={error} />
          <Field label={t('password.new')} hint={t('password.hint')}>
            <input
              type="password"
              name="new-password"
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <Field label={t('password.confirm')} error={mismatch ? t('password.mismatch') : undefined}>
            <input
              type="password"
              name="confirm-password"
              required
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {t('reset.submit')}
          </button>
        </form>
      )}
    </AccountCard>
  );
}
