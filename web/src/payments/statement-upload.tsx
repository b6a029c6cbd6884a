import { type FormEvent, useState } from 'react';
import { regionPath, request } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert, ProblemLines } from '../shell/problem-alert';
import type { DayReconciliation } from './reconciliation';

/**
 * The bank's statement file of the day, sent as text: the server reads it by the bank's column mapping and matches
 * it. The same file again only matches afresh; a bad line is named with its line number.
 */
export function StatementUpload({
  regionId,
  partnerId,
  day,
  onImported,
}: {
  regionId: string;
  partnerId: string;
  day: string;
  onImported(view: DayReconciliation): void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const view = await request<DayReconciliation>('POST', regionPath(regionId, '/bank-statements'), {
        partnerId,
        day,
        fileName: file.name,
        content: await file.text(),
      });
      onImported(view);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="inline-form" onSubmit={submit} data-testid="statement-upload">
      <Field label={t('recon.statementFile')} hint={t('recon.statementHint')}>
        <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => setFile(e.target.files?.[0])} />
      </Field>
      <button type="submit" className="button button-primary" disabled={!file || busy}>
        {busy ? t('recon.importing') : t('recon.import')}
      </button>
      <ProblemAlert error={error} />
      <ProblemLines error={error} />
    </form>
  );
}
