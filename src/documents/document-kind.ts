import { z } from 'zod';
import type { Sql } from '../db/database';
import type { TimeZone } from '../platform/clock';
import type { DocumentBase } from './layout';
import type { CodedKind } from './verification';

/**
 * A kind of printed document, as the area that owns it registers it (its `Area`'s `documents`, src/platform/area.ts):
 * tax's kode bayar slip, SPTPD receipt and assessments, payments' SSPD and STS. The server builds one registry of
 * them (document-registry.ts), which the public verify page asks: Balai's shared parts (the layout, the verification
 * code, the page's frame) know no kind by name.
 *
 * `D` is what the document prints, `A` its part of the public verify answer beside the fields every answer has.
 */
export interface DocumentKind<D extends DocumentBase = DocumentBase, A extends object = object>
  extends CodedKind {
  /**
   * Reads what the document prints, for one region's row, with its verification code and the link its QR code opens
   * under `baseUrl`. Reads only: the caller has already decided that the reader may see the row (a download route
   * checks access first; the verify page checks the code's MAC). Names, NPWPD, object names and amounts only: a
   * document never prints NIK, NPWP, phone, e-mail or address. Throws 404 DOCUMENT_NOT_FOUND for a row it cannot
   * print.
   */
  load(db: Sql, regionId: string, id: number, today: string, baseUrl: string, secret: string): Promise<D>;
  render(document: D): Promise<Uint8Array>;
  /** The name a download offers, e.g. `kode-bayar-3573012500000017.pdf`. */
  fileName(document: D): string;
  readonly verification: KindVerification<D, A>;
}

/** Indonesian first, English beneath, as the verify page says everything. */
export interface Text {
  id: string;
  en: string;
}

/** A `Text` in the verify answer's schema. */
export const TEXT = z.object({ id: z.string(), en: z.string() });

/** What the public verify answer says of every genuine document, whatever its kind. */
export interface Verified {
  genuine: true;
  kind: string;
  /** The document still stands as printed (what that means is each kind's `current`). */
  current: boolean;
  code: string;
  /** When the check ran (ISO 8601), and the region's calendar day then: amounts due are as of that day. */
  checkedAt: string;
  checkedOn: string;
  region: { id: string; name: string; timeZone: TimeZone };
  /** The document's title as printed, e.g. `SURAT TAGIHAN PAJAK DAERAH`. */
  title: string;
  /** Its number: the kode bayar, the SPTPD's register number, the assessment's number, the NTPD, the STS number. */
  reference: string;
  status: string;
  statusText: Text;
}

/** What a kind says of one of its documents on the day of the check: whether it stands, its title, number and state. */
export type Standing = Pick<Verified, 'current' | 'title' | 'reference' | 'status' | 'statusText'>;

/** One line of the verify page's details. */
export interface PageRow {
  label: Text;
  value: string | Text;
}

/** The verify page's box on the document's state: its status, an amount in large type, and what to make of it. */
export interface Verdict {
  tone: 'ok' | 'info' | 'warn';
  amount?: string;
  notes: Text[];
}

/**
 * A kind's part of the public verify answer: its fields in the JSON (and their schema for the OpenAPI document) and
 * the lines the page shows of them. The answer is the common fields, then `about`, then `kind`, then `details` under
 * the kind's name (e.g. `bill: { principal, dueDate, … }`).
 */
export interface KindVerification<D, A> {
  /** What "current" means for it, for the OpenAPI document: `a bill not cancelled or written off`. */
  readonly current: string;
  /** Fields before `kind`: who and what the document is about (tax's documents and the SSPD name a taxpayer). */
  readonly about?: z.ZodRawShape;
  /** Its own part of the answer, under its name. */
  readonly details: z.ZodType;
  /** The answer of a loaded document on the day of the check (its row, to read more of): standing, about, details. */
  answer(document: D, row: { db: Sql; regionId: string; id: number }): Promise<Standing & A>;
  /** The page's lines after the document's title and number. */
  rows(verified: Verified & A): PageRow[];
  /** Its own box on the state, where the common one (current, or genuine but no longer current) says too little. */
  verdict?(verified: Verified & A): Verdict | null;
  /** What the page's title calls it, if not its title (an assessment: its kind, e.g. `STPD`). */
  shortTitle?(verified: Verified & A): string;
}
