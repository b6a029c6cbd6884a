-- One journal writer (issue 12). Journals and their lines were written by two pieces of code: postJournal
-- (src/receivables/ledger/journal.ts) and, inside the bank's one-statement payment, post_payment_at_once (migration
-- 0010). Both now call post_journals, and the bank's payment settles its bill through receivables' own function.

-- Writes journals and their lines, in order, for one region; answers their ids. A journal carries its id when the
-- caller numbered it beforehand (the bank's payment numbers its NTPD from its journal), or takes the next one. Each
-- journal is {kind, at, billId?, memo, actorId?, returnId?, id?, lines: [{account, taxpayerId?, billId?, debit?,
-- credit?}]}; lines are numbered from 1. Whether each balances is checked by the caller first and by the database at
-- commit (journal_line_balanced, migration 0002).
CREATE FUNCTION post_journals(p_region text, p_journals jsonb) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
  ids bigint[];
BEGIN
  -- One statement, as postJournal's was: the bank's payment pays for every statement it runs. The numbers are taken
  -- once (a CTE with nextval is evaluated once), and the lines' foreign key to their journal is checked at its end.
  WITH j AS MATERIALIZED (
    SELECT e.n, coalesce((e.j->>'id')::bigint, nextval('journal_id_seq')) AS id, e.j
    FROM jsonb_array_elements(p_journals) WITH ORDINALITY AS e(j, n)
  ), journals AS (
    INSERT INTO journal (region_id, id, kind, at, bill_id, memo, actor_id, return_id)
    SELECT p_region, j.id, j.j->>'kind', (j.j->>'at')::timestamptz, (j.j->>'billId')::bigint, j.j->>'memo',
           (j.j->>'actorId')::bigint, (j.j->>'returnId')::bigint
    FROM j
  ), lines AS (
    INSERT INTO journal_line (region_id, journal_id, line_no, account, taxpayer_id, bill_id, debit, credit)
    SELECT p_region, j.id, f.m, f.l->>'account', (f.l->>'taxpayerId')::bigint, (f.l->>'billId')::bigint,
           coalesce((f.l->>'debit')::bigint, 0), coalesce((f.l->>'credit')::bigint, 0)
    FROM j, jsonb_array_elements(j.j->'lines') WITH ORDINALITY AS f(l, m)
  )
  SELECT array_agg(j.id ORDER BY j.n) INTO ids FROM j;
  RETURN ids;
END;
$$;

-- Receivables' settlement of a bill in one statement, for a caller that priced it without a lock
-- (src/receivables/bills/settle-at-once.ts): locks the bill, checks that nothing it was priced on has changed (status,
-- interest billed apart, receivable balance), then writes the settlement's journals and marks the bill paid, as
-- settleBill does; false, writing nothing, when the bill changed meanwhile. Each statement reads on a fresh snapshot
-- (READ COMMITTED, a volatile function): what a concurrent payment, offset or STPD committed while this one waited for
-- the lock is seen here.
CREATE FUNCTION settle_bill_at_once(p jsonb) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  v_region text := p->>'regionId';
  v_bill bigint := (p->>'billId')::bigint;
  locked record;
  balance bigint;
BEGIN
  SELECT b.status, b.interest_billed_months INTO locked FROM bill b
  WHERE b.region_id = v_region AND b.id = v_bill FOR UPDATE;
  SELECT coalesce(sum(l.debit - l.credit), 0) INTO balance FROM journal_line l
  WHERE l.region_id = v_region AND l.bill_id = v_bill AND l.account = 'piutang';
  IF locked.status IS DISTINCT FROM 'open'
     OR locked.interest_billed_months <> (p->>'interestBilledMonths')::int
     OR balance <> (p->>'outstanding')::bigint THEN
    RETURN false;
  END IF;
  PERFORM post_journals(v_region, p->'journals');
  UPDATE bill SET status = 'paid', settled_at = (p->>'at')::timestamptz WHERE region_id = v_region AND id = v_bill;
  RETURN true;
END;
$$;

-- The bank's payment in one statement (migration 0010), now on receivables: the settlement is receivables', the
-- payment row and the bank's request log are payments'. It decides no rule of its own: 'stale' sends the caller to the
-- ordinary transaction (src/payments/post-payment.ts), which reads again under the lock.
CREATE OR REPLACE FUNCTION post_payment_at_once(p jsonb) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  IF NOT settle_bill_at_once(p->'settlement') THEN
    RETURN 'stale';
  END IF;
  -- A bank reference taken meanwhile (by a retry that won, or on another bill) fails the payment's unique key
  -- below, which takes this whole statement back: the caller then decides in its transaction.
  INSERT INTO payment (region_id, ntpd, bill_id, partner_id, channel, bank_reference, request_hash, principal,
                       penalty, amount, paid_at, posted_at, day, journal_id)
  SELECT x.region_id, x.ntpd, x.bill_id, x.partner_id, x.channel, x.bank_reference, x.request_hash, x.principal,
         x.penalty, x.amount, x.paid_at, x.posted_at, x.day, x.journal_id
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
