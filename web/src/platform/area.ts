import { AUDIT_READERS, OUTBOX_READERS, PLATFORM_ROLES, USER_READERS } from '../../../src/platform/roles';
import type { WebArea } from '../shell/area';
import { AccountPage } from './account-page';
import { ForgotPasswordPage, ResetPasswordPage, SignUpPage, VerifyEmailPage } from './account-pages';
import { AreasPage } from './areas-page';
import { AuditPage } from './audit-page';
import { HomePage } from './home-page';
import { platformMessages } from './messages';
import { OutboxPage } from './outbox-page';
import { Transparency, TransparencyPage } from './transparency-page';
import { UsersPage } from './users-page';

/** The platform: home, one's account, users and roles, the audit trail, kecamatan and kelurahan, transparency. */
export const platformArea: WebArea<typeof platformMessages> = {
  name: 'platform',
  messages: platformMessages,
  roles: PLATFORM_ROLES,
  navigation: [
    { path: '/', label: 'nav.home' },
    { path: '/areas', label: 'nav.areas', section: 'general', order: 20, homeFor: ['admin'] },
    {
      path: '/users',
      label: 'nav.users',
      roles: USER_READERS,
      section: 'admin',
      order: 10,
      homeFor: ['admin'],
    },
    {
      path: '/audit',
      label: 'nav.audit',
      roles: AUDIT_READERS,
      section: 'admin',
      order: 30,
      homeFor: ['supervisor', 'auditor'],
    },
    { path: '/outbox', label: 'nav.outbox', roles: OUTBOX_READERS, section: 'admin', order: 15 },
  ],
  pages: [
    { path: '/', page: HomePage },
    { path: '/users', page: UsersPage },
    { path: '/audit', page: AuditPage },
    { path: '/areas', page: AreasPage },
    { path: '/outbox', page: OutboxPage },
    { path: '/account', access: 'signed-in', page: AccountPage },
    // The account page's address before it held the profile too.
    { path: '/password', access: 'signed-in', page: AccountPage },
    // Public, so open to anyone signed in too, whatever their roles.
    { path: '/transparency', access: 'signed-in', page: Transparency },
  ],
  publicPages: [
    { path: '/transparency', page: TransparencyPage },
    { path: '/sign-up', page: SignUpPage },
    { path: '/verify-email', page: VerifyEmailPage },
    { path: '/forgot-password', page: ForgotPasswordPage },
    { path: '/reset-password', page: ResetPasswordPage },
  ],
};
