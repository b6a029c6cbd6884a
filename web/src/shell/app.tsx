import { useEffect, useMemo, useState } from 'react';
import { holdsAny } from '../../../src/platform/roles';
import { AREAS } from '../areas';
import { LoginPage } from '../platform/login-page';
import {
  type Lang,
  type Me,
  onSessionEnded,
  type RegionGrant,
  request,
  setCsrfToken,
  setRequestLanguage,
} from './api';
import { assemble, matchPage } from './assemble';
import { I18nContext, makeI18n, rememberedLanguage, rememberLanguage, useI18n } from './i18n';
import { Loading } from './loading';
import { type NavItem, NavigationContext, navFor, navItemOf, startPageFor } from './navigation';
import { NotAvailablePage } from './not-available-page';
import { navigate, useRoute } from './router';
import { Shell } from './shell';

/** The web app as its areas describe it (web/src/areas.ts): navigation, pages, home panels and messages. */
const APP = assemble(AREAS);

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
      makeI18n(
        lang,
        (chosen) => {
          rememberLanguage(chosen);
          setLang(applyLanguage(chosen));
        },
        APP.catalogue,
      ),
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
      {me === null && <SignedOut onSignedIn={signIn} ended={ended} />}
      {me && <SignedIn me={me} onSignOut={signOut} onMeChanged={setMe} />}
    </I18nContext.Provider>
  );
}

/** Without a session: the public simulators, the audit transparency page, or the sign-in page. */
function SignedOut({ onSignedIn, ended }: { onSignedIn(me: Me): void; ended: unknown }) {
  const route = useRoute();
  const open = matchPage(APP.publicPages, route);
  if (open) return <open.page.page />;
  return <LoginPage onSignedIn={onSignedIn} ended={ended} />;
}

const REGION_KEY = 'balai.region';

/** The shell around the page for the current route, in the region chosen last on this device. */
function SignedIn({ me, onSignOut, onMeChanged }: { me: Me; onSignOut(): void; onMeChanged(me: Me): void }) {
  const route = useRoute();
  const [regionId, setRegionId] = useState(() => localStorage.getItem(REGION_KEY));
  const region = me.regions.find((r) => r.regionId === regionId) ?? me.regions[0];
  const nav = region ? navFor(APP.nav, region.roles) : [];
  const homePanels = region ? APP.homePanels.filter((p) => holdsAny(region.roles, p.roles)) : [];
  const accountPanels = region ? APP.accountPanels.filter((p) => holdsAny(region.roles, p.roles)) : [];

  // Signed in on the home page: someone whose day starts elsewhere (the mayor: the revenue dashboard) lands there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, as the session begins
  useEffect(() => {
    const start = startPageFor(nav, region?.roles ?? []);
    if (start && route === '/') navigate(start);
  }, []);

  function chooseRegion(id: string) {
    localStorage.setItem(REGION_KEY, id);
    setRegionId(id);
  }

  return (
    <NavigationContext.Provider value={{ nav, homePanels, accountPanels }}>
      <Shell me={me} region={region} nav={nav} onRegionChange={chooseRegion} onSignOut={onSignOut}>
        <Page route={route} me={me} region={region} nav={nav} onMeChanged={onMeChanged} />
      </Shell>
    </NavigationContext.Provider>
  );
}

function Page({
  route,
  me,
  region,
  nav,
  onMeChanged,
}: {
  route: string;
  me: Me;
  region?: RegionGrant;
  nav: NavItem[];
  onMeChanged(me: Me): void;
}) {
  const { t } = useI18n();
  const found = matchPage(APP.pages, route);
  if (found?.page.access === 'signed-in') {
    const Open = found.page.page;
    return <Open key={route} me={me} region={region} onMeChanged={onMeChanged} />;
  }
  if (!region) return <p className="panel">{t('shell.noRegion')}</p>;
  if (!found || !navItemOf(nav, route)) return <NotAvailablePage regionName={region.name} />;
  const { page: InRegion } = found.page;
  return <InRegion key={route} me={me} region={region} params={found.params} onMeChanged={onMeChanged} />;
}
