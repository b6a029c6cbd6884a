import { useState } from 'react';
import type { chainVerdictSchema } from '../../../src/platform/audit-routes';
import { regionPath, request, type WireOf } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import { href } from '../shell/router';

type Verdict = WireOf<typeof chainVerdictSchema>;

/** Recomputes the region's audit hash chain on the server and shows the verdict. */
export function ChainVerifier({ regionId }: { regionId: string }) {
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<Verdict>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setVerdict(undefined);
    setError(undefined);
    try {
      setVerdict(await request<Verdict>('GET', regionPath(regionId, '/audit/verify')));
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <div className="verifier">
      <button type="button" className="button" disabled={busy} onClick={verify} data-testid="verify-chain">
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      <ProblemAlert error={error} />
      {verdict && (
        <p
          className={verdict.ok ? 'alert alert-ok' : 'alert alert-error'}
          role="status"
          data-testid="chain-verdict"
          data-ok={verdict.ok}
        >
          {verdict.ok
            ? t('audit.chainOk', { entries: verdict.entries })
            : t('audit.chainBroken', {
                seq: verdict.brokenAt ?? '?',
                reason: verdict.reason ?? '',
                entries: verdict.entries,
              })}
        </p>
      )}
      {verdict?.ok && verdict.storedCheckpoints.checked > 0 && (
        <p className="muted small" data-testid="stored-checkpoints">
          {t('audit.storedCheckpoints', { checked: verdict.storedCheckpoints.checked })}{' '}
          <a href={href('/transparency')}>{t('audit.transparency')}</a>
        </p>
      )}
    </div>
  );
}
