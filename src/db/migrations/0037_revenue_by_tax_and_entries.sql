-- The revenue command center at ten million payments (issue 15, bench/revenue.ts). Two more tables the rollup keeps
-- (src/revenue/realisation/rollup.ts) beside revenue_day and revenue_month:
--
-- revenue_tax_day: the realisation by day and tax type only. The dashboard needs no kelurahan, channel or bank, and
-- summing a few hundred rows a month instead of every combination keeps it within milliseconds however many
-- kelurahan and banks the region has.
CREATE TABLE revenue_tax_day (
  region_id text NOT NULL CONSTRAINT revenue_tax_day_region_fkey REFERENCES region (region_id),
  day date NOT NULL,
  tax_code text NOT NULL,
  principal bigint NOT NULL,
  penalty bigint NOT NULL,
  payments integer NOT NULL,
  CONSTRAINT revenue_tax_day_pkey PRIMARY KEY (region_id, day, tax_code)
);
SELECT distribute_table('revenue_tax_day', 'region');

-- revenue_entry: each payment on its day, and each reversal on the day it was made, with the rollup's dimensions, as
-- the rollup last counted them. The payments behind a figure (the drill-down) are found here by the figure's own
-- filters, newest first along an index, instead of joining every payment of the month to its bill and object to
-- find a kelurahan's few.
CREATE TABLE revenue_entry (
  region_id text NOT NULL CONSTRAINT revenue_entry_region_fkey REFERENCES region (region_id),
  day date NOT NULL,
  payment_id bigint NOT NULL,
  reversal boolean NOT NULL,
  tax_code text NOT NULL,
  village_code text NOT NULL,
  channel text NOT NULL,
  partner_id text NOT NULL,
  principal bigint NOT NULL,
  penalty bigint NOT NULL,
  CONSTRAINT revenue_entry_pkey PRIMARY KEY (region_id, day, payment_id, reversal)
);
SELECT distribute_table('revenue_entry', 'region');
CREATE INDEX revenue_entry_tax ON revenue_entry (region_id, tax_code, day, payment_id);
CREATE INDEX revenue_entry_village ON revenue_entry (region_id, village_code, day, payment_id);
-- A figure's count adds its reversals twice (each is an entry, and so is the payment it took back): they are few.
CREATE INDEX revenue_entry_reversal ON revenue_entry (region_id, day) WHERE reversal;
