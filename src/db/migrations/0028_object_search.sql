-- Officers find a taxpayer by what is on the shop sign (issue 14): the search (tax/registry/search-taxpayers.ts)
-- also matches the registry's objects by name, address and their number in the region's earlier system
-- (legacy_ref, answered by the unique index of 0002). pg_trgm itself is created by 0001 (PGlite loads it as
-- `@electric-sql/pglite/contrib/pg_trgm`; Citus propagates the extension to its workers); the object's name has its
-- trigram index since 0002, its address gets one here so that a fragment of a street is answered by an index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX tax_object_address_trgm ON tax_object USING gin (address gin_trgm_ops);
