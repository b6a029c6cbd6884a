import type { Me, RegionGrant } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { useNavigation } from '../shell/navigation';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

/** The signed-in person's own account: name and language, password, and the areas' panels (reminders' choices). */
export function AccountPage({
  me,
  region,
  onMeChanged,
}: {
  me: Me;
  region?: RegionGrant | undefined;
  onMeChanged(me: Me): void;
}) {
  const { t } = useI18n();
  const { accountPanels } = useNavigation();
  return (
    <>
      <div className="page-head">
        <h1>{t('account.title')}</h1>
      </div>
      <ProfileForm user={me.user} onSaved={onMeChanged} />
      <PasswordForm />
      {region &&
        accountPanels.map(({ panel: Panel }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed, so a panel's place is its key
          <Panel key={i} region={region} />
        ))}
    </>
  );
}
