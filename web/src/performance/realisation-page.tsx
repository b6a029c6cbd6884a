import { type FormEvent, useState } from 'react';
import type { opdSchema } from '../../../src/performance/organisation/organisation-schemas';
import type {
  calendarSchema,
  realisationLineSchema,
} from '../../../src/performance/realisation/realisation-routes';
import {
  REALISATION_READERS,
  REALISATION_VERIFIERS,
  REALISATION_WRITERS,
} from '../../../src/performance/roles';
import { holdsAny } from '../../../src/platform/roles';
import { documentUrl, regionPath, request, type WireOf } from '../shell/api';
import type { NavEntry, RegionPageProps } from '../shell/area';
import { Dialog } from '../shell/dialog';
import { Field } from '../shell/field';
import { formatDate } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';

type Line = WireOf<typeof realisationLineSchema>;
type Calendar = WireOf<typeof calendarSchema>;
type Opd = WireOf<typeof opdSchema>;

/** A file as base64, how the API takes evidence in JSON. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The quarter a day falls in. */
const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

/** The page's place in the performance section's navigation. */
export const REALISATION_NAVIGATION: NavEntry<'nav.realisation'> = {
  path: '/performance/realisation',
  label: 'nav.realisation',
  roles: REALISATION_READERS,
  section: 'performance',
  order: 40,
};

/**
 * Realisasi Kinerja: a quarter's realisation per indicator of the OPD the person may see, with its target, realisation,
 * capaian, status and source. The OPD's officer or head enters the figure with evidence and submits it; the verifier
 * accepts or returns it with a note; an accepted figure is locked; Bapenda's PAD comes from the ledger and has no
 * input. Below, the year's deadlines calendar with each OPD's reports on time, late or missing.
 */
export function RealisationPage(props: RegionPageProps) {
  const today = useToday(props.region.regionId);
  return today ? <RealisationView {...props} today={today} /> : <Loading />;
}

