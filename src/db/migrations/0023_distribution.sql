-- How each table is laid out on a distributed PostgreSQL (Citus), declared in the schema (issue 13). A national
-- deployment distributes the tenant tables by region_id, so that one Pemda's rows live together on one worker and a
-- statement about one region runs there alone; the tables every region shares are reference tables, copied to every
-- node. On plain PostgreSQL and PGlite the declaration is recorded and nothing else happens: the same migrations run
-- everywhere, and test/distribution.test.ts checks the rules Citus needs on the databases CI has.
--
-- From here on, a migration that creates a table declares its distribution right after it:
--   SELECT distribute_table('new_table', 'region');                       -- a tenant table, by region_id
--   SELECT distribute_table('new_list', 'reference', 'why every node needs it');
CREATE TABLE table_distribution (
  table_name text NOT NULL CONSTRAINT table_distribution_pkey PRIMARY KEY,
  distribution text NOT NULL CONSTRAINT table_distribution_distribution_check
    CHECK (distribution IN ('region', 'reference', 'local')),
  -- Why a table is not a tenant table: a shared table or a local one says so.
  reason text CONSTRAINT table_distribution_reason_check CHECK ((distribution = 'region') = (reason IS NULL))
);

CREATE FUNCTION distribute_table(p_table text, p_distribution text, p_reason text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO table_distribution (table_name, distribution, reason) VALUES (p_table, p_distribution, p_reason);
  IF p_distribution = 'local' OR NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RETURN;
  END IF;
  -- Citus's functions exist only where the extension does: called by name, not compiled into this function.
  IF p_distribution = 'reference' THEN
    EXECUTE format('SELECT create_reference_table(%L)', p_table);
  ELSE
    -- Every tenant table in one co-location group: a region's bill, its journal and its payment share a worker.
    EXECUTE format('SELECT create_distributed_table(%L, %L, colocate_with => %L)', p_table, 'region_id', 'default');
  END IF;
END;
$$;
SELECT distribute_table('table_distribution', 'local', 'the schema''s own bookkeeping, read by migrations on the coordinator');

-- A request refused before its sender was known (no partner by that name, or one whose signature failed and that
-- names no known partner) belongs to no region: it is kept deployment-wide, apart from the regions' request logs.
-- Refusals are sampled, at most one a minute per client address (migration 0018), so the table stays small.
CREATE TABLE bank_refusal (
  id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT bank_refusal_pkey PRIMARY KEY,
  received_at timestamptz NOT NULL,
  -- As claimed in X-PARTNER-ID or X-CLIENT-KEY: no partner of that name is known.
  partner_id text,
  operation text NOT NULL,
  request_body text NOT NULL,
  http_status integer NOT NULL,
  response_code text NOT NULL,
  response_body text NOT NULL,
  duration_ms integer NOT NULL,
  client_address text,
  unwritten_before integer NOT NULL DEFAULT 0 CONSTRAINT bank_refusal_unwritten_before_check
    CHECK (unwritten_before >= 0)
);
CREATE INDEX bank_refusal_address_time ON bank_refusal (client_address, received_at);

-- The request log's rows are moved or completed once, with its append-only guard set aside inside this transaction.
ALTER TABLE bank_request DISABLE TRIGGER bank_request_append_only;
-- A refused request that named a known partner is that partner's region's, as its administrators already saw it.
UPDATE bank_request r SET region_id = p.region_id
FROM payment_partner p WHERE r.region_id IS NULL AND p.partner_id = r.partner_id;
INSERT INTO bank_refusal (received_at, partner_id, operation, request_body, http_status, response_code,
                          response_body, duration_ms, client_address, unwritten_before)
SELECT received_at, partner_id, operation, request_body, http_status, response_code, response_body, duration_ms,
       client_address, unwritten_before
FROM bank_request WHERE region_id IS NULL ORDER BY id;
DELETE FROM bank_request WHERE region_id IS NULL;
ALTER TABLE bank_request ENABLE TRIGGER bank_request_append_only;
ALTER TABLE bank_request ALTER COLUMN region_id SET NOT NULL;

-- Every key of a tenant table includes region_id, so that Citus can enforce it on the region's worker alone.
-- A bank's reference is unique among the payments of the region it paid (a bank serving two regions pays each
-- through its own partner, payment_partner.region_id).
ALTER TABLE payment DROP CONSTRAINT payment_partner_id_bank_reference_key;
ALTER TABLE payment ADD CONSTRAINT payment_bank_reference_key UNIQUE (region_id, partner_id, bank_reference);
ALTER TABLE bank_request DROP CONSTRAINT bank_request_pkey;
ALTER TABLE bank_request ADD CONSTRAINT bank_request_pkey PRIMARY KEY (region_id, id);
-- An X-EXTERNAL-ID is used once per partner per day; a partner belongs to one region, so adding the region changes
-- nothing of what it allows.
DROP INDEX bank_request_external_id;
CREATE UNIQUE INDEX bank_request_external_id ON bank_request (region_id, partner_id, external_day, external_id)
  WHERE first_use;
