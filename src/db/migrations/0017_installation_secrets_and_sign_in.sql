-- Issue "Trust": secrets of this installation, demo rows marked as such, and sign-in throttling that holds under
-- concurrency.

-- Keys that sessions and document verification codes are made with, generated at first start when the
-- environment does not give them (src/platform/installation-secrets.ts). Deployment-wide, like accounts.
CREATE TABLE installation_secret (
  name text PRIMARY KEY CHECK (name IN ('session', 'document')),
  value text NOT NULL CHECK (length(value) >= 32),
  created_at timestamptz NOT NULL
);

-- Demo accounts and banks carry public passwords and secrets (README): they work only while the server runs in
-- demo mode, so a database once seeded for a demo cannot be paid into or signed into by accident later.
ALTER TABLE app_user ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE payment_partner ADD COLUMN demo boolean NOT NULL DEFAULT false;
UPDATE app_user SET demo = true
WHERE email IN ('admin@malang.demo', 'petugas@malang.demo', 'supervisor@malang.demo', 'bendahara@malang.demo',
  'auditor@malang.demo', 'wp@malang.demo', 'ppat@malang.demo', 'bank@malang.demo', 'admin@bangka.demo',
  'petugas@bangka.demo', 'wp@bangka.demo', 'auditor@balai.demo');
UPDATE payment_partner SET demo = true
WHERE partner_id IN ('BANK-SANDBOX', 'BANKJATIM', 'QRIS-BANKJATIM', 'BANKSUMSELBABEL');

-- Sign-in attempts, counted per bucket before the password is checked (src/platform/sign-in-throttle.ts): one bucket
-- per email for unrecognised devices (an unknown email has one too, so it answers like a known one), and one per
-- device that has signed in to the account before. `failures` counts attempts claimed since the last success; the
-- claim that reaches the limit sets `locked_until`, and `locks` doubles the next lock (backoff).
CREATE TABLE sign_in_throttle (
  bucket text PRIMARY KEY,
  failures integer NOT NULL CHECK (failures >= 0),
  locked_until timestamptz,
  locks integer NOT NULL DEFAULT 0 CHECK (locks >= 0),
  last_attempt_at timestamptz NOT NULL
);
CREATE INDEX sign_in_throttle_last_attempt ON sign_in_throttle (last_attempt_at);

-- The lock moved from the account row to its bucket.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
