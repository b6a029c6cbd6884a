import { type FormEvent, useState } from 'react';
import type {
  contractSchema,
  roundDetailSchema,
  roundSchema,
} from '../../../src/performance/contracts/contract-schemas';
import {
  CONTRACT_BIDDERS,
  CONTRACT_NEGOTIATORS,
  CONTRACT_ROUND_OPENERS,
  CONTRACT_SIGNERS,
} from '../../../src/performance/roles';
import type { opdIndicatorsSchema } from '../../../src/performance/tree/tree-schemas';
import { holdsAny } from '../../../src/platform/roles';
import { documentUrl, regionPath, request, type WireOf } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { Field } from '../shell/field';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';

type Round = WireOf<typeof roundSchema>;
type RoundDetail = WireOf<typeof roundDetailSchema>;
type Contract = WireOf<typeof contractSchema>;
type OpdIndicators = WireOf<typeof opdIndicatorsSchema>;
type ItemDraft = Omit<Contract['items'][number], 'indicatorName' | 'unit' | 'polarity'> & { name: string };

/**
 * Lelang Kinerja: a year's round, each OPD's contract status, one contract's items and offer history, and what the
 * reader's role may do next: the planner opens the round; an OPD's head bids, accepts a counter-offer and signs; the
 * leadership (or the planner for it) counter-offers and accepts a bid; the pimpinan signs. Once agreed, the
 * Perjanjian Kinerja and the integrity pact download as PDFs.
 */
export function ContractsPage({ region }: RegionPageProps) {
  const { t, lang } = useI18n();
  const today = useToday(region.regionId);
  const [chosen, setChosen] = useState('');
  const year = chosen || today?.slice(0, 4) || '';
  const rounds = useResource<Round[]>(regionPath(region.regionId, '/performance/contract-rounds'));
  const known = rounds.data?.some((r) => String(r.year) === year);
  const [opened, setOpened] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canOpen = holdsAny(region.roles, CONTRACT_ROUND_OPENERS);

  async function openRound() {
    setError(null);
    try {
      await request('POST', regionPath(region.regionId, '/performance/contract-rounds'), {
        year: Number(year),
      });
      rounds.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('contracts.title')}</h1>
          {year && <p className="muted">{t('contracts.subtitle', { region: region.name, year })}</p>}
        </div>
      </div>
      <div className="filters">
        <Field label={t('contracts.year')}>
          <input
            type="number"
            name="year"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => {
              setChosen(e.target.value);
              setOpened(null);
            }}
            data-testid="contracts-year"
          />
        </Field>
      </div>
      <ProblemAlert error={rounds.error ?? error} />
      {!rounds.data && !rounds.error && <Loading />}
      {rounds.data && !known && year && (
        <section className="panel">
          <p className="empty" data-testid="no-round">
            {t('contracts.noRound', { year })}
          </p>
          {canOpen && (
            <button type="button" className="button" onClick={openRound} data-testid="open-round">
              {t('contracts.open', { year })}
            </button>
          )}
        </section>
      )}
      {known && (
        <RoundView
          key={year}
          regionId={region.regionId}
          year={year}
          roles={region.roles}
          timeZone={region.timeZone}
          lang={lang}
          opened={opened}
          onOpen={setOpened}
        />
      )}
    </>
  );
}

