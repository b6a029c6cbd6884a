-- Taxpayer search (tax/registry/search-taxpayers.ts). Every alternative of the free-text search must be answerable
-- by an index, or PostgreSQL reads the whole region instead of combining the trigram indexes of 0002:
-- NPWPD by prefix (text_pattern_ops, because a LIKE prefix cannot use a btree under a non-C collation), and NIK
-- and NPWP exactly, rejected registrations included (the unique indexes of 0002 leave those out).
CREATE INDEX taxpayer_npwpd_prefix ON taxpayer (region_id, npwpd text_pattern_ops);
CREATE INDEX taxpayer_nik_any ON taxpayer (region_id, nik) WHERE nik IS NOT NULL;
CREATE INDEX taxpayer_npwp_any ON taxpayer (region_id, npwp) WHERE npwp IS NOT NULL;
-- Filter by kelurahan.
CREATE INDEX taxpayer_village ON taxpayer (region_id, village_code);
