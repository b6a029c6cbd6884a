import { useState } from 'react';
import type { howToPaySchema } from '../../../src/payments/how-to-pay-routes';
import type { regionContactSchema } from '../../../src/platform/region-contact';
import type { taxpayerHomeSchema } from '../../../src/tax/home/taxpayer-home-routes';
import type { Bill } from '../receivables/bills';
import { documentUrl, type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';
import { useTaxTypes } from '../tax/config/use-tax-types';

type TaxpayerHome = WireOf<typeof taxpayerHomeSchema>;
type HowToPay = WireOf<typeof howToPaySchema>;
type Contact = WireOf<typeof regionContactSchema>;

/**
 * A taxpayer's home: what is due now and by when, per object, with one tap to pay and how to pay at a bank or by VA;
 * the masa not yet reported, with one tap to file; the next deadline; the NPWPD card; and where Bapenda is and when
 * it is open.
 */
export function TaxpayerHomePanel({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const home = useResource<TaxpayerHome>(regionPath(region.regionId, '/taxpayer-home'));
  const bills = useResource<{ items: Bill[] }>(regionPath(region.regionId, '/bills?status=open&limit=200'));
  const contact = useResource<{ contact: Contact | null }>(regionPath(region.regionId, '/contact'));
  const taxTypes = useTaxTypes();
  const h = home.data;
  const open = [...(bills.data?.items ?? [])].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  const objects = h?.taxpayers.flatMap((tp) => tp.objects) ?? [];
  const objectName = (id: number | null) => objects.find((o) => o.id === id)?.name;
  const today = h?.today ?? '';
  const next = nextDeadline(h, open, today);
  const unfiled = objects.filter((o) => o.unfiled.length > 0);

  return (
    <section className="section taxpayer-home" data-testid="taxpayer-home">
      <ProblemAlert error={home.error ?? bills.error} />
      {(!h || !bills.data) && !home.error && !bills.error && <Loading />}
      {h && bills.data && (
        <>
          <div className="home-deadline" data-testid="next-deadline">
            <span className="muted small">{t('home.tp.nextDeadline')}</span>
            {next ? (
              <>
                <strong>{formatDate(next.date, lang)}</strong>
                <span className="small">
                  {next.kind === 'bill'
                    ? t('home.tp.deadlinePay', { what: next.what })
                    : t('home.tp.deadlineFile', { what: next.what, period: formatPeriod(next.period, lang) })}
                </span>
              </>
            ) : (
              <span>{t('home.tp.noDeadline')}</span>
            )}
          </div>

          <h2>{t('home.tp.dueNow')}</h2>
          {open.length === 0 && <p className="empty">{t('home.tp.nothingDue')}</p>}
          <ul className="home-list" data-testid="due-list">
            {open.map((b) => (
              <DueBill
                key={b.id}
                regionId={region.regionId}
                bill={b}
                name={objectName(b.objectId) ?? taxTypes.nameOf(b.taxCode)}
                today={today}
              />
            ))}
          </ul>

          <h2>{t('home.tp.unfiled')}</h2>
          {unfiled.length === 0 && <p className="empty">{t('home.tp.allFiled')}</p>}
          <ul className="home-list" data-testid="unfiled-list">
            {unfiled.map((o) => (
              <li key={o.id} className="home-item" data-testid="unfiled-object">
                <div className="home-item-main">
                  <strong>{o.name}</strong>
                  <span className="small home-periods">
                    {o.unfiled.map((m) => (
                      <span key={m.period} className={m.overdue ? 'badge badge-danger' : 'badge badge-warn'}>
                        {formatPeriod(m.period, lang)}
                        {' · '}
                        {m.overdue
                          ? t('home.tp.filingLate', { date: formatDate(m.dueDate, lang) })
                          : t('home.tp.filingBy', { date: formatDate(m.dueDate, lang) })}
                      </span>
                    ))}
                  </span>
                </div>
                {/* Opens the filing form on this object and its earliest masa not yet reported. */}
                <a
                  className="button button-primary button-small"
                  href={href('/file-return', { objectId: o.id, period: o.unfiled[0]?.period ?? '' })}
                  aria-label={t('home.tp.fileNamed', {
                    what: o.name,
                    period: formatPeriod(o.unfiled[0]?.period ?? '', lang),
                  })}
                >
                  {t('home.tp.file')}
                </a>
              </li>
            ))}
          </ul>

          <div className="home-cards">
            {h.taxpayers
              .filter((tp) => tp.npwpd)
              .map((tp) => (
                <div key={tp.id} className="card home-npwpd" data-testid="npwpd-card">
                  <span className="muted small">{t('home.tp.npwpd')}</span>
                  <strong className="mono">{tp.npwpd}</strong>
                  <span>{tp.name}</span>
                  <PdfLink
                    href={documentUrl(region.regionId, `/taxpayers/${tp.id}/npwpd-card`)}
                    label={t('home.tp.npwpdCard')}
                  />
                </div>
              ))}
            <ContactCard contact={contact.data?.contact ?? null} />
          </div>
        </>
      )}
    </section>
  );
}

/** The next date that matters: the earliest due date not yet passed of an open bill or of a report to file. */
function nextDeadline(
  home: TaxpayerHome | undefined,
  open: readonly Bill[],
  today: string,
): { date: string; kind: 'bill' | 'file'; what: string; period: string } | null {
  const candidates: { date: string; kind: 'bill' | 'file'; what: string; period: string }[] = [];
  for (const b of open) {
    if (b.dueDate >= today)
      candidates.push({ date: b.dueDate, kind: 'bill', what: b.billingCodeDisplay, period: b.period ?? '' });
  }
  const filing = home?.nextDeadline;
  if (filing) {
    const object = home.taxpayers.flatMap((tp) => tp.objects).find((o) => o.id === filing.objectId);
    candidates.push({ date: filing.dueDate, kind: 'file', what: object?.name ?? '', period: filing.period });
  }
  candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return candidates[0] ?? null;
}

/** One open bill: what it costs today, by when, one tap to pay, and how to pay at a bank or by VA. */
function DueBill({
  regionId,
  bill,
  name,
  today,
}: {
  regionId: string;
  bill: Bill;
  name: string;
  today: string;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const due = bill.amountDue;
  const late = bill.dueDate < today;
  return (
    <li className="home-item" data-testid="due-bill">
      <div className="home-item-main">
        <strong>{name}</strong>
        <span className="small muted">
          {bill.period && `${formatPeriod(bill.period, lang)} · `}
          {t('bill.code')} <span className="mono">{bill.billingCodeDisplay}</span>
        </span>
        <strong className="money" data-testid="due-amount">
          {formatRupiah(due?.total ?? bill.outstanding)}
        </strong>
        <span className={late ? 'small text-danger' : 'small'}>
          {late
            ? t('home.tp.overdueSince', { date: formatDate(bill.dueDate, lang) })
            : t('home.tp.dueBy', { date: formatDate(bill.dueDate, lang) })}
          {due &&
            due.penalty > 0 &&
            ` · ${t('home.tp.withInterest', { interest: formatRupiah(due.penalty) })}`}
        </span>
        <details className="how-to-pay" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('howToPay.title')}</summary>
          {open && <HowToPayList regionId={regionId} bill={bill} />}
        </details>
      </div>
      <a className="button button-primary button-small" href={href('/my-bills')}>
        {t('home.tp.pay')}
      </a>
    </li>
  );
}

function HowToPayList({ regionId, bill }: { regionId: string; bill: Bill }) {
  const { t } = useI18n();
  const how = useResource<HowToPay>(regionPath(regionId, `/bills/${bill.id}/how-to-pay`));
  if (how.error) return <ProblemAlert error={how.error} />;
  if (!how.data) return <Loading />;
  const amount = formatRupiah(bill.amountDue?.total ?? bill.outstanding);
  const lines = how.data.channels.map((c) =>
    c.kind === 'qris'
      ? t('howToPay.qris')
      : c.kind === 'va' && c.virtualAccount
        ? t('howToPay.va', { bank: c.name, number: c.virtualAccount.number, amount })
        : t('howToPay.teller', { bank: c.name, code: how.data?.billingCodeDisplay ?? '' }),
  );
  return (
    <ul className="small" data-testid="how-to-pay">
      {lines.length === 0 && <li>{t('howToPay.none')}</li>}
      {[...new Set(lines)].map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Where Bapenda is and when it is open. */
function ContactCard({ contact }: { contact: Contact | null }) {
  const { t } = useI18n();
  if (!contact) return null;
  return (
    <div className="card home-contact" data-testid="bapenda-contact">
      <span className="muted small">{t('home.tp.contact')}</span>
      <strong>{contact.officeName}</strong>
      <span>{contact.address}</span>
      {contact.phone && (
        <span>
          {t('home.tp.phone')} <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>
        </span>
      )}
      {contact.whatsapp && <span>WhatsApp {contact.whatsapp}</span>}
      {contact.email && (
        <span>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </span>
      )}
      <span className="muted small">{t('home.tp.hours')}</span>
      <span className="home-hours" data-testid="opening-hours">
        {contact.openingHours}
      </span>
    </div>
  );
}
