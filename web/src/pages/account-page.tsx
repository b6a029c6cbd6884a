import type { Me } from '../api';
import { PasswordForm } from '../components/password-form';
import { ProfileForm } from '../components/profile-form';
import { useI18n } from '../i18n';

/** The signed-in person's own account: name and language, and password. */
export function AccountPage({ me, onChanged }: { me: Me; onChanged(me: Me): void }) {
  const { t } = useI18n();
  return (
    <>
      <div className="page-head">
        <h1>{t('account.title')}</h1>
      </div>
      <ProfileForm user={me.user} onSaved={onChanged} />
      <PasswordForm />
    </>
  );
}
