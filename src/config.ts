import path from 'node:path';
import { z } from 'zod';
import { signingKeyFrom } from './platform/audit-checkpoint';

/**
 * Every setting Balai reads from the environment, typed and validated in one place.
 * The README's "Configuration" table lists the same variables; keep them in step.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    BALAI_DATA_DIR: z.string().default('./data'),
    BALAI_CLOCK: z.string().optional(),
    BALAI_SESSION_SECRET: z.string().min(32).optional(),
    BALAI_DOCUMENT_SECRET: z.string().min(32).optional(),
    BALAI_SESSION_HOURS: z.coerce.number().positive().default(12),
    BALAI_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    BALAI_LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
    BALAI_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
    BALAI_DEMO: z.enum(['true', 'false']).optional(),
    BALAI_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    BALAI_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
    BALAI_H2H_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(65_536),
    BALAI_H2H_REQUESTS_PER_SECOND: z.coerce.number().int().positive().default(3_000),
    BALAI_PAYMENT_SWEEP_MINUTES: z.coerce.number().min(0).default(5),
    BALAI_AUDIT_SIGNING_KEY: z
      .string()
      .refine(isSigningKey, 'must be an Ed25519 private key: PKCS#8 PEM, or base64 of its DER')
      .optional(),
    BALAI_AUDIT_SIGNING_KEY_FILE: z.string().optional(),
    BALAI_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().min(0).default(60),
    BALAI_SMTP_URL: z.string().url().optional(),
    BALAI_MAIL_FROM: z.string().min(3).default('Balai <no-reply@balai.invalid>'),
    BALAI_PUBLIC_URL: z.string().url().optional(),
    BALAI_MESSAGE_GATEWAY: z.enum(['sandbox', 'webhook', 'off']).optional(),
    BALAI_MESSAGE_GATEWAY_URL: z.string().url().optional(),
    BALAI_MESSAGE_GATEWAY_TOKEN: z.string().min(1).optional(),
    BALAI_REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  })
  .superRefine((env, ctx) => {
    if (env.BALAI_MESSAGE_GATEWAY === 'webhook' && !env.BALAI_MESSAGE_GATEWAY_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['BALAI_MESSAGE_GATEWAY_URL'],
        message: 'the webhook gateway needs its URL',
      });
    }
    if (env.NODE_ENV === 'production' && env.BALAI_DEMO === 'true') {
      ctx.addIssue({ code: 'custom', path: ['BALAI_DEMO'], message: 'production never seeds demo users' });
    }
  });

export interface Config {
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  clock: string | undefined;
  /** Keys session hashes; when not given, the installation's own generated key (platform/installation-secrets). */
  sessionSecret: string | undefined;
  /** Keys document verification codes; when not given, likewise generated per installation. */
  documentSecret: string | undefined;
  sessionHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRatePerMinute: number;
  /**
   * Demo mode: seed the demo regions and one user per role on first start, and let the demo's accounts and banks
   * (public passwords and secrets), the sandbox endpoints and simulated payments work. On by default only on the
   * embedded database (the zero-set-up quick start); a PostgreSQL server needs `BALAI_DEMO=true`; never in production.
   */
  demo: boolean;
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** Largest bank request body; a bank's JSON is a few hundred bytes. */
  h2hBodyLimitBytes: number;
  /** Default per-partner rate limit of the bank API; a partner's own setting overrides it. */
  h2hRequestsPerSecond: number;
  /** How often the server sweeps for payments in an unknown state; 0 leaves it to `balai payments sweep`. */
  paymentSweepMinutes: number;
  /** The key that signs audit checkpoints, as text; when unset it is read from (or created in) the file. */
  auditSigningKey: string | undefined;
  auditSigningKeyFile: string;
  /** How often the server signs each region's audit head; 0 leaves it to `balai audit checkpoint`. */
  auditCheckpointMinutes: number;
  /**
   * The SMTP server mail goes out through (`smtp://user:pass@host:587`, `smtps://…:465`); when unset, mail is kept in
   * the local outbox that a region's administrator opens ("Kotak keluar email") — the demo's and the tests' way.
   */
  smtpUrl: string | undefined;
  /** The sender of Balai's mail. */
  mailFrom: string;
  /** The address people open Balai at, for links in mail; when unset (not in production), the request's own host. */
  publicUrl: string | undefined;
  /**
   * How WhatsApp/SMS reminders go out: `sandbox` logs what would be sent (staff read it; the default in demo mode),
   * `webhook` posts each message to the provider's endpoint, `off` (the default otherwise) sends none.
   */
  messageGateway: 'sandbox' | 'webhook' | 'off';
  messageGatewayUrl: string | undefined;
  /** Sent as `Authorization: Bearer …` to the webhook gateway. */
  messageGatewayToken: string | undefined;
  /** The hour of the region's clock at which the day's reminders are sent. */
  reminderHour: number;
  logLevel: string;
}

export class ConfigError extends Error {}

function isSigningKey(text: string): boolean {
  try {
    signingKeyFrom(text);
    return true;
  } catch {
    return false;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const demo = production ? false : e.BALAI_DEMO ? e.BALAI_DEMO === 'true' : e.DATABASE_URL === undefined;
  return {
    production,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.BALAI_DATA_DIR),
    clock: e.BALAI_CLOCK,
    sessionSecret: e.BALAI_SESSION_SECRET,
    documentSecret: e.BALAI_DOCUMENT_SECRET,
    sessionHours: e.BALAI_SESSION_HOURS,
    loginMaxFailures: e.BALAI_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.BALAI_LOGIN_LOCK_MINUTES,
    loginRatePerMinute: e.BALAI_LOGIN_RATE_PER_MINUTE,
    demo,
    trustProxy: e.BALAI_TRUST_PROXY === 'true',
    bodyLimitBytes: e.BALAI_BODY_LIMIT_BYTES,
    h2hBodyLimitBytes: e.BALAI_H2H_BODY_LIMIT_BYTES,
    h2hRequestsPerSecond: e.BALAI_H2H_REQUESTS_PER_SECOND,
    paymentSweepMinutes: e.BALAI_PAYMENT_SWEEP_MINUTES,
    auditSigningKey: e.BALAI_AUDIT_SIGNING_KEY,
    auditSigningKeyFile: path.resolve(
      e.BALAI_AUDIT_SIGNING_KEY_FILE ?? path.join(e.BALAI_DATA_DIR, 'audit-signing-key.pem'),
    ),
    auditCheckpointMinutes: e.BALAI_AUDIT_CHECKPOINT_MINUTES,
    smtpUrl: e.BALAI_SMTP_URL,
    mailFrom: e.BALAI_MAIL_FROM,
    publicUrl: e.BALAI_PUBLIC_URL?.replace(/\/+$/, ''),
    messageGateway: e.BALAI_MESSAGE_GATEWAY ?? (demo ? 'sandbox' : 'off'),
    messageGatewayUrl: e.BALAI_MESSAGE_GATEWAY_URL,
    messageGatewayToken: e.BALAI_MESSAGE_GATEWAY_TOKEN,
    reminderHour: e.BALAI_REMINDER_HOUR,
    logLevel: e.LOG_LEVEL,
  };
}
