-- The region's static QRIS as its bank issued it (EMVCo Merchant-Presented Mode, Bank Indonesia's QRIS), one per
-- region: the string as pasted, which every bill's dynamic QRIS is derived from, and the merchant it pays, read
-- from it when it was validated (payments/qris/qris.ts). Replacing it overwrites the row; the audit trail keeps
-- every earlier string.
CREATE TABLE qris_merchant (
  region_id text PRIMARY KEY REFERENCES region (region_id),
  payload text NOT NULL CHECK (length(payload) BETWEEN 1 AND 512),
  guid text NOT NULL,
  merchant_pan text,
  merchant_id text,
  merchant_criteria text,
  nmid text,
  mcc text NOT NULL CHECK (mcc ~ '^\d{4}$'),
  currency text NOT NULL CHECK (currency = '360'),
  country_code text NOT NULL CHECK (country_code = 'ID'),
  merchant_name text NOT NULL CHECK (length(merchant_name) BETWEEN 1 AND 25),
  merchant_city text NOT NULL CHECK (length(merchant_city) BETWEEN 1 AND 15),
  postal_code text,
  updated_at timestamptz NOT NULL,
  updated_by bigint REFERENCES app_user (id)
);
