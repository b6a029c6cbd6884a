import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import type { AuditRow } from './audit';

/**
 * A region's audit chain as JSON lines, one entry a line with every field its hash covers, its prev_hash and hash:
 * what an auditor takes away to verify the chain against the checkpoints they kept, without the database.
 */
export const auditExportLineSchema = z.strictObject({
  regionId: z.string(),
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  actorId: z.number().nullable(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

export type AuditExportLine = z.infer<typeof auditExportLineSchema>;

export function auditExportLine(row: AuditRow): string {
  const line: AuditExportLine = {
    regionId: row.regionId,
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    ip: row.ip,
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prevHash,
    hash: row.hash,
  };
  return `${JSON.stringify(line)}\n`;
}

/** Reads an export back, a line at a time (a large region's chain need not fit in memory); refuses a bad line. */
export async function* readAuditExport(file: string): AsyncGenerator<AuditRow> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${file} line ${number} is not JSON`);
    }
    const parsed = auditExportLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file} line ${number}: ${issue?.path.join('.')} ${issue?.message}`);
    }
    yield { ...parsed.data, at: new Date(parsed.data.at) };
  }
}
