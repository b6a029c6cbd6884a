import { useEffect, useMemo, useState } from 'react';
import {
  type Lang,
  type Me,
  onSessionEnded,
  type RegionGrant,
  request,
  setCsrfToken,
  setRequestLanguage,
} from './api';
import { Loading } from './components/loading';
import { Shell } from './components/shell';
import { I18nContext, makeI18n, rememberedLanguage, rememberLanguage, useI18n } from './i18n';
import { type NavItem, navFor } from './navigation';
import { AreasPage } from './pages/areas-page';
import { AuditPage } from './pages/audit-page';
import { ChangePasswordPage } from './pages/change-password-page';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { NotAvailablePage } from './pages/not-available-page';
import { UsersPage } from './pages/users-page';
import { navigate, useRoute } from './router';

function applyLanguage(lang: Lang): Lang {
  setRequestLanguage(lang);
  document.documentElement.lang = lang;
  return lang;
}

/** The app: the session (who is signed in) and the UI language; sign-in page or the signed-in shell. */
export function App() {
  const [lang, setLang] = useState<Lang>(() => applyLanguage(rememberedLanguage() ?? 'id'));
  /** undefined while asking the server, null when nobody is signed in. */
  const [me, setMe] = useState<Me | null>();
  const [ended, setEnded] = useState<unknown>();

  const i18n = useMemo(
    () =>
      makeI18n(lang, (chosen) => {
        rememberLanguage(chosen);
        setLang(applyLanguage(chosen));
      }),
    [lang],
  );

  function signIn(session: Me) {
    setCsrfToken(session.csrfToken);
    // A language chosen on this device wins; otherwise the account's own.
    if (!rememberedLanguage()) setLang(applyLanguage(session.user.locale));
    setEnded(undefined);
    setMe(session);
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, at start
  useEffect(() => {
    onSessionEnded((problem) => {
      setEnded(problem);
      setMe(null);
    });
    request<Me>('GET', '/auth/me').then(signIn, () => setMe(null));
  }, []);

  async function signOut() {
    await request('POST', '/auth/logout').catch(() => undefined);
    setCsrfToken('');
    setMe(null);
    navigate('/');
  }

  return (
    <I18nContext.Provider value={i18n}>
      {me === undefined && (
        <div className="splash">
          <Loading />
        </div>
      )}
      {me === null && <LoginPage onSignedIn={signIn} ended={ended} />}
      {me && <SignedIn me={me} onSignOut={signOut} />}
    </I18nContext.Provider>
  );
}

const REGION_KEY = 'balai.region';

/** The shell around the page for the current route, in the region chosen last on this device. */
function SignedIn({ me, onSignOut }: { me: Me; onSignOut(): void }) {
  const route = useRoute();
  const [regionId, setRegionId] = useState(() => localStorage.getItem(REGION_KEY));
  const region = me.regions.find((r) => r.regionId === regionId) ?? me.regions[0];
  const nav = region ? navFor(region.roles) : [];

  function chooseRegion(id: string) {
    localStorage.setItem(REGION_KEY, id);
    setRegionId(id);
  }

  return (
    <Shell me={me} region={region} nav={nav} onRegionChange={chooseRegion} onSignOut={onSignOut}>
      <Page route={route} me={me} region={region} nav={nav} />
    </Shell>
  );
}

function Page({ route, me, region, nav }: { route: string; me: Me; region?: RegionGrant; nav: NavItem[] }) {
  const { t } = useI18n();
  if (route === '/password') return <ChangePasswordPage />;
  if (!region) return <p className="panel">{t('shell.noRegion')}</p>;
  if (!nav.some((item) => item.path === route)) return <NotAvailablePage regionName={region.name} />;
  switch (route) {
    case '/users':
      return <UsersPage me={me} region={region} />;
    case '/audit':
      return <AuditPage region={region} />;
    case '/areas':
      return <AreasPage region={region} />;
    default:
      return <HomePage me={me} region={region} />;
  }
}
