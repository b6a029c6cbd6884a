import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The app's one stylesheet is appended to by every area, and merges of two branches' additions have dropped a closing
 * brace: every rule after it then nested inside the open one and silently stopped applying. Plain CSS here: a rule
 * sits only at the top or inside an at-rule (@media), and every brace closes.
 */
describe('web/src/styles.css', () => {
  it('closes every rule, and nests rules only inside an at-rule', () => {
    const css = fs
      .readFileSync(path.join(import.meta.dirname, 'styles.css'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '');
    const open: string[] = [];
    const nested: string[] = [];
    let selector = '';
    for (const ch of css) {
      if (ch === '{') {
        const name = selector.trim();
        if (open.length > 0 && !(open[open.length - 1] as string).startsWith('@')) nested.push(name);
        open.push(name);
        selector = '';
      } else if (ch === '}') {
        expect(open.pop(), 'a closing brace without its rule').toBeDefined();
        selector = '';
      } else if (ch === ';') {
        selector = '';
      } else {
        selector += ch;
      }
    }
    expect(nested).toEqual([]);
    expect(open).toEqual([]);
  });
});
