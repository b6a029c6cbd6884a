import { type FormEvent, useState } from 'react';
import { KelurahanSelect } from '../../platform/kelurahan-select';
import { ApiProblem, regionPath, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import type { Taxpayer } from './registry';

/** Pendaftaran Wajib Pajak: a person (NIK) or an entity (NPWP) registers; it waits for an officer's verification. */
export function TaxpayerRegisterForm({
  regionId,
  email: accountEmail,
  onRegistered,
  onCancel,
}: {
  regionId: string;
  /** The account's email, offered as the taxpayer's. */
  email: string;
  onRegistered(taxpayer: Taxpayer): void;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'person' | 'entity'>('person');
  const [nik, setNik] = useState('');
  const [npwp, setNpwp] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [villageCode, setVillageCode] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState(accountEmail);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const digits = (s: string) => s.replace(/[\s.-]/g, '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const optional = (v: string) => (v.trim() ? v.trim() : undefined);
    try {
      onRegistered(
        await request<Taxpayer>('POST', regionPath(regionId, '/taxpayers'), {
          kind,
          ...(kind === 'person' ? { nik: digits(nik) } : {}),
          npwp: optional(digits(npwp)),
          name,
          address,
          villageCode,
          phone: optional(phone),
          email: optional(email),
        }),
      );
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} data-testid="taxpayer-register-form">
      <ProblemAlert error={error} />
      <fieldset className="field">
        <legend className="field-label">{t('register.kind')}</legend>
        <div className="choice-row">
          {(['person', 'entity'] as const).map((k) => (
            <label key={k} className={kind === k ? 'choice selected' : 'choice'}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                <strong>{t(`register.${k}`)}</strong>
                <span className="field-hint">{t(`register.${k}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'person' && (
        <Field label={t('register.nik')} hint={t('register.nikHint')} error={fields.nik}>
          <input
            name="nik"
            inputMode="numeric"
            required
            maxLength={20}
            value={nik}
            onChange={(e) => setNik(e.target.value)}
          />
        </Field>
      )}
      <Field
        label={kind === 'person' ? `${t('register.npwp')} (${t('common.optional')})` : t('register.npwp')}
        hint={t('register.npwpHint')}
        error={fields.npwp}
      >
        <input
          name="npwp"
          inputMode="numeric"
          required={kind === 'entity'}
          maxLength={24}
          value={npwp}
          onChange={(e) => setNpwp(e.target.value)}
        />
      </Field>
      <Field
        label={kind === 'person' ? t('register.personName') : t('register.entityName')}
        error={fields.name}
      >
        <input name="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('register.address')} error={fields.address}>
        <input
          name="address"
          required
          maxLength={500}
          autoComplete="street-address"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
      </Field>
      <Field label={t('registry.kelurahan')} error={fields.villageCode}>
        <KelurahanSelect regionId={regionId} value={villageCode} onChange={setVillageCode} />
      </Field>
      <div className="form-grid">
        <Field label={`${t('register.phone')} (${t('common.optional')})`} error={fields.phone}>
          <input
            name="phone"
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        </Field>
        <Field label={`${t('register.email')} (${t('common.optional')})`} error={fields.email}>
          <input
            name="email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
      </div>
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('register.submit')}
        </button>
      </div>
    </form>
  );
}
