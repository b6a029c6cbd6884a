-- Every journal balances (migration 0002), now checked at the end of the statement that writes its lines instead of
-- at commit. On Citus a check deferred to commit runs on the region's worker while the coordinator prepares the
-- commit, and the caller is told only 'XX000 could not commit transaction for shard …': the reason and its code
-- (check_violation) are lost. Checked per statement, the refusal reaches the caller as it does on PostgreSQL. Lines
-- are written in one statement per posting (post_journals, migration 0020), so a balanced posting passes as before;
-- a journal's lines added piecemeal, by hand, are refused at the first statement that leaves it unbalanced.
DROP TRIGGER journal_line_balanced ON journal_line;
CREATE TRIGGER journal_line_balanced AFTER INSERT ON journal_line
  FOR EACH ROW EXECUTE FUNCTION journal_balances();