DROP INDEX bank_request_partner_time;
CREATE INDEX bank_request_partner_time ON bank_request (region_id, partner_id, received_at);

-- The bank's one-statement payment (migrations 0010, 0020, 0021) with the request log's key as it now is.
CREATE OR REPLACE FUNCTION post_payment_at_once(p jsonb) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  IF NOT settle_bill_at_once(p->'settlement') THEN
    RETURN 'stale';
  END IF;
  -- A bank reference taken meanwhile (by a retry that won, or on another bill) fails the payment's unique key
  -- below, which takes this whole statement back: the caller then decides in its transaction.
  INSERT INTO payment (region_id, ntpd, bill_id, billing_code, partner_id, channel, bank_reference, request_hash,
                       principal, penalty, amount, paid_at, posted_at, day, journal_id)
  SELECT x.region_id, x.ntpd, x.bill_id, x.billing_code, x.partner_id, x.channel, x.bank_reference, x.request_hash,
         x.principal, x.penalty, x.amount, x.paid_at, x.posted_at, x.day, x.journal_id
  FROM jsonb_populate_record(NULL::payment, p->'payment') x;

  IF p ? 'log' THEN
    INSERT INTO bank_request (received_at, partner_id, region_id, authenticated, operation, external_id,
                              external_day, first_use, request_hash, request_body, http_status, response_code,
                              response_body, duration_ms)
    SELECT x.received_at, x.partner_id, x.region_id, x.authenticated, x.operation, x.external_id, x.external_day,
           true, x.request_hash, x.request_body, x.http_status, x.response_code, x.response_body, x.duration_ms
    FROM jsonb_populate_record(NULL::bank_request, p->'log') x
    ON CONFLICT (region_id, partner_id, external_day, external_id) WHERE first_use DO NOTHING;
    IF NOT FOUND THEN
      -- The request's X-EXTERNAL-ID was used today already: nothing of this payment may stay.
      RAISE EXCEPTION 'X-EXTERNAL-ID % already used', p->'log'->>'external_id' USING ERRCODE = 'BL001';
    END IF;
  END IF;
  RETURN 'posted';
END;
$$;

