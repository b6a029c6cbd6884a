import { type FormEvent, useEffect, useState } from 'react';
import type { regionContactSchema } from '../../../src/platform/region-contact';
import { type RegionGrant, regionPath, request, type WireOf } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Contact = WireOf<typeof regionContactSchema>;

const EMPTY: Contact = {
  officeName: '',
  address: '',
  phone: null,
  email: null,
  whatsapp: null,
  openingHours: '',
};

/** The region's Bapenda office as taxpayers see it on their home page; its administrator edits it here. */
export function RegionContactForm({ region, canEdit }: { region: RegionGrant; canEdit: boolean }) {
  const { t } = useI18n();
  const saved = useResource<{ contact: Contact | null }>(regionPath(region.regionId, '/contact'));
  const [draft, setDraft] = useState<Contact>(EMPTY);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [touched, setTouched] = useState(false);
  // The saved contact fills the form until the administrator starts typing; a late answer never overwrites their edit.
  useEffect(() => {
    if (saved.data && !touched) setDraft(saved.data.contact ?? EMPTY);
  }, [saved.data, touched]);

  const set = (key: keyof Contact) => (e: { target: { value: string } }) => {
    setDone(false);
    setTouched(true);
    const value = e.target.value;
    setDraft((d) => ({
      ...d,
      [key]: key === 'phone' || key === 'email' || key === 'whatsapp' ? value || null : value,
    }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await request('PUT', regionPath(region.regionId, '/contact'), draft);
      setDone(true);
      setTouched(false);
      saved.reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form
      className="panel region-contact-form"
      data-testid="region-contact-form"
      data-loaded={saved.data ? 'true' : 'false'}
      onSubmit={submit}
    >
      <h2>{t('contact.title')}</h2>
      <p className="muted small">{t('contact.help')}</p>
      <Field label={t('contact.officeName')}>
        <input value={draft.officeName} onChange={set('officeName')} disabled={!canEdit} required />
      </Field>
      <Field label={t('contact.address')}>
        <textarea value={draft.address} onChange={set('address')} disabled={!canEdit} rows={2} required />
      </Field>
      <Field label={t('contact.phone')}>
        <input value={draft.phone ?? ''} onChange={set('phone')} disabled={!canEdit} inputMode="tel" />
      </Field>
      <Field label={t('contact.whatsapp')}>
        <input value={draft.whatsapp ?? ''} onChange={set('whatsapp')} disabled={!canEdit} inputMode="tel" />
      </Field>
      <Field label={t('contact.email')}>
        <input value={draft.email ?? ''} onChange={set('email')} disabled={!canEdit} type="email" />
      </Field>
      <Field label={t('contact.hours')} hint={t('contact.hoursHint')}>
        <textarea
          value={draft.openingHours}
          onChange={set('openingHours')}
          disabled={!canEdit}
          rows={3}
          required
        />
      </Field>
      <ProblemAlert error={error ?? saved.error} />
      {done && (
        <p className="alert alert-ok" role="status">
          {t('contact.saved')}
        </p>
      )}
      {canEdit && (
        <button type="submit" className="button button-primary">
          {t('contact.save')}
        </button>
      )}
    </form>
  );
}
