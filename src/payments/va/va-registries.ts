import type { Config } from '../../config';
import type { Sql } from '../../db/database';
import type { Clock } from '../../platform/clock';
import type { Partner } from '../partner';
import { SandboxVaRegistry } from './sandbox-va-registry';
import type { VirtualAccountRegistry } from './virtual-account-registry';

/**
 * Where each bank's VA registrations go. Only the sandbox exists so far: outside demo mode there is no registry
 * until a bank's adapter is written, and asking for one says so.
 */
export function vaRegistries(
  config: Config,
  db: Sql,
  clock: Clock,
): (bank: Partner) => VirtualAccountRegistry {
  return (bank) => {
    if (config.demo) return new SandboxVaRegistry(db, clock, bank);
    throw new Error(
      `no VA registry adapter for ${bank.partnerId}: only the sandbox (demo mode) exists; a bank's adapter implements VirtualAccountRegistry`,
    );
  };
}
