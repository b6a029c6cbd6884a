import { type FormEvent, useEffect, useState } from 'react';
import type { reminderPreferencesSchema } from '../../../src/reminders/reminders-routes';
import { type RegionGrant, regionPath, request, type WireOf } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Preferences = WireOf<typeof reminderPreferencesSchema>;

/** On the taxpayer's account page: courtesy reminders on or off per channel; overdue notices always go. */
export function ReminderPreferencesPanel({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const path = regionPath(region.regionId, '/reminders/preferences');
  const loaded = useResource<Preferences>(path);
  const [email, setEmail] = useState(true);
  const [whatsapp, setWhatsapp] = useState(true);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.data) {
      setEmail(loaded.data.email);
      setWhatsapp(loaded.data.whatsapp);
    }
  }, [loaded.data]);
  const changed =
    loaded.data !== undefined && (email !== loaded.data.email || whatsapp !== loaded.data.whatsapp);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      const saved = await request<Preferences>('PUT', path, { email, whatsapp });
      loaded.replace(saved);
      setDone(true);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form narrow" onSubmit={submit} data-testid="reminder-preferences">
      <h2>{t('prefs.title')}</h2>
      <p className="muted">{t('prefs.intro')}</p>
      <ProblemAlert error={error ?? loaded.error} />
      {done && (
        <p className="alert alert-ok" role="status">
          {t('prefs.saved')}
        </p>
      )}
      <label className="checkbox">
        <input type="checkbox" name="email" checked={email} onChange={(e) => setEmail(e.target.checked)} />
        {t('prefs.email')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          name="whatsapp"
          checked={whatsapp}
          onChange={(e) => setWhatsapp(e.target.checked)}
        />
        {t('prefs.whatsapp')}
      </label>
      <p className="muted small">{t('prefs.required')}</p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !changed}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
