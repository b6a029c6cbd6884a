-- Payments reaches bills only through receivables (issue 12). A payment and a payment Balai expects keep the kode bayar
-- they are for, as the bank or the acquirer reported it: a fact of the payment that never changes (a bill's kode bayar
-- never does), which the bank's status, reversal and retry answers, the receipts and the reconciliation read without
-- joining receivables' bill table.
ALTER TABLE payment ADD COLUMN billing_code text;
-- A payment row never changes (payment_append_only): the new column is filled once, with the guard set aside for
-- this statement only, inside the migration's transaction.
ALTER TABLE payment DISABLE TRIGGER payment_append_only;
UPDATE payment p SET billing_code = b.billing_code
FROM bill b WHERE b.region_id = p.region_id AND b.id = p.bill_id;
ALTER TABLE payment ENABLE TRIGGER payment_append_only;
ALTER TABLE payment ALTER COLUMN billing_code SET NOT NULL;
ALTER TABLE payment ADD CONSTRAINT payment_billing_code_check CHECK (billing_code ~ '^\d{16}$');

ALTER TABLE payment_intent ADD COLUMN billing_code text;
UPDATE payment_intent i SET billing_code = b.billing_code
FROM bill b WHERE b.region_id = i.region_id AND b.id = i.bill_id;
ALTER TABLE payment_intent ALTER COLUMN billing_code SET NOT NULL;
ALTER TABLE payment_intent ADD CONSTRAINT payment_intent_billing_code_check CHECK (billing_code ~ '^\d{16}$');
-- An acquirer's notification closes the pending expectations of its kode bayar.
CREATE INDEX payment_intent_pending_code ON payment_intent (region_id, billing_code) WHERE state = 'pending';

-- The bank's one-statement payment (migrations 0010, 0020) writes the payment's kode bayar too.
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
    ON CONFLICT (partner_id, external_day, external_id) WHERE first_use DO NOTHING;
    IF NOT FOUND THEN
      -- The request's X-EXTERNAL-ID was used today already: nothing of this payment may stay.
      RAISE EXCEPTION 'X-EXTERNAL-ID % already used', p->'log'->>'external_id' USING ERRCODE = 'BL001';
    END IF;
  END IF;
  RETURN 'posted';
END;
$$;
