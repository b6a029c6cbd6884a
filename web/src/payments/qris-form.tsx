import { type FormEvent, useState } from 'react';
import { regionPath, request } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import type { StoredQris } from './qris';

/**
 * Where an administrator pastes the region's static QRIS from its bank. The server checks it (structure, CRC,
 * static not dynamic, required elements) and says why it refuses one; that reason is shown as it comes.
 */
export function QrisForm({ regionId, onSaved }: { regionId: string; onSaved(qris: StoredQris): void }) {
  const { t } = useI18n();
  const [payload, setPayload] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const saved = await request<StoredQris>('PUT', regionPath(regionId, '/payments/qris'), { payload });
      setPayload('');
      onSaved(saved);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form" onSubmit={submit} data-testid="qris-form">
      <h2>{t('qris.paste')}</h2>
      <ProblemAlert error={error} />
      <Field label={t('qris.payload')} hint={t('qris.pasteHint')}>
        <textarea
          name="payload"
          required
          rows={4}
          maxLength={600}
          spellCheck={false}
          className="mono"
          value={payload}
          onChange={(e) => setPayload(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('qris.save')}
        </button>
      </div>
    </form>
  );
}
