import { type FormEvent, useState } from 'react';
import {
  EVALUATION_REVIEWERS,
  OPD_EVALUATION_ANSWERERS,
  REGION_EVALUATION_ANSWERERS,
} from '../../../src/performance/evaluations/evaluation-roles';
import type {
  evaluationDetailSchema,
  evaluationSummarySchema,
} from '../../../src/performance/evaluations/evaluation-schemas';
import { holdsAny } from '../../../src/platform/roles';
import { ActionDialog } from '../shell/action-dialog';
import { regionPath, request, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';

type Summary = WireOf<typeof evaluationSummarySchema>;
type Detail = WireOf<typeof evaluationDetailSchema>;
type WorksheetSection = Detail['worksheet']['worksheet']['sections'][number];
type Criterion = NonNullable<WorksheetSection['criteria']>[number];
type SectionScore = Detail['self']['sections'][number];
type AnswerEntry = Detail['answers'][number];
type Scale = Detail['worksheet']['worksheet']['scales'][string];

const PAGE = '/performance/evaluations';

function useNumber() {
  const { lang } = useI18n();
  return (x: number) =>
    new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(x);
}

function StatusBadge({ status }: { status: Summary['status'] }) {
  const { t } = useI18n();
  const tone = status === 'reviewed' ? 'badge-ok' : status === 'submitted' ? 'badge-info' : 'badge-warn';
  return (
    <span className={`badge ${tone}`} data-testid="eval-status">
      {t(`eval.status.${status}`)}
    </span>
  );
}

/**
 * Evaluasi SAKIP & RB: the region's and its OPD's LKE and PMPRB evaluations, the region's own year on year with their
 * predikat, each opening its worksheet (eval detail below). OPD staff see their OPD's only (the server filters).
 */
export function EvaluationsPage({ region }: RegionPageProps) {
  const { t } = useI18n();
  const n = useNumber();
  const list = useResource<Summary[]>(regionPath(region.regionId, PAGE));
  const own = (list.data ?? []).filter((e) => e.opdId === null);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('eval.title')}</h1>
          <p className="muted">{t('eval.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <Loading />}
      {list.data && own.length > 0 && (
        <section className="panel" aria-label={t('eval.yearOnYear')}>
          <h2 className="section-title">{t('eval.yearOnYear')}</h2>
          <div className="eval-years">
            {(['sakip', 'rb'] as const).map((kind) => (
              <div key={kind} className="eval-years-row" data-testid={`eval-years-${kind}`}>
                <strong>{t(`eval.kind.${kind}`)}</strong>
                <ul className="chips">
                  {own
                    .filter((e) => e.kind === kind)
                    .sort((a, b) => a.year - b.year)
                    .map((e) => (
                      <li key={e.id} className="chip" data-testid="eval-year">
                        {e.year} {e.predikat ?? t(`eval.status.${e.status}`)}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      )}
      {list.data && (
        <section className="panel">
          {list.data.length === 0 && <p className="empty">{t('eval.none')}</p>}
          {list.data.length > 0 && (
            <div className="table-wrap">
              <table className="table table-stacked" data-testid="eval-list">
                <thead>
                  <tr>
                    <th>{t('eval.col.year')}</th>
                    <th>{t('eval.col.kind')}</th>
                    <th>{t('eval.col.subject')}</th>
                    <th>{t('eval.col.status')}</th>
                    <th className="num">{t('eval.col.score')}</th>
                    <th>{t('eval.col.predikat')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((e) => {
                    const score = e.finalScore ?? e.selfScore;
                    return (
                      <tr key={e.id} data-testid="eval-row">
                        <td>
                          <strong>{e.year}</strong>
                        </td>
                        <td className="eval-kind-cell">{t(`eval.kind.${e.kind}`)}</td>
                        <td>{e.subject}</td>
                        <td>
                          <StatusBadge status={e.status} />
                        </td>
                        <td className="num">
                          <span className="stacked-label">{t('eval.col.score')}</span>
                          {score === null ? '—' : n(score)}
                        </td>
                        <td>
                          <span className="stacked-label">{t('eval.col.predikat')}</span>
                          <strong data-testid="eval-predikat">{e.predikat ?? '—'}</strong>
                        </td>
                        <td>
                          <a
                            className="button button-small"
                            href={href(`${PAGE}/${e.id}`)}
                            data-testid="eval-open"
                          >
                            {t('eval.open')}
                          </a>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}

/**
 * One evaluation: its worksheet's parts and criteria (weights, scales), each criterion's answer and evidence, which the
 * subject's answerers change while it is a draft and then submit; the verifier's answer and note per criterion once
 * submitted, and their finish; the scores by section and the predikat.
 */
export function EvaluationPage({ region, params }: RegionPageProps) {
  const { t } = useI18n();
  const n = useNumber();
  const path = regionPath(region.regionId, `${PAGE}/${params.evaluationId}`);
  const evaluation = useResource<Detail>(path);
  const [confirm, setConfirm] = useState<'submit' | 'finish' | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const e = evaluation.data;
  const fedAny = e?.worksheet.worksheet.sections.some(hasFeed) ?? false;
  const canAnswer =
    e !== undefined &&
    e.status === 'draft' &&
    holdsAny(region.roles, e.opdId === null ? REGION_EVALUATION_ANSWERERS : OPD_EVALUATION_ANSWERERS);
  const canReview =
    e !== undefined && e.status === 'submitted' && holdsAny(region.roles, EVALUATION_REVIEWERS);
  const scored = e?.final ?? e?.self;
  const answers = new Map((e?.answers ?? []).map((a) => [a.criterion, a]));
  const scores = new Map<string, SectionScore>();
  const collect = (list: readonly SectionScore[]) => {
    for (const s of list) {
      scores.set(s.code, s);
      collect((s.sections ?? []) as readonly SectionScore[]);
    }
  };
  collect(scored?.sections ?? []);

  return (
    <>
      <p className="breadcrumb">
        <a href={href(PAGE)}>{t('eval.back')}</a>
      </p>
      <ProblemAlert error={evaluation.error} />
      {!e && !evaluation.error && <Loading />}
      {e && scored && (
        <>
          <div className="page-head">
            <div>
              <h1>
                {e.worksheetName} · {e.year}
              </h1>
              <p className="muted">
                {e.subject} · {t(`eval.kind.${e.kind}`)} <StatusBadge status={e.status} />
              </p>
            </div>
          </div>
          <section className="panel eval-result" aria-label={t('eval.predikat')}>
            <div className="stat">
              <span className="muted small">{t('eval.predikat')}</span>
              <strong className="big" data-testid="eval-detail-predikat">
                {e.predikat ?? scored.predikat ?? t('eval.predikatNone')}
              </strong>
            </div>
            <div className="stack small">
              <span data-testid="eval-self-score">{t('eval.scoreSelf', { score: n(e.self.graded) })}</span>
              {e.final && (
                <span data-testid="eval-final-score">
                  {t('eval.scoreFinal', { score: n(e.final.graded) })}
                </span>
              )}
              {scored.unanswered.length > 0 && (
                <span className="warn-text" data-testid="eval-unanswered">
                  {t('eval.unanswered', { count: String(scored.unanswered.length) })}
                </span>
              )}
            </div>
            <div className="eval-actions">
              {canAnswer && fedAny && (
                <button
                  type="button"
                  className="button"
                  disabled={refreshing}
                  onClick={async () => {
                    setRefreshing(true);
                    try {
                      evaluation.replace(await request<Detail>('POST', `${path}/refresh`));
                    } finally {
                      setRefreshing(false);
                    }
                  }}
                  data-testid="eval-refresh"
                >
                  {t('eval.refresh')}
                </button>
              )}{' '}
              {canAnswer && (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => setConfirm('submit')}
                  data-testid="eval-submit"
                >
                  {t('eval.submit')}
                </button>
              )}
              {canReview && (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => setConfirm('finish')}
                  data-testid="eval-finish"
                >
                  {t('eval.finish')}
                </button>
              )}
            </div>
          </section>
          <section className="panel">
            <h2 className="section-title">{t('eval.worksheet')}</h2>
            {e.worksheet.worksheet.sections.map((s) => (
              <SectionBlock
                key={s.code}
                section={s}
                depth={0}
                scores={scores}
                answers={answers}
                scales={e.worksheet.worksheet.scales}
                editor={canAnswer ? 'answer' : canReview ? 'review' : null}
                regionId={region.regionId}
                evaluationId={e.id}
                onSaved={evaluation.replace}
              />
            ))}
          </section>
        </>
      )}
      {e && confirm && (
        <ActionDialog
          title={t(confirm === 'submit' ? 'eval.submitTitle' : 'eval.finishTitle')}
          intro={t(confirm === 'submit' ? 'eval.submitIntro' : 'eval.finishIntro')}
          submitLabel={t(confirm === 'submit' ? 'eval.submit' : 'eval.finish')}
          testId="eval-confirm"
          onClose={() => setConfirm(null)}
          onSubmit={async () => {
            evaluation.replace(await request<Detail>('POST', `${path}/${confirm}`));
            setConfirm(null);
          }}
        />
      )}
    </>
  );
}

/** Whether a part of the worksheet holds a criterion answered from Balai's records. */
function hasFeed(section: WorksheetSection): boolean {
  return (
    (section.criteria ?? []).some((c) => c.feed !== undefined) ||
    ((section.sections ?? []) as WorksheetSection[]).some(hasFeed)
  );
}

function SectionBlock({
  section,
  depth,
  scores,
  ...rest
}: {
  section: WorksheetSection;
  depth: number;
  scores: Map<string, SectionScore>;
  answers: Map<string, AnswerEntry>;
  scales: Detail['worksheet']['worksheet']['scales'];
  editor: 'answer' | 'review' | null;
  regionId: string;
  evaluationId: number;
  onSaved(detail: Detail): void;
}) {
  const { t } = useI18n();
  const n = useNumber();
  const score = scores.get(section.code);
  return (
    <details className="eval-section" open={depth === 0} data-testid="eval-section" data-code={section.code}>
      <summary>
        <span className="strong">
          {section.code} {section.name}
        </span>{' '}
        <span className="muted small" data-testid="eval-section-score">
          {t('eval.sectionScore', { score: n(score?.score ?? 0), weight: n(section.weight) })}
        </span>
      </summary>
      {(section.sections ?? []).map((s) => (
        <SectionBlock key={s.code} section={s} depth={depth + 1} scores={scores} {...rest} />
      ))}
      {(section.criteria ?? []).length > 0 && (
        <ul className="eval-criteria">
          {(section.criteria ?? []).map((c) => (
            <CriterionItem key={c.code} criterion={c} {...rest} />
          ))}
        </ul>
      )}
    </details>
  );
}

/** A choice scale's letters, the best first (stored JSON keeps no order of its keys). */
function lettersOf(scale: Extract<Scale, { kind: 'choice' }>): string[] {
  return Object.entries(scale.values)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([letter]) => letter);
}

function ScaleInput({
  scale,
  value,
  onChange,
  keepLabel,
  testId,
}: {
  scale: Scale | undefined;
  value: string;
  onChange(value: string): void;
  keepLabel?: string;
  testId: string;
}) {
  if (scale?.kind === 'choice') {
    return (
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{keepLabel ?? '—'}</option>
        {lettersOf(scale).map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      type="number"
      step="any"
      min={scale?.min}
      max={scale?.max}
      value={value}
      placeholder={keepLabel}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}

function CriterionItem({
  criterion: c,
  answers,
  scales,
  editor,
  regionId,
  evaluationId,
  onSaved,
}: {
  criterion: Criterion;
  answers: Map<string, AnswerEntry>;
  scales: Detail['worksheet']['worksheet']['scales'];
  editor: 'answer' | 'review' | null;
  regionId: string;
  evaluationId: number;
  onSaved(detail: Detail): void;
}) {
  const { t } = useI18n();
  const n = useNumber();
  const a = answers.get(c.code);
  const scale = scales[c.scale];
  const [value, setValue] = useState(
    editor === 'review' ? String(a?.reviewAnswer ?? '') : String(a?.answer ?? ''),
  );
  const [text, setText] = useState(editor === 'review' ? (a?.reviewNote ?? '') : (a?.evidence ?? ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const asValue = (v: string) => (scale?.kind === 'range' ? Number(v) : v);
  // A fed criterion with a record behind it is Balai's answer, not typed (the server refuses it too).
  const typedOver =
    editor === 'answer' && c.feed !== undefined && a?.answer !== undefined && a.answer !== null;
  const form = typedOver ? null : editor;

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const base = regionPath(regionId, `${PAGE}/${evaluationId}`);
      const detail =
        editor === 'answer'
          ? await request<Detail>('PUT', `${base}/answers`, {
              answers: [{ criterion: c.code, answer: asValue(value), evidence: text.trim() || null }],
            })
          : await request<Detail>('PUT', `${base}/review`, {
              reviews: [
                {
                  criterion: c.code,
                  answer: value === '' ? null : asValue(value),
                  note: text.trim() || null,
                },
              ],
            });
      setSaved(true);
      onSaved(detail);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  const scaleText =
    scale?.kind === 'choice'
      ? t('eval.scaleChoice', { values: lettersOf(scale).join('/') })
      : t('eval.scaleRange', { min: n(scale?.min ?? 0), max: n(scale?.max ?? 0) });
  return (
    <li className="eval-criterion" data-testid="eval-criterion" data-code={c.code}>
      <div>
        <span className="mono small">{c.code}</span> {c.name}{' '}
        {c.feed && (
          <span className="badge badge-info" data-testid="eval-fed">
            {t('eval.fed')}
          </span>
        )}
      </div>
      <div className="muted small">
        {c.weight !== undefined && `${t('eval.weight', { weight: n(c.weight) })} · `}
        {scaleText}
      </div>
      <div className="small">
        {t('eval.answer')}:{' '}
        <strong data-testid="eval-answer">
          {a?.answer === undefined || a.answer === null ? t('eval.answerNone') : a.answer}
        </strong>
        {a?.reviewAnswer !== undefined && a.reviewAnswer !== null && (
          <>
            {' · '}
            <strong data-testid="eval-review-answer">
              {t('eval.reviewed', { answer: String(a.reviewAnswer) })}
            </strong>
          </>
        )}
      </div>
      {a?.evidence && (editor !== 'answer' || typedOver) && (
        <div className="muted small">
          {t('eval.evidence')}: {a.evidence}
        </div>
      )}
      {a?.reviewNote && editor !== 'review' && (
        <div className="muted small">
          {t('eval.reviewNote')}: {a.reviewNote}
        </div>
      )}
      {form && (
        <form className="inline-form eval-form" onSubmit={save} data-testid="eval-criterion-form">
          <Field label={editor === 'answer' ? t('eval.answer') : t('eval.review')}>
            <ScaleInput
              scale={scale}
              value={value}
              onChange={setValue}
              keepLabel={editor === 'review' ? t('eval.reviewKeep') : undefined}
              testId="eval-input"
            />
          </Field>
          <Field label={editor === 'answer' ? t('eval.evidence') : t('eval.reviewNote')}>
            <input
              type="text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="eval-text"
            />
          </Field>
          <button type="submit" className="button button-small" disabled={busy} data-testid="eval-save">
            {busy ? t('common.saving') : t('eval.save')}
          </button>
          {saved && <span className="ok-text small">{t('eval.saved')}</span>}
          <ProblemAlert error={error} />
        </form>
      )}
    </li>
  );
}
