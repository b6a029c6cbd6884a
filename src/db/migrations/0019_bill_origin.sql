-- A bill names where it comes from by kind and reference (issue 12): receivables books bills for every area that
-- issues them, and an SPPT, a BPHTB validation or a levy (retribusi) must have somewhere to come from, where until now a
-- bill had to come from a tax_return or an assessment.
--
-- The kinds are registered here, each by the area that issues it (its migration adds its row). The reference is
-- `origin_id`; a kind whose documents are rows of a table keeps the foreign key to it through a column derived from
-- (origin_kind, origin_id): `return_id` and `assessment_id` are now generated from them, so they cannot disagree, and
-- the foreign keys they had are kept. A new kind with a table of its own adds such a column and its foreign key.
CREATE TABLE bill_origin_kind (
  kind text PRIMARY KEY CHECK (kind ~ '^[a-z][a-z0-9_]*$'),
  area text NOT NULL,
  description text NOT NULL
);
INSERT INTO bill_origin_kind (kind, area, description) VALUES
  ('sptpd', 'tax', 'SPTPD: the tax a taxpayer declared (or the shortfall of its pembetulan); reference tax_return.id'),
  ('skpd', 'tax', 'SKPD, SKPDKB, SKPDKBT: an assessment by the head of region; reference assessment.id'),
  ('stpd', 'tax', 'STPD: interest or a fine billed by a tax bill (surat tagihan); reference assessment.id');

ALTER TABLE bill ADD COLUMN origin_kind text;
ALTER TABLE bill ADD COLUMN origin_id bigint;
-- Every bill so far has exactly one of return_id and assessment_id (the check dropped below).
UPDATE bill b SET
  origin_kind = CASE
    WHEN b.return_id IS NOT NULL THEN 'sptpd'
    WHEN (SELECT a.kind FROM assessment a WHERE a.region_id = b.region_id AND a.id = b.assessment_id) = 'STPD'
      THEN 'stpd'
    ELSE 'skpd' END,
  origin_id = coalesce(b.return_id, b.assessment_id);
ALTER TABLE bill ALTER COLUMN origin_kind SET NOT NULL;
ALTER TABLE bill ALTER COLUMN origin_id SET NOT NULL;
ALTER TABLE bill ADD FOREIGN KEY (origin_kind) REFERENCES bill_origin_kind (kind);

-- The tax kinds' references, derived. Dropping a column drops its foreign key; both come back below, one change per
-- statement (Citus takes one constraint per ALTER TABLE).
ALTER TABLE bill DROP CONSTRAINT bill_check;
ALTER TABLE bill DROP COLUMN return_id;
ALTER TABLE bill DROP COLUMN assessment_id;
ALTER TABLE bill ADD COLUMN return_id bigint
  GENERATED ALWAYS AS (CASE WHEN origin_kind = 'sptpd' THEN origin_id END) STORED;
ALTER TABLE bill ADD COLUMN assessment_id bigint
  GENERATED ALWAYS AS (CASE WHEN origin_kind IN ('skpd', 'stpd') THEN origin_id END) STORED;
ALTER TABLE bill ADD FOREIGN KEY (region_id, return_id) REFERENCES tax_return (region_id, id);
ALTER TABLE bill ADD FOREIGN KEY (region_id, assessment_id) REFERENCES assessment (region_id, id);
-- A bill is found by its origin (the bill of an SPTPD, of an assessment).
CREATE INDEX bill_origin ON bill (region_id, origin_kind, origin_id);
