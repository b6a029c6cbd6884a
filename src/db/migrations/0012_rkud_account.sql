-- The region's treasury account, the RKUD (Rekening Kas Umum Daerah; domain notes §2.1): the account at its bank
-- into which the receipts treasurer deposits reconciled receipts with an STS. One per region, set by its
-- administrator; replacing it overwrites the row and the audit trail keeps every earlier one. `example_only` marks
-- the demo's invented accounts, as the demo's tax configuration marks its example values.
CREATE TABLE rkud_account (
  region_id text PRIMARY KEY REFERENCES region (region_id),
  bank_name text NOT NULL CHECK (length(bank_name) BETWEEN 2 AND 100),
  account_number text NOT NULL CHECK (account_number ~ '^[0-9]{10,20}$'),
  account_name text NOT NULL CHECK (length(account_name) BETWEEN 3 AND 100),
  example_only boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL,
  updated_by bigint REFERENCES app_user (id)
);

-- Each STS names the account its money went to as it was on the day of the deposit, so that a later change of the
-- RKUD does not rewrite an earlier STS when it is printed again. A deposit made while the region had no RKUD set
-- (and every deposit made before this migration) has none, and its STS says so.
ALTER TABLE deposit
  ADD COLUMN rkud_bank_name text,
  ADD COLUMN rkud_account_number text,
  ADD COLUMN rkud_account_name text,
  ADD COLUMN rkud_example_only boolean,
  ADD CONSTRAINT deposit_rkud_whole CHECK (
    (rkud_bank_name IS NULL) = (rkud_account_number IS NULL)
    AND (rkud_bank_name IS NULL) = (rkud_account_name IS NULL)
    AND (rkud_bank_name IS NULL) = (rkud_example_only IS NULL)
  );
