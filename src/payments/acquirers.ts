import type { Config } from '../config';
import type { Acquirer } from './sweeper';

/**
 * The status-check adapters of the acquirers a deployment talks to, by partner id. Each bank's status API is its
 * own integration; until one is written for a partner, its unanswered payments are flagged for an administrator
 * rather than guessed. In demo mode the sandbox acquirer answers "not paid": the demo's QRIS payments arrive by
 * notification.
 */
export function acquirersFor(config: Config): (partnerId: string) => Acquirer | null {
  const sandbox: Acquirer = { status: async () => ({ paid: false }) };
  return (partnerId) => (config.demo && partnerId === 'QRIS-BANKJATIM' ? sandbox : null);
}
