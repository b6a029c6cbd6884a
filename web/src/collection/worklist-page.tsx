import { useState } from 'react';
import type { collectionLetterSchema, worklistSchema } from '../../../src/collection/collection-routes';
import { LETTER_ISSUERS } from '../../../src/collection/roles';
import { holdsAny } from '../../../src/platform/roles';
import { ActionDialog } from '../shell/action-dialog';
import { documentUrl, type RegionGrant, regionPath, request, type WireOf } from '../shell/api';
import { Banner } from '../shell/banner';
import { FilterTabs } from '../shell/filter-tabs';
import { formatDate, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Worklist = WireOf<typeof worklistSchema>;
type Item = Worklist['items'][number];
type Letter = WireOf<typeof collectionLetterSchema>;
type Stage = Worklist['stage'];

const STAGES: Stage[] = ['due_teguran', 'teguran', 'due_paksa', 'paksa', 'closed'];

/**
 * The officer's collection worklist: overdue bills by stage (due for a Surat Teguran, teguran running, due for a Surat
 * Paksa, surat paksa issued, closed), the letter each stage calls for behind the app's confirmation, the letters' PDFs,
 * and what the letters brought in.
 */
export function WorklistPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const [stage, setStage] = useState<Stage>('due_teguran');
  const [action, setAction] = useState<{ item: Item; kind: 'teguran' | 'paksa' }>();
  const [issued, setIssued] = useState<Letter>();
  const list = useResource<Worklist>(regionPath(region.regionId, `/collection/worklist?stage=${stage}`));
  const w = list.data;
  const mayIssue = holdsAny(region.roles, LETTER_ISSUERS);
  const pdf = (id: number) => documentUrl(region.regionId, `/collection/letters/${id}/pdf`);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('worklist.title')}</h1>
          {w && (
            <p className="muted">
              {t('worklist.subtitle', {
                teguranDays: w.settings.teguranAfterDays,
                paksaDays: w.settings.paksaAfterDays,
              })}
            </p>
          )}
        </div>
      </div>
      {issued && (
        <Banner tone="success" testId="letter-issued">
          {t('worklist.issued', { number: issued.number })}{' '}
          <PdfLink href={pdf(issued.id)} label={t('worklist.openPdf', { number: issued.number })} />
        </Banner>
      )}
      <FilterTabs
        label={t('worklist.stages')}
        value={stage}
        onChange={(s) => setStage(s)}
        options={STAGES.map((s) => ({
          value: s,
          label: `${t(`worklist.stage.${s}`)}${w ? ` (${w.counts[s]})` : ''}`,
        }))}
      />
      <ProblemAlert error={list.error} />
      {!w && !list.error && <Loading />}
      {w?.items.length === 0 && <p className="empty">{t('worklist.none')}</p>}
      {w && w.items.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked" data-testid="worklist">
            <thead>
              <tr>
                <th>{t('worklist.bill')}</th>
                <th className="num">{t('worklist.owedToday')}</th>
                <th>{t('worklist.letters')}</th>
                <th>
                  <span className="sr-only">{t('worklist.letters')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {w.items.map((x) => (
                <tr key={x.billId} data-testid="worklist-row">
                  <td>
                    <strong>{x.taxpayerName}</strong>
                    <div className="muted small">
                      {x.taxName}
                      {x.period && ` · ${formatPeriod(x.period, lang)}`}
                    </div>
                    <div className="mono small nowrap">{x.billingCodeDisplay}</div>
                    <div className="muted small">
                      {t('aging.dueDate')} {formatDate(x.dueDate, lang)}
                    </div>
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('worklist.owedToday')}</span>
                    {x.total === null ? t(`status.${x.status}`) : <strong>{formatRupiah(x.total)}</strong>}
                  </td>
                  <td>
                    {x.teguran && (
                      <div className="collection-letter">
                        <PdfLink
                          href={pdf(x.teguran.id)}
                          label={t('worklist.teguranOn', {
                            number: x.teguran.number,
                            date: formatDate(x.teguran.issuedOn, lang),
                          })}
                        />
                        {!x.paksa && x.status === 'open' && (
                          <div className="muted small">
                            {t('worklist.payBy', { date: formatDate(x.teguran.deadline, lang) })}
                          </div>
                        )}
                      </div>
                    )}
                    {x.paksa && (
                      <div className="collection-letter">
                        <PdfLink
                          href={pdf(x.paksa.id)}
                          label={t('worklist.paksaOn', {
                            number: x.paksa.number,
                            date: formatDate(x.paksa.issuedOn, lang),
                          })}
                        />
                      </div>
                    )}
                  </td>
                  <td className="actions">
                    {mayIssue && stage === 'due_teguran' && (
                      <button
                        type="button"
                        className="button button-primary"
                        data-testid="issue-teguran"
                        onClick={() => setAction({ item: x, kind: 'teguran' })}
                      >
                        {t('worklist.issueTeguran')}
                      </button>
                    )}
                    {mayIssue && stage === 'due_paksa' && (
                      <button
                        type="button"
                        className="button button-danger"
                        data-testid="issue-paksa"
                        onClick={() => setAction({ item: x, kind: 'paksa' })}
                      >
                        {t('worklist.issuePaksa')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {w && (
        <section className="panel" aria-labelledby="brought-in-title" data-testid="brought-in">
          <h2 id="brought-in-title">{t('worklist.broughtIn')}</h2>
          <ul className="plain-list">
            {w.broughtIn.map((b) => (
              <li key={b.kind}>
                {t('worklist.broughtInLine', {
                  kind: t(`worklist.kind.${b.kind}`),
                  letters: b.letters,
                  paid: b.billsPaid,
                  amount: formatRupiah(b.amount),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {action && (
        <ActionDialog
          title={t(action.kind === 'teguran' ? 'worklist.confirmTeguran' : 'worklist.confirmPaksa', {
            name: action.item.taxpayerName,
          })}
          intro={t('worklist.confirmIntro')}
          summary={[
            { label: t('worklist.bill'), value: action.item.billingCodeDisplay },
            { label: t('aging.principal'), value: formatRupiah(action.item.principal ?? 0) },
            { label: t('aging.interest'), value: formatRupiah(action.item.interest ?? 0) },
            {
              label: t('worklist.owedToday'),
              value: formatRupiah(action.item.total ?? 0),
              main: true,
              testId: 'confirm-amount',
            },
          ]}
          consequence={t('worklist.consequence')}
          danger={action.kind === 'paksa'}
          submitLabel={t(action.kind === 'teguran' ? 'worklist.issueTeguran' : 'worklist.issuePaksa')}
          testId="letter-form"
          onClose={() => setAction(undefined)}
          onSubmit={async () => {
            const letter = await request<Letter>(
              'POST',
              regionPath(
                region.regionId,
                `/collection/bills/${action.item.billId}/${action.kind === 'teguran' ? 'teguran' : 'surat-paksa'}`,
              ),
            );
            setAction(undefined);
            setIssued(letter);
            list.reload();
          }}
        />
      )}
    </>
  );
}
