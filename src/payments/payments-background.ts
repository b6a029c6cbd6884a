import type { FastifyBaseLogger } from 'fastify';
import type { ServerDeps } from '../http/context';
import { acquirersFor } from './acquirers';
import { sweepPayments } from './sweeper';
import { refreshVirtualAccountsDaily } from './va/daily-va-refresh';
import { vaRegistries } from './va/va-registries';

/**
 * What a serving process does for payments by itself: sweep for payments in an unknown state every
 * `BALAI_PAYMENT_SWEEP_MINUTES` (a failed sweep is retried next time), and, in demo mode only (the sandbox VA
 * registry is the only one so far), keep the banks' VAs in step each day. Returns how to stop both.
 */
export function runPaymentsInBackground(
  { db, clock, config }: ServerDeps,
  log: FastifyBaseLogger,
): () => void {
  const acquirers = acquirersFor(config);
  const sweeper =
    config.paymentSweepMinutes > 0
      ? setInterval(() => {
          sweepPayments(db, clock.now(), acquirers).catch((err) =>
            log.error({ err }, 'payment sweep failed'),
          );
        }, config.paymentSweepMinutes * 60_000)
      : null;
  sweeper?.unref();
  const stopVaRefresh = config.demo
    ? refreshVirtualAccountsDaily(db, clock, vaRegistries(config, db, clock), log)
    : () => {};
  return () => {
    if (sweeper) clearInterval(sweeper);
    stopVaRefresh();
  };
}
