import { useState } from 'react';
import { KelurahanSelect } from '../../platform/kelurahan-select';
import { ActionDialog } from '../../shell/action-dialog';
import { regionPath, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import type { TaxObject, TaxpayerFile } from './registry';

/**
 * An officer corrects a taxpayer's data (name, address, kelurahan, contacts): only what changed is sent, and the
 * server keeps the before and after in the audit trail. NIK and NPWP are checked there too.
 */
export function EditTaxpayerDialog({
  regionId,
  taxpayer,
  onSaved,
  onClose,
}: {
  regionId: string;
  taxpayer: TaxpayerFile;
  onSaved(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    name: taxpayer.name,
    address: taxpayer.address,
    villageCode: taxpayer.villageCode,
    phone: taxpayer.phone ?? '',
    email: taxpayer.email ?? '',
  });
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const nullable = (v: string) => (v.trim() === '' ? null : v.trim());

  async function save() {
    const before = { ...taxpayer, phone: taxpayer.phone ?? '', email: taxpayer.email ?? '' };
    const change = Object.fromEntries(
      (Object.keys(form) as (keyof typeof form)[])
        .filter((k) => form[k].trim() !== (before[k] ?? ''))
        .map((k) => [k, k === 'phone' || k === 'email' ? nullable(form[k]) : form[k].trim()]),
    );
    if (Object.keys(change).length > 0) {
      await request('PATCH', regionPath(regionId, `/taxpayers/${taxpayer.id}`), change);
    }
    onSaved();
  }

  return (
    <ActionDialog
      title={t('editTaxpayer.title', { name: taxpayer.name })}
      intro={t('editTaxpayer.intro')}
      submitLabel={t('common.save')}
      testId="edit-taxpayer-form"
      onClose={onClose}
      onSubmit={save}
      fields={(errors) => (
        <>
          <Field
            label={taxpayer.kind === 'person' ? t('register.personName') : t('register.entityName')}
            error={errors.name}
          >
            <input required maxLength={200} value={form.name} onChange={(e) => set('name')(e.target.value)} />
          </Field>
          <Field label={t('register.address')} error={errors.address}>
            <input
              required
              maxLength={500}
              value={form.address}
              onChange={(e) => set('address')(e.target.value)}
            />
          </Field>
          <Field label={t('registry.kelurahan')} error={errors.villageCode}>
            <KelurahanSelect regionId={regionId} value={form.villageCode} onChange={set('villageCode')} />
          </Field>
          <Field label={`${t('register.phone')} (${t('common.optional')})`} error={errors.phone}>
            <input type="tel" value={form.phone} onChange={(e) => set('phone')(e.target.value)} />
          </Field>
          <Field label={`${t('register.email')} (${t('common.optional')})`} error={errors.email}>
            <input type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} />
          </Field>
        </>
      )}
    />
  );
}

/** Tutup usaha: an officer closes an active object from the day the business stopped; no return is due after. */
export function CloseObjectDialog({
  regionId,
  taxpayerId,
  object,
  onClosed,
  onClose,
}: {
  regionId: string;
  taxpayerId: number;
  object: TaxObject;
  onClosed(closedOn: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [closedOn, setClosedOn] = useState('');
  return (
    <ActionDialog
      title={t('closeObject.title', { name: object.name })}
      intro={t('closeObject.intro')}
      submitLabel={t('closeObject.action')}
      testId="close-object-form"
      onClose={onClose}
      onSubmit={async () => {
        await request('POST', regionPath(regionId, `/taxpayers/${taxpayerId}/objects/${object.id}/close`), {
          closedOn,
        });
        onClosed(closedOn);
      }}
      fields={(errors) => (
        <Field label={t('closeObject.date')} error={errors.closedOn}>
          <input type="date" required value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />
        </Field>
      )}
    />
  );
}
