import { type FormEvent, useState } from 'react';
import { ApiProblem, type RegionGrant, regionPath, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { endedMonths, formatPeriod } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { href, routeQuery } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { useToday } from '../../shell/use-today';
import type { TaxRate } from '../config/tax-config';
import { useTaxTypes } from '../config/use-tax-types';
import type { TaxObject } from '../registry/registry';
import { useMyTaxpayers } from '../registry/use-my-taxpayers';
import { type AmountDraft, EMPTY_AMOUNT, grossOf, linesOf, ReturnAmountFields } from './return-amount-fields';
import { ReturnReceipt } from './return-receipt';
import { canAmend, type ListedReturn, type TaxReturn } from './returns';

/**
 * Masa pajak an object can be reported for: ended months from the one it opened in (two years back at most), from
 * the first month the region has a rate for its tax (the server refuses a month without one).
 */
function periodsFor(object: TaxObject, today: string, rates: readonly TaxRate[]): string[] {
  const rateSince = rates
    .filter((r) => r.taxCode === object.taxCode && r.category === object.category)
    .map((r) => r.validFrom)
    .sort()[0];
  return endedMonths(today, 24).filter(
    (p) =>
      p >= object.openedOn.slice(0, 7) &&
      (!object.closedOn || p <= object.closedOn.slice(0, 7)) &&
      // A return is taxed by the rate in force on its masa's first day.
      (rateSince === undefined || `${p}-01` >= rateSince),
  );
}

/** The return that stands for each masa of an object: its latest revision (a pembetulan replaces the one before). */
function standingReturns(returns: readonly ListedReturn[]): Map<string, ListedReturn> {
  const byPeriod = new Map<string, ListedReturn>();
  for (const r of returns) {
    const seen = byPeriod.get(r.period);
    if (!seen || r.revision > seen.revision) byPeriod.set(r.period, r);
  }
  return byPeriod;
}

/** Where a masa already filed leads: the pembetulan of its standing return, or SPTPD Saya for a draft. */
function amendPath(r: ListedReturn | undefined): string {
  return r && canAmend(r) ? `/my-returns/${r.id}/amend` : '/my-returns';
}

/**
 * The object and masa a link asked the form to open with (`#/file-return?objectId=7&period=2025-02`: "Laporkan" on
 * the taxpayer's home); either may be absent. The page is mounted afresh for each address, so this is read once.
 */
function askedInAddress(): { objectId?: number; period?: string } {
  const query = routeQuery();
  const objectId = Number(query.get('objectId'));
  const period = query.get('period') ?? '';
  return {
    ...(Number.isInteger(objectId) && objectId > 0 ? { objectId } : {}),
    ...(/^\d{4}-\d{2}$/.test(period) ? { period } : {}),
  };
}

/** Lapor SPTPD: pick an object and masa pajak, declare the omzet, see the tax, submit and get the kode bayar. */
export function FileReturnPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const mine = useMyTaxpayers(region.regionId);
  const taxTypes = useTaxTypes();
  const today = useToday(region.regionId);
  const [asked] = useState(askedInAddress);
  const [objectId, setObjectId] = useState<number | undefined>(asked.objectId);
  const [filed, setFiled] = useState<{ taxReturn: TaxReturn; objectName: string }>();

  const objects = (mine.files ?? [])
    .filter((f) => f.status === 'verified')
    .flatMap((f) => f.objects)
    .filter((o) => o.status === 'active' && taxTypes.find(o.taxCode)?.assessment === 'self');
  const object = objects.find((o) => o.id === objectId) ?? objects[0];
  const loading = (!mine.files || !taxTypes.types || !today) && !mine.error && !taxTypes.error;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('file.title')}</h1>
          <p className="muted">{t('file.subtitle')}</p>
        </div>
      </div>
      <ProblemAlert error={mine.error ?? taxTypes.error} />
      {loading && <Loading />}
      {filed && (
        <>
          <ReturnReceipt regionId={region.regionId} filed={filed.taxReturn} objectName={filed.objectName} />
          <div className="link-row">
            <a className="button" href={href('/my-returns')}>
              {t('nav.myReturns')}
            </a>
            <button type="button" className="button" onClick={() => setFiled(undefined)}>
              {t('file.another')}
            </button>
          </div>
        </>
      )}
      {!loading && !filed && objects.length === 0 && (
        <div className="empty">
          <p>{t('file.noObjects')}</p>
          <a href={href('/my-taxes')}>{t('nav.myTaxes')}</a>
        </div>
      )}
      {!loading && !filed && object && today && (
        // Keyed by the object: another object starts with its own masa, a blank amount and no error.
        <FileReturnForm
          key={object.id}
          regionId={region.regionId}
          today={today}
          objects={objects}
          object={object}
          askedPeriod={object.id === asked.objectId ? asked.period : undefined}
          nameOf={taxTypes.nameOf}
          onObject={setObjectId}
          onFiled={(taxReturn) => setFiled({ taxReturn, objectName: object.name })}
        />
      )}
    </>
  );
}

/**
 * The filing form of one object. The masa picker lists the months not yet filed first, oldest first, and defaults
 * to the earliest of them; a month already filed is marked and leads to its pembetulan instead of a second return.
 * A refusal names the masa as people say it ("November 2026") with the way to the pembetulan, and goes away when
 * another masa is chosen.
 */
