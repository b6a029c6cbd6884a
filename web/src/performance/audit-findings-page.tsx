import { type FormEvent, useState } from 'react';
import type {
  findingSchema,
  opinionSchema,
  recommendationDetailSchema,
  recommendationSchema,
} from '../../../src/performance/audit-findings/audit-findings-routes';
import { FOLLOW_UP_STATUSES, isClosed } from '../../../src/performance/audit-findings/follow-up-status';
import {
  AUDIT_FINDING_EDITORS,
  AUDIT_FOLLOWUP_WRITERS,
  REGION_WIDE_ROLES,
} from '../../../src/performance/roles';
import { holdsAny } from '../../../src/platform/roles';
import { documentUrl, regionPath, request, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { DownloadButtons } from '../shell/download-buttons';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Opinion = WireOf<typeof opinionSchema>;
type Finding = WireOf<typeof findingSchema>;
type Recommendation = WireOf<typeof recommendationSchema>;
type RecommendationDetail = WireOf<typeof recommendationDetailSchema>;
type Status = Recommendation['status'];

const STATUS_TONE: Record<Status, string> = {
  sesuai: 'badge-ok',
  belum_sesuai: 'badge-warn',
  belum_ditindaklanjuti: 'badge-info',
  tidak_dapat_ditindaklanjuti: 'badge',
};

/** A file as base64, how the API takes an evidence file in JSON. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Temuan Audit: the BPK's opinion on each year's LKPD, and the findings of the BPK and the Inspektorat with each
 * recommendation's responsible OPD, deadline (overdue marked) and status. The OPD's head or performance officer
 * answers a recommendation of their OPD with a follow-up and its evidence files; the verifier (or the planner) says
 * whether it is done. OPD staff see their OPD's recommendations only (the server filters).
 */
export function AuditFindingsPage({ region }: RegionPageProps) {
  const { t } = useI18n();
  const [year, setYear] = useState('');
  const [status, setStatus] = useState('');
  const filter = new URLSearchParams();
  if (year) filter.set('year', year);
  if (status) filter.set('status', status);
  const query = filter.toString();
  const opinions = useResource<Opinion[]>(regionPath(region.regionId, '/performance/audit-opinions'));
  const findings = useResource<Finding[]>(
    regionPath(region.regionId, `/performance/audit-findings${query ? `?${query}` : ''}`),
  );
  const regionWide = holdsAny(region.roles, REGION_WIDE_ROLES);
  const recommendations = findings.data?.flatMap((f) => f.recommendations) ?? [];

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('auditFindings.title')}</h1>
          <p className="muted">{t('auditFindings.subtitle', { region: region.name })}</p>
          {!regionWide && <p className="muted small">{t('auditFindings.scopeOwn')}</p>}
        </div>
      </div>

      <section className="panel" aria-label={t('auditFindings.opinions')}>
        <h2 className="section-title">{t('auditFindings.opinions')}</h2>
        <ProblemAlert error={opinions.error} />
        {!opinions.data && !opinions.error && <Loading />}
        {opinions.data?.length === 0 && <p className="empty">{t('auditFindings.opinionsNone')}</p>}
        {opinions.data && opinions.data.length > 0 && (
          <ul className="chips audit-opinions" data-testid="audit-opinions">
            {opinions.data.map((o) => (
              <li
                key={o.fiscalYear}
                className="chip"
                title={`${t(`auditFindings.opinionLong.${o.opinion}`)} · ${o.reportNumber}`}
                data-testid="audit-opinion"
              >
                {t('auditFindings.opinionYear', { year: String(o.fiscalYear) })}{' '}
                <span className={o.opinion === 'wtp' ? 'badge badge-ok' : 'badge badge-warn'}>
                  {t(`auditFindings.opinion.${o.opinion}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <h2 className="section-title">{t('auditFindings.findings')}</h2>
      <div className="filters">
        <Field label={t('auditFindings.filterYear')}>
          <input
            type="number"
            name="year"
            min={2000}
            max={2999}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            data-testid="audit-year"
          />
        </Field>
        <Field label={t('auditFindings.filterStatus')}>
          <select
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            data-testid="audit-status"
          >
            <option value="">{t('auditFindings.filterAll')}</option>
            {FOLLOW_UP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`auditFindings.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <DownloadButtons
        regionId={region.regionId}
        path="/performance/audit-findings/download"
        params={filter}
        testId="audit-download"
      />
      <ProblemAlert error={findings.error} />
      {!findings.data && !findings.error && <Loading />}
      {findings.data && (
        <>
          <p className="muted small" data-testid="audit-count">
            {t('auditFindings.count', {
              findings: String(findings.data.length),
              recommendations: String(recommendations.length),
              overdue: String(recommendations.filter((r) => r.overdue).length),
            })}
          </p>
          {findings.data.length === 0 && <p className="empty">{t('auditFindings.none')}</p>}
          {findings.data.map((f) => (
            <FindingCard
              key={f.id}
              finding={f}
              regionId={region.regionId}
              roles={region.roles}
              onChange={findings.reload}
            />
          ))}
        </>
      )}
    </>
  );
}

function FindingCard({
  finding: f,
  regionId,
  roles,
  onChange,
}: {
  finding: Finding;
  regionId: string;
  roles: RegionPageProps['region']['roles'];
  onChange(): void;
}) {
  const { t } = useI18n();
  return (
    <article className="panel audit-finding" data-testid="audit-finding">
      <div className="audit-finding-head">
        <span className="badge badge-info">{t(`auditFindings.source.${f.source}`)}</span>{' '}
        <span className="muted small">
          {f.year} · {t('auditFindings.report', { number: f.reportNumber })}
        </span>
      </div>
      <h3>{f.title}</h3>
      <p className="muted small">{f.description}</p>
      <ul className="audit-recommendations">
        {f.recommendations.map((rec) => (
          <RecommendationItem key={rec.id} rec={rec} regionId={regionId} roles={roles} onChange={onChange} />
        ))}
      </ul>
    </article>
  );
}

function RecommendationItem({
  rec,
  regionId,
  roles,
  onChange,
}: {
  rec: Recommendation;
  regionId: string;
  roles: RegionPageProps['region']['roles'];
  onChange(): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <li className="audit-recommendation" data-testid="audit-recommendation" data-overdue={rec.overdue}>
      <p>{rec.text}</p>
      <div className="audit-recommendation-facts small">
        <span className="badge">{rec.opdShortName}</span>
        <span className={rec.overdue ? 'danger-text' : 'muted'}>
          {t('auditFindings.deadline', { date: rec.deadline })}
        </span>
        {rec.overdue && (
          <span className="badge badge-danger" data-testid="audit-overdue">
            {t('auditFindings.overdue')}
          </span>
        )}
        <span className={`badge ${STATUS_TONE[rec.status]}`} data-testid="audit-rec-status">
          {t(`auditFindings.status.${rec.status}`)}
        </span>
        <span className="muted">{t('auditFindings.followUpCount', { count: String(rec.followUps) })}</span>
      </div>
      <details className="lines-detail small" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary data-testid="audit-rec-open">{t('auditFindings.details')}</summary>
        {open && <RecommendationDetails id={rec.id} regionId={regionId} roles={roles} onChange={onChange} />}
      </details>
    </li>
  );
}

function RecommendationDetails({
  id,
  regionId,
  roles,
  onChange,
}: {
  id: number;
  regionId: string;
  roles: RegionPageProps['region']['roles'];
  onChange(): void;
}) {
  const { t } = useI18n();
  const detail = useResource<RecommendationDetail>(
    regionPath(regionId, `/performance/audit-recommendations/${id}`),
  );
  const d = detail.data;
  const changed = () => {
    detail.reload();
    onChange();
  };
  return (
    <div className="stack" data-testid="audit-rec-detail">
      <ProblemAlert error={detail.error} />
      {!d && !detail.error && <Loading />}
      {d && (
        <>
          {d.followUpEntries.length === 0 && <p className="muted">{t('auditFindings.noFollowUp')}</p>}
          {d.followUpEntries.length > 0 && (
            <ol className="audit-followups" data-testid="audit-followups">
              {d.followUpEntries.map((f) => (
                <li key={f.id}>
                  <p>{f.answer}</p>
                  <p className="muted">
                    {t('auditFindings.followUpBy', { who: f.submittedBy ?? '—', at: f.submittedAt })}
                  </p>
                  {f.evidence.length > 0 && (
                    <ul className="attachment-list">
                      {f.evidence.map((e) => (
                        <li key={e.id}>
                          <a
                            href={documentUrl(regionId, `/performance/evidence/${e.id}`)}
                            target="_blank"
                            rel="noopener"
                            data-testid="audit-evidence"
                          >
                            {e.fileName}
                          </a>{' '}
                          <span className="muted">({Math.max(1, Math.round(e.sizeBytes / 1024))} KB)</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
          {d.statusNote && <p className="muted">{t('auditFindings.verifierNote', { note: d.statusNote })}</p>}
          {holdsAny(roles, AUDIT_FOLLOWUP_WRITERS) &&
            (isClosed(d.status) ? (
              <p className="muted">{t('auditFindings.closed')}</p>
            ) : (
              <FollowUpForm id={id} regionId={regionId} onSent={changed} />
            ))}
          {holdsAny(roles, AUDIT_FINDING_EDITORS) && (
            <StatusForm rec={d} regionId={regionId} onSaved={changed} />
          )}
        </>
      )}
    </div>
  );
}

function FollowUpForm({ id, regionId, onSent }: { id: number; regionId: string; onSent(): void }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSent(false);
    try {
      const evidence = await Promise.all(
        files.map(async (f) => ({ fileName: f.name, contentBase64: await base64Of(f) })),
      );
      await request('POST', regionPath(regionId, `/performance/audit-recommendations/${id}/follow-ups`), {
        answer,
        evidence,
      });
      setAnswer('');
      setFiles([]);
      setSent(true);
      onSent();
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="form audit-form" onSubmit={submit} data-testid="audit-followup-form">
      <Field label={t('auditFindings.answer')}>
        <textarea
          name="answer"
          rows={3}
          required
          minLength={3}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          data-testid="audit-answer"
        />
      </Field>
      <Field label={t('auditFindings.files')} hint={t('auditFindings.filesHint')}>
        <input
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
          data-testid="audit-files"
        />
      </Field>
      <ProblemAlert error={error} />
      {sent && <p className="ok-text">{t('auditFindings.sent')}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="audit-send">
          {busy ? t('common.saving') : t('auditFindings.sendFollowUp')}
        </button>
      </div>
    </form>
  );
}

function StatusForm({
  rec,
  regionId,
  onSaved,
}: {
  rec: RecommendationDetail;
  regionId: string;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>(rec.status);
  const [note, setNote] = useState(rec.statusNote ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await request('POST', regionPath(regionId, `/performance/audit-recommendations/${rec.id}/status`), {
        status,
        note: note.trim() || null,
      });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="form audit-form" onSubmit={submit} data-testid="audit-status-form">
      <Field label={t('auditFindings.decide')}>
        <select
          name="status"
          value={status}
          onChange={(e) => setStatus(e.target.value as Status)}
          data-testid="audit-decide"
        >
          {FOLLOW_UP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`auditFindings.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('auditFindings.note')}>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <ProblemAlert error={error} />
      {saved && <p className="ok-text">{t('auditFindings.statusSaved')}</p>}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          data-testid="audit-save-status"
        >
          {busy ? t('common.saving') : t('auditFindings.saveStatus')}
        </button>
      </div>
    </form>
  );
}