function RoundView({
  regionId,
  year,
  roles,
  timeZone,
  lang,
  opened,
  onOpen,
}: {
  regionId: string;
  year: string;
  roles: RegionPageProps['region']['roles'];
  timeZone: string;
  lang: 'id' | 'en';
  opened: number | null;
  onOpen(opdId: number | null): void;
}) {
  const { t } = useI18n();
  const round = useResource<RoundDetail>(regionPath(regionId, `/performance/contract-rounds/${year}`));
  const data = round.data;
  const row = data?.opds.find((o) => o.opdId === opened);
  return (
    <>
      <ProblemAlert error={round.error} />
      {!data && !round.error && <Loading />}
      {data && (
        <section className="panel">
          <p className="muted small">
            {t('contracts.opened', { at: formatDateTime(data.openedAt, timeZone, lang), by: data.openedBy })}
          </p>
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="round-opds">
              <thead>
                <tr>
                  <th>{t('contracts.opd')}</th>
                  <th>{t('contracts.status')}</th>
                  <th>{t('contracts.head')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {data.opds.map((o) => (
                  <tr key={o.opdId} data-testid="round-opd" data-opd={o.shortName}>
                    <td>{o.name}</td>
                    <td>
                      <span
                        className={`badge ${o.contract?.status === 'signed' ? 'badge-ok' : o.contract ? 'badge-warn' : ''}`}
                        data-testid="contract-status"
                      >
                        {o.contract ? t(`contracts.status.${o.contract.status}`) : t('contracts.none')}
                      </span>
                    </td>
                    <td>{o.contract?.headName ?? ''}</td>
                    <td className="actions">
                      {(o.contract || holdsAny(roles, CONTRACT_BIDDERS)) && (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => onOpen(o.opdId)}
                          data-testid="open-contract"
                        >
                          {o.contract ? t('contracts.show') : t('contracts.bid')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {row?.contract && (
        <ContractLoader
          key={`${row.opdId}:${row.contract.id}`}
          contractId={row.contract.id}
          regionId={regionId}
          year={year}
          opd={row}
          roles={roles}
          timeZone={timeZone}
          lang={lang}
          onChanged={round.reload}
        />
      )}
      {row && !row.contract && (
        <ContractView
          key={`${row.opdId}:new`}
          contract={undefined}
          onReload={round.reload}
          regionId={regionId}
          year={year}
          opd={row}
          roles={roles}
          timeZone={timeZone}
          lang={lang}
          onChanged={round.reload}
        />
      )}
    </>
  );
}

const emptyDraft = (i: OpdIndicators['indicators'][number], weight: number): ItemDraft => {
  const target = i.target?.target ?? i.baseline ?? 0;
  return {
    indicatorId: i.id,
    name: i.name,
    baseline: i.baseline,
    endPoint: target,
    target,
    targetUpper: i.target?.targetUpper ?? (i.polarity === 'range' ? target : null),
    quarters: i.target?.quarters ?? [target, target, target, target],
    timeline: null,
    budget: 0,
    weight,
  };
};

interface ContractProps {
  regionId: string;
  year: string;
  opd: RoundDetail['opds'][number];
  roles: RegionPageProps['region']['roles'];
  timeZone: string;
  lang: 'id' | 'en';
  onChanged(): void;
}

/** An OPD's contract with its offers, read, then shown by ContractView. */
function ContractLoader({ contractId, ...props }: ContractProps & { contractId: number }) {
  const contract = useResource<Contract>(regionPath(props.regionId, `/performance/contracts/${contractId}`));
  return (
    <>
      <ProblemAlert error={contract.error} />
      {!contract.data && !contract.error && <Loading />}
      {contract.data && <ContractView {...props} contract={contract.data} onReload={contract.reload} />}
    </>
  );
}

/** A contract (or, with none yet, the OPD's indicators to bid on) and what the reader may do with it. */
function ContractView({
  regionId,
  year,
  opd,
  roles,
  timeZone,
  lang,
  onChanged,
  contract: c,
  onReload,
}: ContractProps & { contract: Contract | undefined; onReload(): void }) {
  const { t } = useI18n();
  const indicators = useResource<OpdIndicators>(
    regionPath(regionId, `/performance/opds/${opd.opdId}/indicators?year=${year}`),
  );
  const [draft, setDraft] = useState<ItemDraft[] | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const status = c?.status;
  const bidder = holdsAny(roles, CONTRACT_BIDDERS);
  const negotiator = holdsAny(roles, CONTRACT_NEGOTIATORS);
  const negotiating = !c || status === 'bidding' || status === 'countered';
  const canBid = bidder && negotiating;
  const canCounter = negotiator && !!c && negotiating;
  const canAcceptAs =
    c && bidder && status === 'countered'
      ? 'opd'
      : c && negotiator && status === 'bidding'
        ? 'pimpinan'
        : null;
  const signAs =
    c && (status === 'agreed' || status === 'signed')
      ? bidder && !c.opdSignedAt
        ? 'opd'
        : holdsAny(roles, CONTRACT_SIGNERS) && !c.pimpinanSignedAt
          ? 'pimpinan'
          : null
      : null;
  const n = (x: number | null) =>
    x === null
      ? '-'
      : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(x);

  function startOffer() {
    if (c && c.items.length > 0)
      setDraft(
        c.items.map(({ indicatorName, unit: _u, polarity: _p, ...i }) => ({ ...i, name: indicatorName })),
      );
    else {
      const list = indicators.data?.indicators ?? [];
      const w = Math.floor(10_000 / Math.max(1, list.length)) / 100;
      setDraft(
        list.map((i, k) =>
          emptyDraft(i, k === list.length - 1 ? Math.round((100 - w * (list.length - 1)) * 100) / 100 : w),
        ),
      );
    }
  }

  async function act(path: string, body: unknown) {
    setError(null);
    try {
      await request('POST', regionPath(regionId, path), body);
      setDraft(null);
      setNote('');
      onReload();
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  function submitOffer(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const items = draft.map(({ name: _n, ...i }) => i);
    const body = { items, note: note.trim() || null };
    if (!c || (bidder && !negotiator))
      act(`/performance/contract-rounds/${year}/opds/${opd.opdId}/bids`, body);
    else act(`/performance/contracts/${c.id}/counter-offers`, body);
  }

  const set = (k: number, change: Partial<ItemDraft>) =>
    setDraft((d) => (d ? d.map((item, i) => (i === k ? { ...item, ...change } : item)) : d));
  const num = (v: string) => (v.trim() === '' ? 0 : Number(v.replace(',', '.')));

  return (
    <section className="panel" data-testid="contract" aria-label={opd.name}>
      <h2>
        {opd.name} · {year}
      </h2>
      <ProblemAlert error={indicators.error ?? error} />
      {c && (
        <>
          <p>
            <span
              className={`badge ${status === 'signed' ? 'badge-ok' : 'badge-warn'}`}
              data-testid="detail-status"
            >
              {t(`contracts.status.${c.status}`)}
            </span>{' '}
            {t('contracts.head')}: {c.headName}
          </p>
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="contract-items">
              <thead>
                <tr>
                  <th>{t('contracts.indicator')}</th>
                  <th>{t('contracts.baseline')}</th>
                  <th>{t('contracts.target')}</th>
                  <th>{t('contracts.quarters')}</th>
                  <th>{t('contracts.endPoint')}</th>
                  <th>{t('contracts.budget')}</th>
                  <th>{t('contracts.weight')}</th>
                </tr>
              </thead>
              <tbody>
                {c.items.map((i) => (
                  <tr key={i.indicatorId} data-testid="contract-item">
                    <td>
                      {i.indicatorName} <span className="muted small">({i.unit})</span>
                    </td>
                    <td>
                      <span className="muted small contract-cell-label">{t('contracts.baseline')}: </span>
                      {n(i.baseline)}
                    </td>
                    <td data-testid="item-target">
                      <span className="muted small contract-cell-label">{t('contracts.target')}: </span>
                      {i.targetUpper === null ? n(i.target) : `${n(i.target)}–${n(i.targetUpper)}`}
                    </td>
                    <td>
                      <span className="muted small contract-cell-label">{t('contracts.quarters')}: </span>
                      {i.quarters.map((q) => n(q)).join(' / ')}
                    </td>
                    <td>
                      <span className="muted small contract-cell-label">{t('contracts.endPoint')}: </span>
                      {n(i.endPoint)}
                    </td>
                    <td>
                      <span className="muted small contract-cell-label">{t('contracts.budget')}: </span>
                      {n(i.budget)}
                    </td>
                    <td>
                      <span className="muted small contract-cell-label">{t('contracts.weight')}: </span>
                      {n(i.weight)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="contract-signatures">
            <dt>{t('contracts.signatureOpd')}</dt>
            <dd data-testid="signature-opd">
              {c.opdSignedAt
                ? t('contracts.signedBy', {
                    name: c.opdSignerName ?? '',
                    at: formatDateTime(c.opdSignedAt, timeZone, lang),
                  })
                : t('contracts.unsigned')}
            </dd>
            <dt>{t('contracts.signaturePimpinan')}</dt>
            <dd data-testid="signature-pimpinan">
              {c.pimpinanSignedAt
                ? t('contracts.signedBy', {
                    name: c.pimpinanSignerName ?? '',
                    at: formatDateTime(c.pimpinanSignedAt, timeZone, lang),
                  })
                : t('contracts.unsigned')}
            </dd>
          </dl>
          {c.agreedAt && (
            <p className="chips">
              <PdfLink
                href={documentUrl(regionId, `/performance/contracts/${c.id}/performance-agreement/pdf`)}
                label={t('contracts.pk')}
              />{' '}
              <PdfLink
                href={documentUrl(regionId, `/performance/contracts/${c.id}/integrity-pact/pdf`)}
                label={t('contracts.pact')}
              />
            </p>
          )}
          <h3>{t('contracts.history')}</h3>
          <ol className="contract-offers" data-testid="offer-history">
            {c.offers.map((o) => (
              <li key={o.version} data-testid="offer">
                <div>
                  {t('contracts.offer', {
                    version: String(o.version),
                    side: t(`contracts.side.${o.side}`),
                    by: o.offeredBy,
                    at: formatDateTime(o.offeredAt, timeZone, lang),
                  })}
                </div>
                <div className="muted small">
                  {o.items.map((i) => n(i.target)).join(' · ')}
                  {o.note && ` — ${o.note}`}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="filter-actions">
        {!draft && (canBid || canCounter) && (c || indicators.data) && (
          <button type="button" className="button" onClick={startOffer} data-testid="start-offer">
            {!c ? t('contracts.bid') : canCounter && !bidder ? t('contracts.counter') : t('contracts.revise')}
          </button>
        )}
        {!draft && canAcceptAs && (
          <button
            type="button"
            className="button"
            onClick={() => act(`/performance/contracts/${c?.id}/accept`, { side: canAcceptAs })}
            data-testid="accept"
          >
            {t('contracts.accept')}
          </button>
        )}
        {!draft && signAs && (
          <button
            type="button"
            className="button"
            onClick={() => act(`/performance/contracts/${c?.id}/sign`, { side: signAs })}
            data-testid="sign"
          >
            {signAs === 'opd' ? t('contracts.signOpd') : t('contracts.signPimpinan')}
          </button>
        )}
      </div>
      {draft && (
        <form className="form" onSubmit={submitOffer} data-testid="offer-form">
          {draft.map((item, k) => (
            <fieldset key={item.indicatorId} className="contract-item-edit" data-testid="offer-item">
              <legend>{item.name}</legend>
              <div className="form-grid">
                <Field label={t('contracts.baseline')}>
                  <input
                    inputMode="decimal"
                    value={item.baseline ?? ''}
                    onChange={(e) => set(k, { baseline: e.target.value === '' ? null : num(e.target.value) })}
                  />
                </Field>
                <Field label={t('contracts.target')}>
                  <input
                    inputMode="decimal"
                    value={item.target}
                    data-testid="offer-target"
                    onChange={(e) => {
                      const v = num(e.target.value);
                      set(k, { target: v, quarters: [...item.quarters.slice(0, 3), v] });
                    }}
                  />
                </Field>
                {[0, 1, 2].map((q) => (
                  <Field key={q} label={t('contracts.tw', { q: String(q + 1) })}>
                    <input
                      inputMode="decimal"
                      value={item.quarters[q] ?? 0}
                      onChange={(e) =>
                        set(k, { quarters: item.quarters.map((x, i) => (i === q ? num(e.target.value) : x)) })
                      }
                    />
                  </Field>
                ))}
                <Field label={t('contracts.endPoint')}>
                  <input
                    inputMode="decimal"
                    value={item.endPoint}
                    onChange={(e) => set(k, { endPoint: num(e.target.value) })}
                  />
                </Field>
                <Field label={t('contracts.budget')}>
                  <input
                    inputMode="numeric"
                    value={item.budget}
                    onChange={(e) => set(k, { budget: Math.round(num(e.target.value)) })}
                  />
                </Field>
                <Field label={t('contracts.weight')}>
                  <input
                    inputMode="decimal"
                    value={item.weight}
                    onChange={(e) => set(k, { weight: num(e.target.value) })}
                  />
                </Field>
                <Field label={t('contracts.timeline')}>
                  <input
                    value={item.timeline ?? ''}
                    onChange={(e) =>
                      set(k, { timeline: e.target.value.trim() === '' ? null : e.target.value })
                    }
                  />
                </Field>
              </div>
            </fieldset>
          ))}
          <Field label={t('contracts.note')}>
            <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="offer-note" />
          </Field>
          <div className="filter-actions">
            <button type="submit" className="button" data-testid="send-offer">
              {t('contracts.send')}
            </button>
            <button type="button" className="button button-small" onClick={() => setDraft(null)}>
              {t('contracts.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