function FileReturnForm({
  regionId,
  today,
  objects,
  object,
  askedPeriod,
  nameOf,
  onObject,
  onFiled,
}: {
  regionId: string;
  today: string;
  objects: TaxObject[];
  object: TaxObject;
  /** The masa the page's address asked for; the picker's own default when absent or not one it offers. */
  askedPeriod?: string | undefined;
  nameOf(code: string): string;
  onObject(id: number): void;
  onFiled(taxReturn: TaxReturn): void;
}) {
  const { t, lang } = useI18n();
  const returns = useResource<{ items: ListedReturn[] }>(
    regionPath(regionId, `/returns?objectId=${object.id}&limit=200`),
  );
  const rates = useResource<TaxRate[]>(regionPath(regionId, '/tax/rates'));
  const [period, setPeriod] = useState<string | undefined>(askedPeriod);
  const [draft, setDraft] = useState<AmountDraft>(EMPTY_AMOUNT);
  const [declared, setDeclared] = useState(false);
  const [refusal, setRefusal] = useState<{ error: unknown; period: string }>();
  const [busy, setBusy] = useState(false);

  const standing = standingReturns(returns.data?.items ?? []);
  const periods = periodsFor(object, today, rates.data ?? []);
  const unfiled = periods.filter((p) => !standing.has(p)).reverse();
  const filedPeriods = periods.filter((p) => standing.has(p));
  const chosen = period && periods.includes(period) ? period : (unfiled[0] ?? filedPeriods[0]);
  const filedReturn = chosen ? standing.get(chosen) : undefined;
  const error = refusal?.error;
  const exists = error instanceof ApiProblem && error.code === 'RETURN_EXISTS' ? refusal?.period : undefined;
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const gross = grossOf(draft);

  function choosePeriod(p: string) {
    setPeriod(p);
    setRefusal(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen || gross === null) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const taxReturn = await request<TaxReturn>(
        'POST',
        regionPath(regionId, `/taxpayers/${object.taxpayerId}/objects/${object.id}/returns`),
        { period: chosen, gross, lines: linesOf(draft), submit: true },
      );
      onFiled(taxReturn);
    } catch (err) {
      setRefusal({ error: err, period: chosen });
      // Filed meanwhile (another tab, another device): read the object's returns again so the masa is marked.
      if (err instanceof ApiProblem && err.code === 'RETURN_EXISTS') returns.reload();
    }
    setBusy(false);
  }

  return (
    <form className="panel form narrow-wide" onSubmit={submit} data-testid="file-return-form">
      {exists ? (
        <div className="alert alert-error period-notice" role="alert" data-testid="problem">
          <span>{t('file.exists', { period: formatPeriod(exists, lang) })}</span>
          <a href={href(amendPath(standing.get(exists)))} data-testid="to-amendment">
            {t('file.toAmend', { period: formatPeriod(exists, lang) })}
          </a>
        </div>
      ) : (
        <ProblemAlert error={error} />
      )}
      <Field label={t('file.object')}>
        <select name="object" value={object.id} onChange={(e) => onObject(Number(e.target.value))}>
          {objects.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} — {nameOf(o.taxCode)}
            </option>
          ))}
        </select>
      </Field>
      <ProblemAlert error={returns.error ?? rates.error} />
      {(!returns.data && !returns.error) || (!rates.data && !rates.error) ? (
        <Loading />
      ) : (
        <Field label={t('file.period')} hint={t('file.periodHint')} error={fields.period}>
          <select name="period" value={chosen ?? ''} onChange={(e) => choosePeriod(e.target.value)}>
            {unfiled.length > 0 && (
              <optgroup label={t('file.unfiledGroup')}>
                {unfiled.map((p) => (
                  <option key={p} value={p}>
                    {formatPeriod(p, lang)}
                  </option>
                ))}
              </optgroup>
            )}
            {filedPeriods.length > 0 && (
              <optgroup label={t('file.filedGroup')}>
                {filedPeriods.map((p) => (
                  <option key={p} value={p} data-filed="true">
                    {t('file.filedMark', { period: formatPeriod(p, lang) })}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
      )}
      {unfiled.length === 0 && returns.data && <p className="muted small">{t('file.allFiled')}</p>}
      {chosen && filedReturn && !exists && (
        <div className="alert alert-info period-notice" data-testid="period-filed">
          <span>
            {t(filedReturn.status === 'draft' ? 'file.draftNotice' : 'file.filedNotice', {
              period: formatPeriod(chosen, lang),
            })}
          </span>
          <a href={href(amendPath(filedReturn))} data-testid="to-amendment">
            {canAmend(filedReturn)
              ? t('file.toAmend', { period: formatPeriod(chosen, lang) })
              : t('file.toMyReturns')}
          </a>
        </div>
      )}
      {chosen && !filedReturn && (
        <>
          <ReturnAmountFields
            regionId={regionId}
            taxCode={object.taxCode}
            category={object.category}
            period={chosen}
            draft={draft}
            onChange={setDraft}
            fieldErrors={fields}
          />
          <label className="checkbox declaration">
            <input
              type="checkbox"
              name="declared"
              required
              checked={declared}
              onChange={(e) => setDeclared(e.target.checked)}
            />
            <span>{t('file.declaration')}</span>
          </label>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary button-wide"
              disabled={busy || gross === null}
            >
              {busy ? t('common.saving') : t('file.submit')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
