-- A bank payment written in one statement (issue 4, throughput): a bank's payment request costs round trips,
-- and a transaction of ten statements spent most of its time on them. The application reads the bill, prices it
-- by the region's rules (src/tax/rules) and prepares every row; this function then locks the bill, checks that
-- nothing it was priced on has changed, and writes the journals, their lines, the bill's status, the payment and
-- the bank's request log, or nothing. It decides no rule of its own: 'stale' sends the caller to the ordinary
-- transaction (src/payments/post-payment.ts), which reads again under the lock.
CREATE FUNCTION post_payment_at_once(p jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v_region text := p->>'regionId';
  v_bill bigint := (p->>'billId')::bigint;
  locked record;
  balance bigint;
BEGIN
  SELECT b.status, b.interest_billed_months INTO locked FROM bill b
  WHERE b.region_id = v_region AND b.id = v_bill FOR UPDATE;
  -- Each statement below reads on a fresh snapshot (READ COMMITTED, a volatile function): what a concurrent
  -- payment, offset or STPD committed while this one waited for the lock is seen here.
  SELECT coalesce(sum(l.debit - l.credit), 0) INTO balance FROM journal_line l
  WHERE l.region_id = v_region AND l.bill_id = v_bill AND l.account = 'piutang';
  IF locked.status IS DISTINCT FROM 'open'
     OR locked.interest_billed_months <> (p->>'interestBilledMonths')::int
     OR balance <> (p->>'outstanding')::bigint THEN
    RETURN 'stale';
  END IF;
  -- A bank reference taken meanwhile (by a retry that won, or on another bill) fails the payment's unique key
  -- below, which takes this whole statement back: the caller then decides in its transaction.

  INSERT INTO journal (region_id, id, kind, at, bill_id, memo)
  SELECT v_region, j.id, j.kind, j.at, v_bill, j.memo
  FROM jsonb_to_recordset(p->'journals') AS j (id bigint, kind text, at timestamptz, memo text);
  INSERT INTO journal_line (region_id, journal_id, line_no, account, taxpayer_id, bill_id, debit, credit)
  SELECT v_region, l.journal_id, l.line_no, l.account, l.taxpayer_id, l.bill_id, l.debit, l.credit
  FROM jsonb_to_recordset(p->'lines')
    AS l (journal_id bigint, line_no smallint, account text, taxpayer_id bigint, bill_id bigint, debit bigint,
          credit bigint);
  UPDATE bill SET status = 'paid', settled_at = (p->>'at')::timestamptz WHERE region_id = v_region AND id = v_bill;
  INSERT INTO payment (region_id, ntpd, bill_id, partner_id, channel, bank_reference, request_hash, principal,
                       penalty, amount, paid_at, posted_at, day, journal_id)
  SELECT v_region, x.ntpd, v_bill, x.partner_id, x.channel, x.bank_reference, x.request_hash, x.principal, x.penalty,
         x.amount, x.paid_at, x.posted_at, x.day, x.journal_id
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

-- Never written since 0002: a payment's retry key is its bank reference (payment.bank_reference), and the unique
-- index on these NULLs was one more index entry for every journal posted.
ALTER TABLE journal DROP COLUMN idempotency_key, DROP COLUMN request_hash;
