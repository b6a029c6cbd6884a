import type { Me } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

/** The signed-in person's own account: name and language, and password. */
export function AccountPage({ me, onMeChanged }: { me: Me; onMeChanged(me: Me): void }) {
  const { t } = useI18n();
  return (
    <>
      <div className="page-head">
        <h1>{t('account.title')}</h1>
      </div>
      <ProfileForm user={me.user} onSaved={onMeChanged} />
      <PasswordForm />
    </>
  );
}
