-- The revenue drill-down's page (issue 15, src/revenue/realisation/realisation-entries.ts): a figure's payments, newest
-- first, by day and then id. With millions of payments a year (bench/revenue.ts) the page reads the newest few along
-- this index instead of sorting the year's payments: ≈10 ms instead of seconds. `payment_day` (day, partner) orders by
-- bank within a day, not by id, so it cannot serve.
CREATE INDEX payment_day_id ON payment (region_id, day, id);
