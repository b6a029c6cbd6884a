-- Interest billed by an STPD is charged once: the bill remembers how many months of it were billed, and the
-- amount due on the bill itself counts only the months beyond those (tax/billing/amount-due.ts).
ALTER TABLE bill ADD COLUMN interest_billed_months integer NOT NULL DEFAULT 0 CHECK (interest_billed_months >= 0);
