import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlStatements } from './sql-statements';

describe('a migration cut into statements', () => {
  it('ends a statement at a semicolon outside strings, identifiers, dollar quotes and comments', () => {
    const sql = `-- a comment; not a statement
CREATE TABLE t (d text CHECK (d IN (',', ';', E'\\t', E'\\';')), "odd;name" int);
/* also; not */ CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
BEGIN RETURN 1; END;
$$;
CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'x;y' $body$;
INSERT INTO t (d) VALUES ('it''s; fine')  -- last, without its semicolon
`;
    expect(sqlStatements(sql)).toEqual([
      `-- a comment; not a statement
CREATE TABLE t (d text CHECK (d IN (',', ';', E'\\t', E'\\';')), "odd;name" int);`,
      `/* also; not */ CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
BEGIN RETURN 1; END;
$$;`,
      `CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'x;y' $body$;`,
      `INSERT INTO t (d) VALUES ('it''s; fine')  -- last, without its semicolon`,
    ]);
  });

  it('cuts every migration into whole statements, each ending with its semicolon', () => {
    const dir = path.join(import.meta.dirname, 'migrations');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
      const sql = fs.readFileSync(path.join(dir, file), 'utf8');
      const statements = sqlStatements(sql);
      expect(statements.length, file).toBeGreaterThan(0);
      for (const s of statements) expect(s.endsWith(';'), `${file}: ${s.slice(-60)}`).toBe(true);
    }
  });
});
