-- SNAP BI virtual accounts (issue 4; domain notes §4.5): B2B access tokens and the inquiries banks made.

-- A B2B access token (SNAP service 73), good for 900 seconds. Only its SHA-256 is kept, so a copy of this table
-- lets nobody call the API. Looked up by hash alone: the caller's partner, and so its region, is known from it.
CREATE TABLE snap_access_token (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  region_id text NOT NULL REFERENCES region (region_id),
  partner_id text NOT NULL REFERENCES payment_partner (partner_id),
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > issued_at)
);
CREATE INDEX snap_access_token_partner ON snap_access_token (partner_id, expires_at);

-- A bank's VA inquiry (service 24) and the total it was told. SNAP: when a payment follows an inquiry its
-- paymentRequestId equals the inquiryRequestId, so a payment naming an inquiry must be for that inquiry's VA.
CREATE TABLE snap_inquiry (
  region_id text NOT NULL REFERENCES region (region_id),
  partner_id text NOT NULL REFERENCES payment_partner (partner_id),
  inquiry_request_id text NOT NULL CHECK (length(inquiry_request_id) BETWEEN 1 AND 128),
  virtual_account_no text NOT NULL,
  total bigint NOT NULL CHECK (total > 0),
  inquired_at timestamptz NOT NULL,
  PRIMARY KEY (region_id, partner_id, inquiry_request_id)
);

-- A SNAP paymentRequestId is up to 128 characters; it is stored as the payment's bank reference behind the
-- channel's prefix `snap:`, so it can never collide with the same partner's H2H references.
ALTER TABLE payment DROP CONSTRAINT payment_bank_reference_check;
ALTER TABLE payment ADD CONSTRAINT payment_bank_reference_check CHECK (length(bank_reference) BETWEEN 1 AND 140);
