-- Performance management (issue 16): the quarterly rankings of the OPD and their heads and what follows from them
-- (src/performance/ranking/).

-- The region's ranking rules from a day on (a change is a new row; the row in force on a day is the latest whose
-- effective_from is not after it). Without a row, the defaults of ranking-settings.ts (all UNCONFIRMED: the region's
-- own rule): each capaian counts up to 120%, a score below 100% misses the target, a pace below 90% is at risk,
-- 4 quarters missed in a row → 6 months to improve → a competency assessment, the 9-box's performance bands from
-- 80 and 100 and its potential bands from 60 and 80.
CREATE TABLE performance_ranking_setting (
  region_id text NOT NULL CONSTRAINT performance_ranking_setting_region_fkey REFERENCES region (region_id),
  effective_from date NOT NULL,
  capaian_cap_percent numeric(6, 2) NOT NULL
    CONSTRAINT performance_ranking_setting_cap_check CHECK (capaian_cap_percent BETWEEN 100 AND 1000),
  missed_below_percent numeric(6, 2) NOT NULL
    CONSTRAINT performance_ranking_setting_missed_check CHECK (missed_below_percent BETWEEN 0 AND 200),
  at_risk_below_percent numeric(6, 2) NOT NULL
    CONSTRAINT performance_ranking_setting_at_risk_check CHECK (at_risk_below_percent BETWEEN 0 AND 200),
  missed_quarters_in_row integer NOT NULL
    CONSTRAINT performance_ranking_setting_quarters_check CHECK (missed_quarters_in_row BETWEEN 1 AND 20),
  improve_months integer NOT NULL
    CONSTRAINT performance_ranking_setting_months_check CHECK (improve_months BETWEEN 0 AND 36),
  performance_medium_from numeric(6, 2) NOT NULL,
  performance_high_from numeric(6, 2) NOT NULL,
  potential_medium_from numeric(5, 2) NOT NULL,
  potential_high_from numeric(5, 2) NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by bigint CONSTRAINT performance_ranking_setting_recorded_by_fkey REFERENCES app_user (id),
  CONSTRAINT performance_ranking_setting_pkey PRIMARY KEY (region_id, effective_from),
  CONSTRAINT performance_ranking_setting_performance_check CHECK (performance_high_from > performance_medium_from),
  CONSTRAINT performance_ranking_setting_potential_check
    CHECK (potential_medium_from >= 0 AND potential_high_from > potential_medium_from AND potential_high_from <= 100)
);
SELECT distribute_table('performance_ranking_setting', 'region');

-- A head's potential for a year (0–100), as the planner records it from the region's assessment (assessment centre,
-- job fit): the 9-box's horizontal axis. The latest entry stands; each change is audited.
CREATE TABLE head_potential (
  region_id text NOT NULL CONSTRAINT head_potential_region_fkey REFERENCES region (region_id),
  employee_id bigint NOT NULL,
  year integer NOT NULL CONSTRAINT head_potential_year_check CHECK (year BETWEEN 2000 AND 2100),
  potential numeric(5, 2) NOT NULL CONSTRAINT head_potential_potential_check CHECK (potential BETWEEN 0 AND 100),
  note text CONSTRAINT head_potential_note_check CHECK (length(note) BETWEEN 1 AND 1000),
  recorded_at timestamptz NOT NULL,
  recorded_by bigint CONSTRAINT head_potential_recorded_by_fkey REFERENCES app_user (id),
  CONSTRAINT head_potential_pkey PRIMARY KEY (region_id, employee_id, year)
);
SELECT distribute_table('head_potential', 'region');

ALTER TABLE head_potential ADD CONSTRAINT head_potential_employee_fkey
  FOREIGN KEY (region_id, employee_id) REFERENCES employee (region_id, id);

-- A quarter's ranking as last computed: when (computed_by null: by Balai itself, on reading a stale ranking), under
-- the settings row in force at the quarter's end (null: the defaults). Replaced whole by each recompute.
CREATE TABLE performance_ranking (
  region_id text NOT NULL CONSTRAINT performance_ranking_region_fkey REFERENCES region (region_id),
  year integer NOT NULL CONSTRAINT performance_ranking_year_check CHECK (year BETWEEN 2000 AND 2100),
  quarter integer NOT NULL CONSTRAINT performance_ranking_quarter_check CHECK (quarter BETWEEN 1 AND 4),
  computed_at timestamptz NOT NULL,
  computed_by bigint CONSTRAINT performance_ranking_computed_by_fkey REFERENCES app_user (id),
  settings_from date,
  CONSTRAINT performance_ranking_pkey PRIMARY KEY (region_id, year, quarter)
);
SELECT distribute_table('performance_ranking', 'region');

-- One OPD's line of a quarter's ranking: its score (weighted capaian; null: nothing to measure, so no rank), rank
-- (ties share one), pace and whether it puts the OPD at risk, the trend against the previous quarter's score, how many
-- indicators counted and how many had no accepted realisation, its overdue audit follow-ups at the quarter's end (or
-- today for the running quarter), and the employee who headed it at that day (ranked with it).
CREATE TABLE performance_ranking_row (
  region_id text NOT NULL,
  year integer NOT NULL,
  quarter integer NOT NULL,
  opd_id bigint NOT NULL,
  score numeric(7, 2),
  rank integer CONSTRAINT performance_ranking_row_rank_check CHECK (rank >= 1),
  pace numeric(7, 2),
  at_risk boolean NOT NULL,
  previous_score numeric(7, 2),
  trend text NOT NULL CONSTRAINT performance_ranking_row_trend_check CHECK (trend IN ('up', 'down', 'same', 'new')),
  indicators integer NOT NULL,
  unreported integer NOT NULL,
  overdue_followups integer NOT NULL,
  head_employee_id bigint,
  CONSTRAINT performance_ranking_row_pkey PRIMARY KEY (region_id, year, quarter, opd_id),
  CONSTRAINT performance_ranking_row_rank_score_check CHECK ((rank IS NULL) = (score IS NULL))
);
SELECT distribute_table('performance_ranking_row', 'region');

ALTER TABLE performance_ranking_row ADD CONSTRAINT performance_ranking_row_ranking_fkey
  FOREIGN KEY (region_id, year, quarter) REFERENCES performance_ranking (region_id, year, quarter);
ALTER TABLE performance_ranking_row ADD CONSTRAINT performance_ranking_row_opd_fkey
  FOREIGN KEY (region_id, opd_id) REFERENCES perangkat_daerah (region_id, id);
ALTER TABLE performance_ranking_row ADD CONSTRAINT performance_ranking_row_head_fkey
  FOREIGN KEY (region_id, head_employee_id) REFERENCES employee (region_id, id);
