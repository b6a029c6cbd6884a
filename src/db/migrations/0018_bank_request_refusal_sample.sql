-- A request refused before its partner was known (unknown partner, bad signature, stale timestamp) is written to
-- bank_request only as a sample (src/payments/h2h/rate-limit.ts, RefusalThrottle): at most one a minute per client
-- address, so that a flood cannot fill the disk. Such a row keeps the address it came from, which nothing else
-- identifies, and how many refusals of that address since its previous row were not written. Authenticated requests
-- are all written, as before; their partner says whose they are.
ALTER TABLE bank_request ADD COLUMN client_address text;
-- Column and check in two statements: Citus refuses ADD COLUMN with a CHECK on a distributed table.
ALTER TABLE bank_request ADD COLUMN unwritten_before integer NOT NULL DEFAULT 0;
ALTER TABLE bank_request ADD CONSTRAINT bank_request_unwritten_before_check CHECK (unwritten_before >= 0);
