import { type FormEvent, useMemo, useState } from 'react';
import { writeCsv } from '../../../../src/platform/csv';
import { IMPORT_COLUMNS } from '../../../../src/tax/registry/import-columns';
import type { importSummarySchema } from '../../../../src/tax/registry/registry-routes';
import { ApiProblem, type RegionGrant, regionPath, requestWithProgress, type WireOf } from '../../shell/api';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';

type ImportSummary = WireOf<typeof importSummarySchema>;

/** How many refused lines the page lists; the rejects file has them all. */
const SHOWN_REJECTS = 100;

/** The refused lines the server named, `line 12` and its reasons. */
function rejectsOf(error: unknown) {
  return error instanceof ApiProblem ? error.errors : [];
}
const lineOf = (field: string) => field.replace(/^line /, '');

/** A CSV for the officer to download, made in the browser. */
function csvHref(rows: string[][]): string {
  return URL.createObjectURL(new Blob([writeCsv(rows)], { type: 'text/csv;charset=utf-8' }));
}

/**
 * Impor wajib pajak: an officer moves the legacy system's taxpayers and objects in from a CSV. Every row is checked
 * first and nothing is written if one is bad: each bad line is listed with its reasons and can be downloaded as a
 * rejects file to fix at the source. While the rows are written a progress bar follows the server; importing the
 * same file again adds nothing (rows are matched by their legacy references).
 */
export function TaxpayerImportPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [stage, setStage] = useState<'idle' | 'checking' | 'writing'>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [summary, setSummary] = useState<ImportSummary>();
  const [error, setError] = useState<unknown>();
  const template = useMemo(() => csvHref([[...IMPORT_COLUMNS]]), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setStage('checking');
    setSummary(undefined);
    setError(undefined);
    try {
      const result = await requestWithProgress<ImportSummary>(
        regionPath(region.regionId, '/taxpayers/import'),
        { csv: await file.text() },
        (done, total) => {
          setStage('writing');
          setProgress({ done, total });
        },
      );
      setSummary(result);
    } catch (err) {
      setError(err);
    }
    setStage('idle');
  }

  const rejects = rejectsOf(error);
  // Made once per refusal (and language), not on every render.
  const rejectsHref = useMemo(() => {
    const lines = rejectsOf(error);
    if (lines.length === 0) return undefined;
    return csvHref([
      [t('import.line'), t('import.reason')],
      ...lines.map((r) => [lineOf(r.field), r.message]),
    ]);
  }, [error, t]);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="muted">{t('import.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <div className="panel stack">
        <p className="small">{t('import.columns')}</p>
        <code className="small import-columns">{IMPORT_COLUMNS.join(',')}</code>
        <a className="small" href={template} download="templat-impor-wajib-pajak.csv">
          {t('import.template')}
        </a>
      </div>
      <form className="panel inline-form" onSubmit={submit} data-testid="taxpayer-import">
        <Field label={t('import.file')} hint={t('import.fileHint')}>
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setSummary(undefined);
              setError(undefined);
            }}
          />
        </Field>
        <button type="submit" className="button button-primary" disabled={!file || stage !== 'idle'}>
          {t('import.submit')}
        </button>
      </form>
      {stage !== 'idle' && (
        <div className="panel" data-testid="import-progress" role="status">
          <progress
            className="import-progress"
            max={stage === 'writing' ? progress.total : undefined}
            value={stage === 'writing' ? progress.done : undefined}
          />
          <p className="small muted">
            {stage === 'writing' ? t('import.writing', progress) : t('import.checking')}
          </p>
        </div>
      )}
      {summary && (
        <div className="alert alert-ok" role="status" data-testid="import-summary">
          {t('import.done', {
            rows: summary.rows,
            newTaxpayers: summary.taxpayers.new,
            existingTaxpayers: summary.taxpayers.existing,
            newObjects: summary.objects.new,
            existingObjects: summary.objects.existing,
          })}
        </div>
      )}
      <ProblemAlert error={error} />
      {rejects.length > 0 && (
        <div className="panel" data-testid="import-rejects">
          <a href={rejectsHref} download={`${file?.name.replace(/\.csv$/i, '') ?? 'impor'}.rejects.csv`}>
            {t('import.rejectsFile', { count: rejects.length })}
          </a>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('import.line')}</th>
                  <th>{t('import.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejects.slice(0, SHOWN_REJECTS).map((r) => (
                  <tr key={r.field}>
                    <td className="mono">{lineOf(r.field)}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rejects.length > SHOWN_REJECTS && (
            <p className="small muted">{t('import.moreRejects', { shown: SHOWN_REJECTS })}</p>
          )}
        </div>
      )}
    </>
  );
}
