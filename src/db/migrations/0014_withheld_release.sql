-- Release of a withheld payment (issue 4, domain notes §4.6 rule 4): the treasurer withheld a payment whose money
-- the bank statement did not confirm; once the bank confirms it after all (a letter, a corrected statement), the
-- treasurer releases it, with a note naming that confirmation, and the day's next deposit (the first STS, or an STS
-- susulan if the day was deposited) carries it. The withholding decision stays as it was made: the release is its
-- own record, once per mismatch, never changed.
CREATE TABLE reconciliation_release (
  region_id text NOT NULL,
  mismatch_id bigint NOT NULL,
  note text NOT NULL CHECK (length(note) BETWEEN 3 AND 1000),
  released_at timestamptz NOT NULL,
  released_by bigint REFERENCES app_user (id),
  PRIMARY KEY (region_id, mismatch_id),
  FOREIGN KEY (region_id, mismatch_id) REFERENCES reconciliation_resolution (region_id, mismatch_id)
);
CREATE TRIGGER reconciliation_release_append_only BEFORE UPDATE OR DELETE ON reconciliation_release
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- Only a withholding is released. The application refuses anything else with a reason; this catches a writer that
-- did not ask.
CREATE FUNCTION reconciliation_release_of_withheld() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM reconciliation_resolution r
                 WHERE r.region_id = NEW.region_id AND r.mismatch_id = NEW.mismatch_id AND r.resolution = 'withheld') THEN
    RAISE EXCEPTION 'reconciliation mismatch % of region % did not withhold a payment', NEW.mismatch_id, NEW.region_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER reconciliation_release_of_withheld BEFORE INSERT ON reconciliation_release
  FOR EACH ROW EXECUTE FUNCTION reconciliation_release_of_withheld();
