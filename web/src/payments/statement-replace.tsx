import { type FormEvent, useState } from 'react';
import { regionPath, request } from '../shell/api';
import { Field } from '../shell/field';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { ProblemAlert, ProblemLines } from '../shell/problem-alert';
import type { DayReconciliation, StatementSummary } from './reconciliation';

/**
 * Replacing the day's statement when the wrong file was uploaded, before the day is deposited. The reason is
 * required: it is the record of why the first file no longer counts (the server keeps that file as evidence).
 */
export function StatementReplace({
  regionId,
  statement,
  onReplaced,
}: {
  regionId: string;
  statement: StatementSummary;
  onReplaced(view: DayReconciliation): void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const view = await request<DayReconciliation>(
        'POST',
        regionPath(regionId, `/bank-statements/${statement.id}/replacement`),
        { fileName: file.name, content: await file.text(), reason },
      );
      onReplaced(view);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <details className="panel" data-testid="statement-replace">
      <summary>{t('recon.replaceTitle', { file: statement.fileName })}</summary>
      <p className="muted small">{t('recon.replaceHint')}</p>
      <form className="inline-form" onSubmit={submit}>
        <Field label={t('recon.replaceFile')}>
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        </Field>
        <Field label={t('recon.replaceReason')}>
          <input
            value={reason}
            placeholder={t('recon.replaceReasonPlaceholder')}
            minLength={3}
            maxLength={1000}
            required
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={!file || reason.trim().length < 3 || busy}>
          {busy ? t('recon.replacing') : t('recon.replace')}
        </button>
        <ProblemAlert error={error} />
        <ProblemLines error={error} />
      </form>
    </details>
  );
}

/** The day's statements that a replacement superseded: which file, who replaced it, when and why. */
export function SupersededStatements({
  statements,
  timeZone,
}: {
  statements: DayReconciliation['supersededStatements'];
  timeZone: string;
}) {
  const { t, lang } = useI18n();
  if (statements.length === 0) return null;
  return (
    <div data-testid="superseded-statements">
      <h3>{t('recon.superseded')}</h3>
      <ul>
        {statements.map((s) => (
          <li key={s.id} className="small" data-statement-id={s.id}>
            <span className="badge">{t('recon.supersededBadge')}</span>{' '}
            {t('recon.supersededLine', {
              file: s.fileName,
              count: s.lineCount,
              importedAt: formatDateTime(s.importedAt, timeZone, lang),
              replacement: s.replacedBy.fileName,
              at: formatDateTime(s.supersededAt, timeZone, lang),
              by: s.supersededBy ?? '—',
            })}
            <div>{t('recon.supersededReason', { reason: s.reason })}</div>
            {s.withdrawnMismatches > 0 && (
              <div className="muted">{t('recon.withdrawnCount', { count: s.withdrawnMismatches })}</div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
