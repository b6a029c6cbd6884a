import { useEffect, useMemo, useState } from 'react';
import { PaymentsPage } from '../payments/payments-page';
import { QrisPage } from '../payments/qris-page';
import { ReconciliationPage } from '../payments/reconciliation-page';
import { AccountPage } from '../platform/account-page';
import { AreasPage } from '../platform/areas-page';
import { AuditPage } from '../platform/audit-page';
import { HomePage } from '../platform/home-page';
import { LoginPage } from '../platform/login-page';
import { Transparency, TransparencyPage } from '../platform/transparency-page';
import { UsersPage } from '../platform/users-page';
import { ArrearsPage } from '../receivables/arrears-page';
import { MyBillsPage } from '../receivables/my-bills-page';
import { AssessmentsPage } from '../tax/assessments/assessments-page';
import { TaxConfigPage } from '../tax/config/tax-config-page';
import { MyTaxesPage } from '../tax/registry/my-taxes-page';
import { RegistrationQueuePage } from '../tax/registry/registration-queue-page';
import { TaxpayerImportPage } from '../tax/registry/taxpayer-import-page';
import { TaxpayerPage } from '../tax/registry/taxpayer-page';
import { TaxpayerSearchPage } from '../tax/registry/taxpayer-search-page';
import { FileReturnPage } from '../tax/returns/file-return-page';
import { MissingReturnsPage } from '../tax/returns/missing-returns-page';
import { MyReturnsPage } from '../tax/returns/my-returns-page';
import { ReturnReviewPage } from '../tax/returns/return-review-page';
import { PublicSimulationsPage, SimulationsPage } from '../tax/simulations/simulations-page';
import {
  type Lang,
  type Me,
  onSessionEnded,
  type RegionGrant,
  request,
  setCsrfToken,
  setRequestLanguage,
} from './api';
import { I18nContext, makeI18n, rememberedLanguage, rememberLanguage, useI18n } from './i18n';
import { Loading } from './loading';
import { type NavItem, navFor, navItemOf } from './navigation';
import { NotAvailablePage } from './not-available-page';
import { navigate, useRoute } from './router';
import { Shell } from './shell';

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
      {me === null && <SignedOut onSignedIn={signIn} ended={ended} />}
      {me && <SignedIn me={me} onSignOut={signOut} onMeChanged={setMe} />}
    </I18nContext.Provider>
  );
}

/** Without a session: the public simulators, the audit transparency page, or the sign-in page. */
function SignedOut({ onSignedIn, ended }: { onSignedIn(me: Me): void; ended: unknown }) {
  const route = useRoute();
  if (route === '/simulations') return <PublicSimulationsPage />;
  if (route === '/transparency') return <TransparencyPage />;
  return <LoginPage onSignedIn={onSignedIn} ended={ended} />;
}

const REGION_KEY = 'balai.region';

/** The shell around the page for the current route, in the region chosen last on this device. */
function SignedIn({ me, onSignOut, onMeChanged }: { me: Me; onSignOut(): void; onMeChanged(me: Me): void }) {
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
      <Page route={route} me={me} region={region} nav={nav} onMeChanged={onMeChanged} />
    </Shell>
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
  // `/password` was the page's address before it held the profile too.
  if (route === '/account' || route === '/password') return <AccountPage me={me} onChanged={onMeChanged} />;
  // Public, so open to anyone signed in too, whatever their roles.
  if (route === '/transparency') return <Transparency />;
  if (!region) return <p className="panel">{t('shell.noRegion')}</p>;
  if (!navItemOf(nav, route)) return <NotAvailablePage regionName={region.name} />;
  const taxpayer = /^\/taxpayers\/(\d+)$/.exec(route);
  if (taxpayer) return <TaxpayerPage key={taxpayer[1]} region={region} taxpayerId={Number(taxpayer[1])} />;
  switch (route) {
    case '/my-taxes':
      return <MyTaxesPage me={me} region={region} />;
    case '/file-return':
      return <FileReturnPage region={region} />;
    case '/my-returns':
      return <MyReturnsPage region={region} />;
    case '/my-bills':
      return <MyBillsPage region={region} />;
    case '/registrations':
      return <RegistrationQueuePage region={region} />;
    case '/taxpayers':
      return <TaxpayerSearchPage region={region} />;
    case '/taxpayer-import':
      return <TaxpayerImportPage region={region} />;
    case '/review':
      return <ReturnReviewPage region={region} />;
    case '/missing-returns':
      return <MissingReturnsPage region={region} />;
    case '/arrears':
      return <ArrearsPage region={region} />;
    case '/assessments':
      return <AssessmentsPage region={region} />;
    case '/tax-config':
      return <TaxConfigPage region={region} />;
    case '/reconciliation':
      return <ReconciliationPage region={region} />;
    case '/simulations':
      return <SimulationsPage region={region} />;
    case '/users':
      return <UsersPage me={me} region={region} />;
    case '/audit':
      return <AuditPage region={region} />;
    case '/payments':
      return <PaymentsPage region={region} />;
    case '/qris':
      return <QrisPage region={region} />;
    case '/areas':
      return <AreasPage region={region} />;
    case '/':
      return <HomePage me={me} region={region} />;
    default:
      return <NotAvailablePage regionName={region.name} />;
  }
}
