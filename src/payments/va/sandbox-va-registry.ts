import type { Sql } from '../../db/database';
import type { Clock } from '../../platform/clock';
import type { Partner } from '../partner';
import type { VirtualAccountRegistration, VirtualAccountRegistry } from './virtual-account-registry';

/**
 * Demo mode's bank: instead of calling a bank it writes every instruction to `sandbox_va_instruction`, so a tester
 * sees what a real bank would have been told, and when.
 */
export class SandboxVaRegistry implements VirtualAccountRegistry {
  constructor(
    private readonly db: Sql,
    private readonly clock: Clock,
    private readonly partner: Partner,
  ) {}

  create(va: VirtualAccountRegistration): Promise<void> {
    return this.record('create', va.virtualAccountNo, va);
  }

  update(va: VirtualAccountRegistration): Promise<void> {
    return this.record('update', va.virtualAccountNo, va);
  }

  delete(virtualAccountNo: string): Promise<void> {
    return this.record('delete', virtualAccountNo, null);
  }

  private async record(action: string, virtualAccountNo: string, va: VirtualAccountRegistration | null) {
    await this.db.query(
      `INSERT INTO sandbox_va_instruction (region_id, partner_id, action, virtual_account_no, name, amount,
         valid_until, told_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        this.partner.regionId,
        this.partner.partnerId,
        action,
        virtualAccountNo,
        va?.name ?? null,
        va?.amount ?? null,
        va?.validUntil ?? null,
        this.clock.now(),
      ],
    );
  }
}