-- Triggers name their table as an argument: on a Citus worker a trigger fires on a shard, whose TG_TABLE_NAME is the
-- shard's (journal_102008), not the table's.
CREATE OR REPLACE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused; post a correcting journal instead', TG_ARGV[0], TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
DROP TRIGGER journal_append_only ON journal;
CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON journal
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('journal');
DROP TRIGGER journal_line_append_only ON journal_line;
CREATE TRIGGER journal_line_append_only BEFORE UPDATE OR DELETE ON journal_line
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('journal_line');
DROP TRIGGER payment_append_only ON payment;
CREATE TRIGGER payment_append_only BEFORE UPDATE OR DELETE ON payment
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('payment');
DROP TRIGGER payment_reversal_append_only ON payment_reversal;
CREATE TRIGGER payment_reversal_append_only BEFORE UPDATE OR DELETE ON payment_reversal
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('payment_reversal');
DROP TRIGGER bank_request_append_only ON bank_request;
CREATE TRIGGER bank_request_append_only BEFORE UPDATE OR DELETE ON bank_request
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('bank_request');
CREATE TRIGGER bank_refusal_append_only BEFORE UPDATE OR DELETE ON bank_refusal
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('bank_refusal');
DROP TRIGGER bill_line_append_only ON bill_line;
CREATE TRIGGER bill_line_append_only BEFORE UPDATE OR DELETE ON bill_line
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('bill_line');
DROP TRIGGER overpayment_settlement_append_only ON overpayment_settlement;
CREATE TRIGGER overpayment_settlement_append_only BEFORE UPDATE OR DELETE ON overpayment_settlement
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('overpayment_settlement');
DROP TRIGGER bill_write_off_append_only ON bill_write_off;
CREATE TRIGGER bill_write_off_append_only BEFORE UPDATE OR DELETE ON bill_write_off
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('bill_write_off');
DROP TRIGGER bank_statement_append_only ON bank_statement;
CREATE TRIGGER bank_statement_append_only BEFORE UPDATE OR DELETE ON bank_statement
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('bank_statement');
DROP TRIGGER bank_statement_line_append_only ON bank_statement_line;
CREATE TRIGGER bank_statement_line_append_only BEFORE UPDATE OR DELETE ON bank_statement_line
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('bank_statement_line');
DROP TRIGGER reconciliation_mismatch_append_only ON reconciliation_mismatch;
CREATE TRIGGER reconciliation_mismatch_append_only BEFORE UPDATE OR DELETE ON reconciliation_mismatch
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('reconciliation_mismatch');
DROP TRIGGER reconciliation_resolution_append_only ON reconciliation_resolution;
CREATE TRIGGER reconciliation_resolution_append_only BEFORE UPDATE OR DELETE ON reconciliation_resolution
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('reconciliation_resolution');
DROP TRIGGER deposit_append_only ON deposit;
CREATE TRIGGER deposit_append_only BEFORE UPDATE OR DELETE ON deposit
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('deposit');
DROP TRIGGER deposit_payment_append_only ON deposit_payment;
CREATE TRIGGER deposit_payment_append_only BEFORE UPDATE OR DELETE ON deposit_payment
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('deposit_payment');
DROP TRIGGER reconciliation_withdrawal_append_only ON reconciliation_withdrawal;
CREATE TRIGGER reconciliation_withdrawal_append_only BEFORE UPDATE OR DELETE ON reconciliation_withdrawal
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('reconciliation_withdrawal');
DROP TRIGGER reconciliation_release_append_only ON reconciliation_release;
CREATE TRIGGER reconciliation_release_append_only BEFORE UPDATE OR DELETE ON reconciliation_release
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('reconciliation_release');
DROP TRIGGER return_attachment_append_only ON return_attachment;
CREATE TRIGGER return_attachment_append_only BEFORE UPDATE OR DELETE ON return_attachment
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only('return_attachment');

-- A mismatch ends once (migration 0011): the trigger says which of the two ends is being written.
CREATE OR REPLACE FUNCTION reconciliation_mismatch_ends_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_ARGV[0] = 'resolution' AND EXISTS (
        SELECT 1 FROM reconciliation_withdrawal w WHERE w.region_id = NEW.region_id AND w.mismatch_id = NEW.mismatch_id))
     OR (TG_ARGV[0] = 'withdrawal' AND EXISTS (
        SELECT 1 FROM reconciliation_resolution r WHERE r.region_id = NEW.region_id AND r.mismatch_id = NEW.mismatch_id))
  THEN
    RAISE EXCEPTION 'reconciliation mismatch % of region % is already resolved or withdrawn',
      NEW.mismatch_id, NEW.region_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER reconciliation_resolution_ends_once ON reconciliation_resolution;
CREATE TRIGGER reconciliation_resolution_ends_once BEFORE INSERT ON reconciliation_resolution
  FOR EACH ROW EXECUTE FUNCTION reconciliation_mismatch_ends_once('resolution');
