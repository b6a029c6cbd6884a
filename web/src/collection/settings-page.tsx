import { type FormEvent, useState } from 'react';
import { COLLECTION_SETTERS } from '../../../src/collection/roles';
import type { collectionSettingsSchema } from '../../../src/collection/settings/settings-routes';
import { holdsAny } from '../../../src/platform/roles';
import { ApiProblem, regionPath, request, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Field } from '../shell/field';
import { formatDate, formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Settings = WireOf<typeof collectionSettingsSchema>;
type Row = Settings['inForce'];

const FIELDS = ['teguranAfterDays', 'paksaAfterDays', 'writeOffYears', 'perdaRef'] as const;
type Draft = { effectiveFrom: string } & Record<(typeof FIELDS)[number], string>;

const STANDING_BADGE = { in_force: 'badge-ok', scheduled: 'badge-info', superseded: '' } as const;

/**
 * Pengaturan penagihan: the region's collection settings in force today, every row recorded (when it counts, who
 * recorded it, whether it is in force, superseded or waiting for its day), and for its administrator and head of
 * Bapenda the form that records new settings from a day on — a new row, never a change to one.
 */
export function CollectionSettingsPage({ region }: RegionPageProps) {
  const { t, lang } = useI18n();
  const settings = useResource<Settings>(regionPath(region.regionId, '/collection/settings'));
  const s = settings.data;
  const canRecord = holdsAny(region.roles, COLLECTION_SETTERS);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="muted">{t('settings.subtitle')}</p>
        </div>
      </div>
      <ProblemAlert error={settings.error} />
      {!s && !settings.error && <Loading />}
      {s && (
        <>
          <section
            className="panel"
            aria-labelledby="settings-in-force-title"
            data-testid="settings-in-force"
          >
            <h2 id="settings-in-force-title">
              {t('settings.inForce')}{' '}
              <span className="muted small">
                {s.inForce.effectiveFrom
                  ? t('settings.inForceSince', { date: s.inForce.effectiveFrom })
                  : t('settings.defaults')}
              </span>
            </h2>
            <SettingsFacts row={s.inForce} />
          </section>
          {canRecord && (
            <SettingsForm
              regionId={region.regionId}
              settings={s}
              onSaved={(next) => settings.replace(next)}
            />
          )}
          <section className="panel" aria-labelledby="settings-history-title">
            <h2 id="settings-history-title">{t('settings.history')}</h2>
            {s.history.length === 0 ? (
              <p className="empty">{t('settings.none')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table table-stacked settings-history" data-testid="settings-history">
                  <thead>
                    <tr>
                      <th>{t('settings.effectiveFrom')}</th>
                      <th>{t('settings.col.teguran')}</th>
                      <th>{t('settings.col.paksa')}</th>
                      <th>{t('settings.col.years')}</th>
                      <th>{t('settings.col.perda')}</th>
                      <th>{t('settings.recorded')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.history.map((h) => (
                      <tr
                        key={h.effectiveFrom}
                        data-testid="settings-row"
                        data-effective-from={h.effectiveFrom}
                      >
                        <td>
                          <strong className="nowrap">{formatDate(h.effectiveFrom, lang)}</strong>{' '}
                          <span className={`badge ${STANDING_BADGE[h.standing]}`}>
                            {t(`settings.standing.${h.standing}`)}
                          </span>
                        </td>
                        <td>
                          <span className="stacked-label">{t('settings.col.teguran')}</span>
                          {t('settings.teguranValue', { count: h.teguranAfterDays })}
                        </td>
                        <td>
                          <span className="stacked-label">{t('settings.col.paksa')}</span>
                          {t('settings.paksaValue', { count: h.paksaAfterDays })}
                        </td>
                        <td className="nowrap">
                          <span className="stacked-label">{t('settings.col.years')}</span>
                          {t('settings.yearsValue', { count: h.writeOffYears })}
                        </td>
                        <td className="settings-perda">
                          <span className="stacked-label">{t('settings.col.perda')}</span>
                          {h.perdaRef ?? <span className="muted">{t('settings.perdaGeneric')}</span>}
                        </td>
                        <td>
                          <span className="stacked-label">{t('settings.recorded')}</span>
                          {formatDateTime(h.recordedAt, region.timeZone, lang)}
                          <div className="muted small">
                            {h.recordedBy
                              ? t('settings.recordedBy', { name: h.recordedBy })
                              : t('settings.system')}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** The figures of one row, in words. */
function SettingsFacts({ row }: { row: Row }) {
  const { t } = useI18n();
  return (
    <dl className="facts compact">
      <div>
        <dt>{t('settings.teguranAfterDays')}</dt>
        <dd data-testid="in-force-teguran">{t('settings.daysValue', { count: row.teguranAfterDays })}</dd>
      </div>
      <div>
        <dt>{t('settings.paksaAfterDays')}</dt>
        <dd data-testid="in-force-paksa">{t('settings.daysValue', { count: row.paksaAfterDays })}</dd>
      </div>
      <div>
        <dt>{t('settings.writeOffYears')}</dt>
        <dd data-testid="in-force-years">{t('settings.yearsValue', { count: row.writeOffYears })}</dd>
      </div>
      <div>
        <dt>{t('settings.perdaRef')}</dt>
        <dd>{row.perdaRef ?? t('settings.perdaGeneric')}</dd>
      </div>
    </dl>
  );
}

/** The next day a new row may take effect: today, unless today already has one (rows are never changed). */
function firstFreeDay(s: Settings): string {
  const taken = new Set(s.history.map((h) => h.effectiveFrom));
  let day = s.day;
  while (taken.has(day)) {
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    day = next.toISOString().slice(0, 10);
  }
  return day;
}

function draftOf(s: Settings): Draft {
  const r = s.inForce;
  return {
    effectiveFrom: firstFreeDay(s),
    teguranAfterDays: String(r.teguranAfterDays),
    paksaAfterDays: String(r.paksaAfterDays),
    writeOffYears: String(r.writeOffYears),
    perdaRef: r.perdaRef ?? '',
  };
}

/** Records new settings from a day on, starting from those in force; the server's refusal is shown by its field. */
function SettingsForm({
  regionId,
  settings,
  onSaved,
}: {
  regionId: string;
  settings: Settings;
  onSaved(next: Settings): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fieldError = (field: string) =>
    error instanceof ApiProblem ? error.errors.find((e) => e.field === field)?.message : undefined;
  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const whole = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setSaved(undefined);
    setBusy(true);
    try {
      const next = await request<Settings>('POST', regionPath(regionId, '/collection/settings'), {
        effectiveFrom: draft.effectiveFrom,
        teguranAfterDays: whole(draft.teguranAfterDays),
        paksaAfterDays: whole(draft.paksaAfterDays),
        writeOffYears: whole(draft.writeOffYears),
        perdaRef: draft.perdaRef.trim() === '' ? null : draft.perdaRef.trim(),
      });
      setSaved(draft.effectiveFrom);
      onSaved(next);
      setDraft(draftOf(next));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="panel form settings-form"
      onSubmit={submit}
      data-testid="settings-form"
      aria-labelledby="settings-form-title"
    >
      <div>
        <h2 id="settings-form-title">{t('settings.form')}</h2>
        <p className="muted small">{t('settings.formNote')}</p>
      </div>
      <div className="form-grid">
        <Field label={t('settings.effectiveFrom')} error={fieldError('effectiveFrom')}>
          <input
            name="effectiveFrom"
            type="date"
            required
            min={settings.day}
            value={draft.effectiveFrom}
            onChange={set('effectiveFrom')}
          />
        </Field>
        <Field
          label={t('settings.teguranAfterDaysUnit')}
          hint={t('settings.teguranHint')}
          error={fieldError('teguranAfterDays')}
        >
          <input
            name="teguranAfterDays"
            type="number"
            inputMode="numeric"
            required
            min={0}
            max={365}
            step={1}
            value={draft.teguranAfterDays}
            onChange={set('teguranAfterDays')}
          />
        </Field>
        <Field
          label={t('settings.paksaAfterDaysUnit')}
          hint={t('settings.paksaHint')}
          error={fieldError('paksaAfterDays')}
        >
          <input
            name="paksaAfterDays"
            type="number"
            inputMode="numeric"
            required
            min={1}
            max={365}
            step={1}
            value={draft.paksaAfterDays}
            onChange={set('paksaAfterDays')}
          />
        </Field>
        <Field
          label={t('settings.writeOffYearsUnit')}
          hint={t('settings.yearsHint')}
          error={fieldError('writeOffYears')}
        >
          <input
            name="writeOffYears"
            type="number"
            inputMode="numeric"
            required
            min={1}
            max={30}
            step={1}
            value={draft.writeOffYears}
            onChange={set('writeOffYears')}
          />
        </Field>
      </div>
      <Field label={t('settings.perdaRef')} hint={t('settings.perdaHint')} error={fieldError('perdaRef')}>
        <textarea
          name="perdaRef"
          rows={3}
          maxLength={300}
          value={draft.perdaRef}
          onChange={set('perdaRef')}
        />
      </Field>
      <ProblemAlert error={error} />
      {saved && (
        <p className="alert alert-ok" role="status" data-testid="settings-saved">
          {t('settings.saved', { date: saved })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="settings-save">
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}
