/**
 * A migration file cut into its statements, each with its own text. On a Citus coordinator some DDL on a distributed
 * table (CREATE TRIGGER, DROP TRIGGER) is sent on to the workers as the text of the command that ran it: a file run
 * as one multi-statement command reaches them whole, and they refuse it ('cannot insert multiple commands into a
 * prepared statement'). Statements end at a semicolon outside quotes, quoted identifiers, dollar-quoted bodies and
 * comments; what is left is whitespace and comments is dropped.
 */
export function sqlStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const skipTo = (end: string, from: number) => {
    const at = sql.indexOf(end, from);
    return at < 0 ? sql.length : at + end.length;
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    if (c === '-' && next === '-') i = skipTo('\n', i + 2);
    else if (c === '/' && next === '*') i = skipTo('*/', i + 2);
    else if (c === '"') i = skipTo('"', i + 1);
    else if (c === "'")
      i = endOfString(sql, i, /[eE]/.test(sql[i - 1] ?? '') && !/\w/.test(sql[i - 2] ?? ''));
    else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0];
      i = tag && !/\w/.test(sql[i - 1] ?? '') ? skipTo(tag, i + tag.length) : i + 1;
    } else if (c === ';') {
      statements.push(sql.slice(start, i + 1));
      start = ++i;
    } else i++;
  }
  statements.push(sql.slice(start));
  return statements.filter((s) => withoutComments(s).trim() !== '').map((s) => s.trim());
}

/** The index after a string literal opened at `open`: '' is a quote inside it, and so is \' in an E'' string. */
function endOfString(sql: string, open: number, backslashEscapes: boolean): number {
  let i = open + 1;
  while (i < sql.length) {
    if (backslashEscapes && sql[i] === '\\') i += 2;
    else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
    else if (sql[i] === "'") return i + 1;
    else i++;
  }
  return i;
}

const withoutComments = (s: string) => s.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
