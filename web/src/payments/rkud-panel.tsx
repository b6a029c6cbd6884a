import { type FormEvent, useState } from 'react';
import { RKUD_EDITORS } from '../../../src/payments/roles';
import { holdsAny } from '../../../src/platform/roles';
import { ApiProblem, type RegionGrant, regionPath, request } from '../shell/api';
import { Field } from '../shell/field';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import type { StoredRkud } from './rkud';

/**
 * The region's treasury account (Rekening Kas Umum Daerah) that every STS names. Those who watch the payment
 * channels read it; the administrator sets it, as with the region's QRIS. The demo's account is marked as an
 * example the way the demo's tax rates are.
 */
export function RkudPanel({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const stored = useResource<StoredRkud>(regionPath(region.regionId, '/payments/rkud'));
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const canEdit = holdsAny(region.roles, RKUD_EDITORS);
  const notSet = stored.error instanceof ApiProblem && stored.error.code === 'RKUD_NOT_CONFIGURED';
  const account = stored.data;

  return (
    <section className="panel" data-testid="rkud">
      <div className="card-head">
        <div>
          <h2>{t('rkud.title')}</h2>
          <p className="muted small">
            {t('rkud.help')} {!canEdit && t('rkud.adminOnly')}
          </p>
        </div>
        {canEdit && !editing && (account || notSet) && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setNotice('');
              setEditing(true);
            }}
          >
            {account ? t('rkud.edit') : t('rkud.set')}
          </button>
        )}
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      {notSet ? <p className="empty">{t('rkud.none')}</p> : <ProblemAlert error={stored.error} />}
      {!account && !stored.error && <Loading />}
      {editing ? (
        <RkudForm
          regionId={region.regionId}
          initial={account}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setNotice(t('rkud.saved', { number: saved.accountNumber }));
            // The notice and the account it names appear together, not beside the old one while it reloads.
            stored.replace(saved);
          }}
        />
      ) : (
        account && (
          <>
            <dl className="facts" data-testid="rkud-account">
              <div>
                <dt>{t('rkud.bankName')}</dt>
                <dd>{account.bankName}</dd>
              </div>
              <div>
                <dt>{t('rkud.accountNumber')}</dt>
                <dd className="mono">
                  {account.accountNumber}{' '}
                  {account.exampleOnly && (
                    <span className="badge badge-warn" title={t('rkud.exampleHint')}>
                      {t('config.exampleOnly')}
                    </span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('rkud.accountName')}</dt>
                <dd>{account.accountName}</dd>
              </div>
            </dl>
            {account.exampleOnly && <p className="muted small">{t('rkud.exampleHint')}</p>}
            <p className="muted small">
              {t('rkud.updatedAt', { at: formatDateTime(account.updatedAt, region.timeZone, lang) })}
            </p>
          </>
        )
      )}
    </section>
  );
}

function RkudForm({
  regionId,
  initial,
  onCancel,
  onSaved,
}: {
  regionId: string;
  initial: StoredRkud | undefined;
  onCancel(): void;
  onSaved(saved: StoredRkud): void;
}) {
  const { t } = useI18n();
  // An example account is not a starting point for the region's own: its number starts empty.
  const [bankName, setBankName] = useState(initial?.bankName ?? '');
  const [accountNumber, setAccountNumber] = useState(
    initial?.exampleOnly ? '' : (initial?.accountNumber ?? ''),
  );
  const [accountName, setAccountName] = useState(initial?.accountName ?? '');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  // The number's refusal carries its reason as a code; the problem's detail says it in the UI's language.
  const numberRefused = error instanceof ApiProblem && error.code === 'RKUD_ACCOUNT_NUMBER_INVALID';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const saved = await request<StoredRkud>('PUT', regionPath(regionId, '/payments/rkud'), {
        bankName,
        accountNumber,
        accountName,
      });
      setBusy(false);
      onSaved(saved);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <form className="form narrow-wide" onSubmit={submit} data-testid="rkud-form">
      {!numberRefused && <ProblemAlert error={error} />}
      <Field label={t('rkud.bankName')} error={fields.bankName}>
        <input
          name="bankName"
          required
          minLength={2}
          maxLength={100}
          value={bankName}
          onChange={(e) => setBankName(e.target.value)}
        />
      </Field>
      <Field
        label={t('rkud.accountNumber')}
        hint={t('rkud.accountNumberHint')}
        error={numberRefused ? (error as ApiProblem).detail : fields.accountNumber}
      >
        <input
          name="accountNumber"
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={40}
          className="mono"
          value={accountNumber}
          onChange={(e) => setAccountNumber(e.target.value)}
        />
      </Field>
      <Field label={t('rkud.accountName')} hint={t('rkud.accountNameHint')} error={fields.accountName}>
        <input
          name="accountName"
          required
          minLength={3}
          maxLength={100}
          value={accountName}
          onChange={(e) => setAccountName(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('rkud.save')}
        </button>
      </div>
    </form>
  );
}
