import { useState } from 'react';
import type { checkpointPageSchema } from '../../../src/platform/audit-checkpoint-routes';
import { type RegionToday, request, type WireOf } from '../shell/api';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { PublicLayout } from '../shell/public-layout';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';

type CheckpointPage = WireOf<typeof checkpointPageSchema>;
type Checkpoint = CheckpointPage['checkpoints'][number];

const VERIFY_COMMAND =
  'npx balai audit verify --file audit.ndjson --checkpoints checkpoints.json --public-key KEY';

const checkpointsPath = (regionId: string) =>
  `/public/regions/${encodeURIComponent(regionId)}/audit/checkpoints`;

/** Every checkpoint of a region, oldest first, fetched a page at a time. */
async function allCheckpoints(regionId: string): Promise<Checkpoint[]> {
  const all: Checkpoint[] = [];
  for (let beforeSeq: number | null | undefined; beforeSeq !== null; ) {
    const page = await request<CheckpointPage>(
      'GET',
      `${checkpointsPath(regionId)}?limit=1000${beforeSeq ? `&beforeSeq=${beforeSeq}` : ''}`,
    );
    all.push(...page.checkpoints);
    beforeSeq = page.nextBeforeSeq;
  }
  return all.reverse();
}

function saveJson(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Freed once the download has taken the file, not before.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One region's latest signed audit head, its key, and all its checkpoints to download. */
function RegionHead({ region }: { region: RegionToday }) {
  const { t, lang } = useI18n();
  const latest = useResource<CheckpointPage>(`${checkpointsPath(region.regionId)}?limit=1`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const head = latest.data?.checkpoints[0];
  const key = latest.data?.publicKeys[0];

  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      // Named by the region's business day, not the browser's clock.
      saveJson(
        `audit-checkpoints-${region.regionId}-${region.today}.json`,
        await allCheckpoints(region.regionId),
      );
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <section className="panel" data-testid={`audit-head-${region.regionId}`}>
      <h2>{region.name}</h2>
      <ProblemAlert error={latest.error ?? error} />
      {!latest.data && !latest.error && <Loading />}
      {latest.data && !head && <p className="muted">{t('transparency.none')}</p>}
      {head && key && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('transparency.entry')}</dt>
              <dd>{head.seq}</dd>
            </div>
            <div>
              <dt>{t('transparency.signedAt')}</dt>
              <dd>{formatDateTime(head.signedAt, region.timeZone, lang)}</dd>
            </div>
            <div>
              <dt>{t('transparency.hash')}</dt>
              <dd className="mono">{head.hash}</dd>
            </div>
            <div>
              <dt>{t('transparency.keyId')}</dt>
              <dd className="mono" data-testid="key-fingerprint">
                {head.keyId}
              </dd>
            </div>
            <div>
              <dt>{t('transparency.publicKey')}</dt>
              <dd className="mono">{key.publicKey}</dd>
            </div>
          </dl>
          <button type="button" className="button" disabled={busy} onClick={download}>
            {busy ? t('transparency.downloading') : t('transparency.download')}
          </button>
        </>
      )}
    </section>
  );
}

/** What anyone can keep to hold the audit trail to account later: each region's signed head, and how to check. */
export function Transparency() {
  const { t } = useI18n();
  const regions = useResource<RegionToday[]>('/regions');
  // The command goes in as code, not as text: `t` leaves a placeholder it is not given where it is.
  const [beforeCommand, afterCommand] = t('transparency.explain2').split('{command}');
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('transparency.title')}</h1>
          <p className="muted">{t('transparency.subtitle')}</p>
        </div>
      </div>
      <p className="transparency-revenue-link">
        <a href={href('/transparency/revenue')}>{t('publicRevenue.link')}</a>
        <span className="muted small"> · {t('publicRevenue.linkHint')}</span>
        <br />
        <a href={href('/transparency/performance')}>{t('publicPerformance.link')}</a>
        <span className="muted small"> · {t('publicPerformance.linkHint')}</span>
      </p>
      <section className="panel">
        <p>{t('transparency.explain1')}</p>
        <p>
          {beforeCommand}
          <code>{VERIFY_COMMAND}</code>
          {afterCommand}
        </p>
      </section>
      <ProblemAlert error={regions.error} />
      {regions.data?.map((region) => (
        <RegionHead key={region.regionId} region={region} />
      ))}
    </>
  );
}

/** The transparency page for someone not signed in. */
export function TransparencyPage() {
  return (
    <PublicLayout>
      <Transparency />
    </PublicLayout>
  );
}
