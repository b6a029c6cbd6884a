-- Reconciliation follow-ups (issue 4): replacing a wrongly uploaded bank statement before its day is deposited,
-- and the follow-up deposit (STS susulan) of a day's receipts that its first STS did not carry. Domain notes §2.1
-- (STS, RKUD) and §4.6 rules 4–5.

-- A statement is replaced by importing its successor, which names it. The statement itself stays as received
-- (the table is append-only: the wrong file is evidence too); the successor's importer, time and reason say who
-- superseded it, when and why. A day's statements thus form one chain: one first statement (the partial unique
-- index), each statement replaced at most once (the unique key) and only by one of the same partner and day (the
-- foreign key), so exactly one statement of a day is current, the one no successor names.
ALTER TABLE bank_statement DROP CONSTRAINT bank_statement_region_id_partner_id_day_key;
ALTER TABLE bank_statement
  ADD COLUMN replaces_statement_id bigint,
  ADD COLUMN replacement_reason text CHECK (length(replacement_reason) BETWEEN 3 AND 1000),
  ADD CHECK ((replaces_statement_id IS NULL) = (replacement_reason IS NULL)),
  ADD UNIQUE (region_id, id, partner_id, day),
  ADD UNIQUE (region_id, replaces_statement_id),
  ADD FOREIGN KEY (region_id, replaces_statement_id, partner_id, day)
    REFERENCES bank_statement (region_id, id, partner_id, day);
CREATE UNIQUE INDEX bank_statement_first_of_day ON bank_statement (region_id, partner_id, day)
  WHERE replaces_statement_id IS NULL;

-- The open mismatches of a replaced statement leave the treasurer's queue: they were differences with the wrong
-- file. They are kept, each marked withdrawn by the replacement (whose reason is the why); the mismatches already
-- decided keep their decision as history. The new file is matched afresh and decided on its own.
CREATE TABLE reconciliation_withdrawal (
  region_id text NOT NULL,
  mismatch_id bigint NOT NULL,
  replacement_statement_id bigint NOT NULL,
  withdrawn_at timestamptz NOT NULL,
  withdrawn_by bigint REFERENCES app_user (id),
  PRIMARY KEY (region_id, mismatch_id),
  FOREIGN KEY (region_id, mismatch_id) REFERENCES reconciliation_mismatch (region_id, id),
  FOREIGN KEY (region_id, replacement_statement_id) REFERENCES bank_statement (region_id, id)
);
CREATE TRIGGER reconciliation_withdrawal_append_only BEFORE UPDATE OR DELETE ON reconciliation_withdrawal
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- A mismatch ends once: decided by the treasurer or withdrawn with its statement, never both (each table's own key
-- refuses a second of its kind). The application serialises the two on the statement's row lock; this catches a
-- writer that did not.
CREATE FUNCTION reconciliation_mismatch_ends_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_TABLE_NAME = 'reconciliation_resolution' AND EXISTS (
        SELECT 1 FROM reconciliation_withdrawal w WHERE w.region_id = NEW.region_id AND w.mismatch_id = NEW.mismatch_id))
     OR (TG_TABLE_NAME = 'reconciliation_withdrawal' AND EXISTS (
        SELECT 1 FROM reconciliation_resolution r WHERE r.region_id = NEW.region_id AND r.mismatch_id = NEW.mismatch_id))
  THEN
    RAISE EXCEPTION 'reconciliation mismatch % of region % is already resolved or withdrawn',
      NEW.mismatch_id, NEW.region_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER reconciliation_resolution_ends_once BEFORE INSERT ON reconciliation_resolution
  FOR EACH ROW EXECUTE FUNCTION reconciliation_mismatch_ends_once();
CREATE TRIGGER reconciliation_withdrawal_ends_once BEFORE INSERT ON reconciliation_withdrawal
  FOR EACH ROW EXECUTE FUNCTION reconciliation_mismatch_ends_once();

-- A deposited day's statement is the record the STS rests on: it is not replaced, and a deposit rests on the
-- current statement only. Checked here as well as in the application, which takes the day's lock for both.
CREATE FUNCTION bank_statement_replaceable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.replaces_statement_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM deposit d
    WHERE d.region_id = NEW.region_id AND d.partner_id = NEW.partner_id AND d.day = NEW.day
  ) THEN
    RAISE EXCEPTION 'the statement of % % in region % is deposited and cannot be replaced',
      NEW.partner_id, NEW.day, NEW.region_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER bank_statement_replaceable BEFORE INSERT ON bank_statement
  FOR EACH ROW EXECUTE FUNCTION bank_statement_replaceable();

-- STS susulan: a payment posted late onto a deposited day, or one whose mismatch was decided after the first STS,
-- is deposited with a follow-up STS of its own number that names the day's first. `sequence` counts a day's
-- deposits (0 the first, then 1, 2…): the unique key makes a day's first STS unique and two follow-ups made at
-- once collide instead of both going through. A payment is still in one deposit only (deposit_payment's key).
ALTER TABLE deposit DROP CONSTRAINT deposit_region_id_partner_id_day_key;
ALTER TABLE deposit
  ADD COLUMN sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  ADD COLUMN follows_deposit_id bigint,
  ADD CHECK ((follows_deposit_id IS NULL) = (sequence = 0)),
  ADD UNIQUE (region_id, partner_id, day, sequence),
  ADD UNIQUE (region_id, id, partner_id, day),
  ADD FOREIGN KEY (region_id, follows_deposit_id, partner_id, day)
    REFERENCES deposit (region_id, id, partner_id, day);
ALTER TABLE deposit ALTER COLUMN sequence DROP DEFAULT;

CREATE FUNCTION deposit_on_current_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM bank_statement n
             WHERE n.region_id = NEW.region_id AND n.replaces_statement_id = NEW.statement_id) THEN
    RAISE EXCEPTION 'statement % of region % is superseded; a deposit rests on the current statement',
      NEW.statement_id, NEW.region_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER deposit_on_current_statement BEFORE INSERT ON deposit
  FOR EACH ROW EXECUTE FUNCTION deposit_on_current_statement();
