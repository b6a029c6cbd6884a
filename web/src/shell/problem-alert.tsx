import { ApiProblem } from './api';
import { Banner } from './banner';
import { useI18n } from './i18n';

/** Shows why a request failed: the server's own title and detail, already in the UI language. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  let title = '';
  let detail: string;
  if (error instanceof ApiProblem && error.code === 'NETWORK') detail = t('error.network');
  else if (error instanceof ApiProblem && error.code !== 'HTTP_ERROR') {
    title = error.title;
    detail = error.detail;
  } else detail = t('error.unexpected', { status: error instanceof ApiProblem ? error.status : '?' });
  return (
    <Banner tone="error" testId="problem" code={error instanceof ApiProblem ? error.code : undefined}>
      {title && <strong>{title}. </strong>}
      {detail}
    </Banner>
  );
}

/** Lists every line or field the server named in its refusal, e.g. each bad row of an uploaded file. */
export function ProblemLines({ error }: { error: unknown }) {
  const lines = error instanceof ApiProblem ? error.errors : [];
  if (lines.length === 0) return null;
  return (
    <ul className="small danger-text">
      {lines.map((l) => (
        <li key={l.field}>
          {l.field}: {l.message}
        </li>
      ))}
    </ul>
  );
}
