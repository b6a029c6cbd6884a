-- Roles are defined by the areas (each area's roles.ts, listed through src/app.ts), not by a closed list in the
-- schema: a new area brings its roles without a migration. The API and the command line accept only the roles of
-- the areas built in.
ALTER TABLE role_grant DROP CONSTRAINT role_grant_role_check;
