-- The bank's payment in one statement (migration 0023) writes its payment row and its request log from records, not
-- by INSERT … SELECT over the request's JSON. On Citus an INSERT … SELECT whose source is no table is run by pulling
-- the rows to the coordinator, and its ON CONFLICT DO NOTHING then leaves FOUND true though nothing was written: a
-- reused X-EXTERNAL-ID was accepted. An INSERT … VALUES goes to the region's shard, where the row count is the shard's.
CREATE OR REPLACE FUNCTION post_payment_at_once(p jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  pay payment := jsonb_populate_record(NULL::payment, p->'payment');
  req bank_request := jsonb_populate_record(NULL::bank_request, p->'log');
  written integer;
BEGIN
  IF NOT settle_bill_at_once(p->'settlement') THEN
    RETURN 'stale';
  END IF;
  -- A bank reference taken meanwhile (by a retry that won, or on another bill) fails the payment's unique key
  -- below, which takes this whole statement back: the caller then decides in its transaction.
  INSERT INTO payment (region_id, ntpd, bill_id, billing_code, partner_id, channel, bank_reference, request_hash,
                       principal, penalty, amount, paid_at, posted_at, day, journal_id)
  VALUES (pay.region_id, pay.ntpd, pay.bill_id, pay.billing_code, pay.partner_id, pay.channel, pay.bank_reference,
          pay.request_hash, pay.principal, pay.penalty, pay.amount, pay.paid_at, pay.posted_at, pay.day,
          pay.journal_id);

  IF p ? 'log' THEN
    INSERT INTO bank_request (received_at, partner_id, region_id, authenticated, operation, external_id,
                              external_day, first_use, request_hash, request_body, http_status, response_code,
                              response_body, duration_ms)
    VALUES (req.received_at, req.partner_id, req.region_id, req.authenticated, req.operation, req.external_id,
            req.external_day, true, req.request_hash, req.request_body, req.http_status, req.response_code,
            req.response_body, req.duration_ms)
    ON CONFLICT (region_id, partner_id, external_day, external_id) WHERE first_use DO NOTHING;
    GET DIAGNOSTICS written = ROW_COUNT;
    IF written = 0 THEN
      -- The request's X-EXTERNAL-ID was used today already: nothing of this payment may stay.
      RAISE EXCEPTION 'X-EXTERNAL-ID % already used', req.external_id USING ERRCODE = 'BL001';
    END IF;
  END IF;
  RETURN 'posted';
END;
$$;