DROP TRIGGER reconciliation_withdrawal_ends_once ON reconciliation_withdrawal;
CREATE TRIGGER reconciliation_withdrawal_ends_once BEFORE INSERT ON reconciliation_withdrawal
  FOR EACH ROW EXECUTE FUNCTION reconciliation_mismatch_ends_once('withdrawal');

-- The tables every region shares, copied to every node: parents before the tenant tables that refer to them.
SELECT distribute_table('province', 'reference', 'the Kemendagri catalogue: every region names its places from it');
SELECT distribute_table('regency', 'reference', 'the Kemendagri catalogue');
SELECT distribute_table('district', 'reference', 'the Kemendagri catalogue');
SELECT distribute_table('village', 'reference', 'the Kemendagri catalogue');
SELECT distribute_table('region', 'reference', 'the regions hosted: every request is routed by one');
SELECT distribute_table('tax_type', 'reference', 'the national list of local taxes (UU 1/2022)');
SELECT distribute_table('bill_origin_kind', 'reference', 'the kinds of bill the areas issue, the same everywhere');
SELECT distribute_table('app_user', 'reference', 'accounts are deployment-wide: one person may act in several regions');
SELECT distribute_table('user_session', 'reference', 'sessions of deployment-wide accounts');
SELECT distribute_table('sign_in_throttle', 'reference', 'sign-in attempts are counted per account and device, before any region');
SELECT distribute_table('installation_secret', 'reference', 'the installation''s keys, read by every node');
SELECT distribute_table('payment_partner', 'reference', 'a bank is known before its region is: its requests are authenticated first');
SELECT distribute_table('snap_access_token', 'reference', 'a SNAP token is presented before its region is known');
SELECT distribute_table('bank_refusal', 'reference', 'refused requests of unknown senders name no region');

-- The tenant tables, by region_id, in one co-location group: parents before children.
SELECT distribute_table('role_grant', 'region');
SELECT distribute_table('region_district', 'region');
SELECT distribute_table('region_village', 'region');
SELECT distribute_table('region_counter', 'region');
SELECT distribute_table('audit_entry', 'region');
SELECT distribute_table('audit_checkpoint', 'region');
SELECT distribute_table('tax_policy', 'region');
SELECT distribute_table('tax_rate', 'region');
SELECT distribute_table('taxpayer', 'region');
SELECT distribute_table('tax_object', 'region');
SELECT distribute_table('tax_return', 'region');
SELECT distribute_table('return_attachment', 'region');
SELECT distribute_table('assessment', 'region');
SELECT distribute_table('bill', 'region');
SELECT distribute_table('bill_line', 'region');
SELECT distribute_table('journal', 'region');
SELECT distribute_table('journal_line', 'region');
SELECT distribute_table('bill_write_off', 'region');
SELECT distribute_table('overpayment_settlement', 'region');
SELECT distribute_table('payment_setting', 'region');
SELECT distribute_table('qris_merchant', 'region');
SELECT distribute_table('rkud_account', 'region');
SELECT distribute_table('statement_format', 'region');
SELECT distribute_table('va_refresh_lease', 'region');
SELECT distribute_table('sandbox_va_instruction', 'region');
SELECT distribute_table('snap_inquiry', 'region');
SELECT distribute_table('payment_intent', 'region');
SELECT distribute_table('virtual_account', 'region');
SELECT distribute_table('payment', 'region');
SELECT distribute_table('payment_reversal', 'region');
SELECT distribute_table('bank_request', 'region');
SELECT distribute_table('bank_statement', 'region');
SELECT distribute_table('bank_statement_line', 'region');
SELECT distribute_table('deposit', 'region');
SELECT distribute_table('deposit_payment', 'region');
SELECT distribute_table('reconciliation_mismatch', 'region');
SELECT distribute_table('reconciliation_resolution', 'region');
SELECT distribute_table('reconciliation_withdrawal', 'region');
SELECT distribute_table('reconciliation_release', 'region');