function RealisationView({ region, today }: RegionPageProps & { today: string }) {
  const { t, lang } = useI18n();
  const [picked, setPicked] = useState<{ year?: number; quarter?: number; opdId?: number }>({});
  const year = picked.year ?? Number(today.slice(0, 4));
  const quarter = picked.quarter ?? quarterOf(today);
  const [editing, setEditing] = useState<Line>();
  const [returning, setReturning] = useState<Line>();
  const [error, setError] = useState<unknown>();
  const canWrite = holdsAny(region.roles, REALISATION_WRITERS);
  const canVerify = holdsAny(region.roles, REALISATION_VERIFIERS);
  const opds = useResource<Opd[]>(regionPath(region.regionId, '/performance/opds'));
  const query = `year=${year}&quarter=${quarter}${picked.opdId ? `&opdId=${picked.opdId}` : ''}`;
  const table = useResource<Line[]>(
    regionPath(region.regionId, year ? `/performance/realisation?${query}` : ''),
  );
  const calendar = useResource<Calendar>(
    regionPath(region.regionId, year ? `/performance/realisation/calendar?year=${year}` : ''),
  );
  const n = (x: number | null) =>
    x === null
      ? '–'
      : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(x);
  const keyOf = (l: Line) =>
    regionPath(region.regionId, `/performance/realisation/${l.indicatorId}/${l.year}/${l.quarter}`);
  const reload = () => {
    table.reload();
    calendar.reload();
  };
  async function act(line: Line, step: 'submit' | 'accept') {
    setError(undefined);
    try {
      await request('POST', `${keyOf(line)}/${step}`, {});
      reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('realisation.title')}</h1>
          <p className="muted">{t('realisation.subtitle', { region: region.name })}</p>
        </div>
      </div>
      <div className="filters">
        <Field label={t('realisation.year')}>
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => setPicked((p) => ({ ...p, year: Number(e.target.value) || undefined }))}
            data-testid="realisation-year"
          />
        </Field>
        <Field label={t('realisation.quarter')}>
          <select
            value={quarter}
            onChange={(e) => setPicked((p) => ({ ...p, quarter: Number(e.target.value) }))}
            data-testid="realisation-quarter"
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t('realisation.tw', { quarter: String(q) })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('realisation.opd')}>
          <select
            value={picked.opdId ?? ''}
            onChange={(e) => setPicked((p) => ({ ...p, opdId: Number(e.target.value) || undefined }))}
            data-testid="realisation-opd"
          >
            <option value="">{t('realisation.allOpd')}</option>
            {(opds.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ProblemAlert error={error ?? table.error} />
      {!table.data && !table.error && <Loading />}
      {table.data && table.data.length === 0 && <p className="empty">{t('realisation.none')}</p>}
      {table.data && table.data.length > 0 && (
        <div className="table-wrap realisation-table">
          <table className="table table-stacked" data-testid="realisation-table">
            <thead>
              <tr>
                <th>{t('realisation.indicator')}</th>
                <th className="num">{t('realisation.target')}</th>
                <th className="num">{t('realisation.realisation')}</th>
                <th className="num">{t('realisation.capaian')}</th>
                <th>{t('realisation.status')}</th>
                <th>{t('realisation.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {table.data.map((l) => {
                const open =
                  l.source === 'manual' && ['not_reported', 'draft', 'returned'].includes(l.status);
                return (
                  <tr key={l.indicatorId} data-testid="realisation-row" data-status={l.status}>
                    <td>
                      <strong>{l.indicatorName}</strong> <span className="muted small">({l.unit})</span>
                      <div>
                        <span className="badge">{l.opdShortName}</span>
                        {l.ownerOpdIds.length > 1 && (
                          <span className="badge">{t('realisation.crosscutting')}</span>
                        )}
                      </div>
                    </td>
                    <td className="num">
                      <span className="stacked-label">{t('realisation.target')}</span>
                      {l.targetUpper === null ? n(l.target) : `${n(l.target)}–${n(l.targetUpper)}`}
                    </td>
                    <td className="num" data-testid="realisation-value">
                      <span className="stacked-label">{t('realisation.realisation')}</span>
                      {n(l.realisation)}
                      {l.source === 'revenue_pad' && (
                        <div>
                          <span className="badge badge-ok" data-testid="realisation-source">
                            {t('realisation.fromLedger')}
                          </span>
                        </div>
                      )}
                    </td>
                    <td className="num" data-testid="realisation-capaian">
                      <span className="stacked-label">{t('realisation.capaian')}</span>
                      {l.capaianPercent === null ? '–' : `${n(l.capaianPercent)}%`}
                    </td>
                    <td>
                      <span
                        className={`badge ${l.status === 'accepted' ? 'badge-ok' : l.status === 'returned' ? 'badge-warn' : ''}`}
                        data-testid="realisation-status"
                      >
                        {t(`realisation.status.${l.status}`)}
                      </span>
                      {l.late && (
                        <span className="badge badge-warn" data-testid="realisation-late">
                          {t(`realisation.punctuality.${l.punctuality}`)}
                        </span>
                      )}
                      {l.source === 'manual' && (
                        <div className="muted small">
                          {t('realisation.due', { date: formatDate(l.dueDate, lang) })}
                        </div>
                      )}
                      {l.decisionNote && l.status === 'returned' && (
                        <div className="small" data-testid="realisation-note">
                          {t('realisation.returnedBecause', { note: l.decisionNote })}
                        </div>
                      )}
                      {l.evidence.length > 0 && (
                        <div className="small" data-testid="realisation-evidence">
                          {l.evidence.map((e) => (
                            <div key={e.id}>
                              <a
                                href={documentUrl(region.regionId, `/performance/evidence/${e.id}`)}
                                target="_blank"
                                rel="noreferrer"
                              >
                                {e.fileName}
                              </a>
                            </div>
                          ))}
                        </div>
                      )}
                    </td>
                    <td className="actions">
                      {canWrite && open && (
                        <button type="button" className="button button-small" onClick={() => setEditing(l)}>
                          {t('realisation.enter')}
                        </button>
                      )}
                      {canWrite && open && l.status !== 'not_reported' && (
                        <button
                          type="button"
                          className="button button-small button-primary"
                          onClick={() => act(l, 'submit')}
                        >
                          {t('realisation.submit')}
                        </button>
                      )}
                      {canVerify && l.status === 'submitted' && (
                        <>
                          <button
                            type="button"
                            className="button button-small button-primary"
                            onClick={() => act(l, 'accept')}
                          >
                            {t('realisation.accept')}
                          </button>
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => setReturning(l)}
                          >
                            {t('realisation.return')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {calendar.data && <CalendarPanel calendar={calendar.data} />}
      {editing && (
        <EntryDialog
          line={editing}
          path={keyOf(editing)}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
      {returning && (
        <ReturnDialog
          line={returning}
          path={keyOf(returning)}
          onClose={() => setReturning(undefined)}
          onSaved={() => {
            setReturning(undefined);
            reload();
          }}
        />
      )}
    </>
  );
}

function EntryDialog({
  line,
  path,
  onClose,
  onSaved,
}: {
  line: Line;
  path: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(line.realisation === null ? '' : String(line.realisation));
  const [note, setNote] = useState(line.note ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await request('PUT', path, {
        value: Number(value.replace(',', '.')),
        note: note.trim() || null,
        evidence: await Promise.all(
          files.map(async (f) => ({ fileName: f.name, contentBase64: await base64Of(f) })),
        ),
      });
      onSaved();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }
  return (
    <Dialog
      title={t('realisation.enterTitle', { quarter: String(line.quarter), year: String(line.year) })}
      onClose={onClose}
    >
      <form className="form" onSubmit={save} data-testid="realisation-form">
        <p className="muted small">
          {line.indicatorName} ({line.unit})
        </p>
        <Field label={t('realisation.value', { unit: line.unit })}>
          <input
            inputMode="decimal"
            required
            value={value}
            onChange={(e) => setValue(e.target.value)}
            data-testid="realisation-input"
          />
        </Field>
        <Field label={t('realisation.note')}>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        </Field>
        <Field label={t('realisation.evidence')} hint={t('realisation.evidenceHint')}>
          <input
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
            data-testid="realisation-file"
          />
        </Field>
        <ProblemAlert error={error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="realisation-save"
          >
            {t('realisation.saveDraft')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ReturnDialog({
  line,
  path,
  onClose,
  onSaved,
}: {
  line: Line;
  path: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  async function send(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await request('POST', `${path}/return`, { note });
      onSaved();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <Dialog title={t('realisation.returnTitle')} onClose={onClose}>
      <form className="form" onSubmit={send} data-testid="realisation-return-form">
        <p className="muted small">{line.indicatorName}</p>
        <Field label={t('realisation.returnNote')}>
          <textarea required value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        </Field>
        <ProblemAlert error={error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('realisation.return')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CalendarPanel({ calendar }: { calendar: Calendar }) {
  const { t, lang } = useI18n();
  return (
    <section
      className="panel realisation-calendar"
      aria-label={t('realisation.calendar')}
      data-testid="realisation-calendar"
    >
      <h2>{t('realisation.calendarTitle', { year: String(calendar.year) })}</h2>
      <div className="table-wrap">
        <table className="table table-stacked">
          <thead>
            <tr>
              <th>{t('realisation.quarter')}</th>
              <th>{t('realisation.dueDate')}</th>
              <th>{t('realisation.opdStanding')}</th>
            </tr>
          </thead>
          <tbody>
            {calendar.quarters.map((q) => (
              <tr key={q.quarter} data-testid="calendar-quarter">
                <td>
                  <strong>{t('realisation.tw', { quarter: String(q.quarter) })}</strong>
                </td>
                <td>
                  {formatDate(q.dueDate, lang)}
                  <div className="muted small">{t(`realisation.deadlineSource.${q.source}`)}</div>
                </td>
                <td>
                  {q.opds.map((o) => (
                    <span
                      key={o.opdId}
                      className={`badge ${o.standing === 'on_time' ? 'badge-ok' : o.standing === 'not_due' ? '' : 'badge-warn'}`}
                      data-testid="calendar-opd"
                      title={o.opdName}
                    >
                      {o.opdShortName}: {t(`realisation.punctuality.${o.standing}`)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
