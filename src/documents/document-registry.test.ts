import { describe, expect, it } from 'vitest';
import type { DocumentKind } from './document-kind';
import { DocumentRegistry } from './document-registry';

/** A kind as far as the registry looks at it: its name and its codes' letter. */
const kind = (name: string, letter: string) => ({ name, letter }) as DocumentKind;

describe('the registry of document kinds', () => {
  it('holds each kind by its name, in the order the areas give them', () => {
    const registry = new DocumentRegistry([kind('bill', 'B'), kind('payment', 'S')]);
    expect(registry.kinds.map((k) => k.name)).toEqual(['bill', 'payment']);
    expect(registry.kind('payment').letter).toBe('S');
    expect(() => registry.kind('deposit')).toThrow('no area registers documents of kind deposit');
  });

  it('refuses a kind registered twice, and two kinds whose codes begin with the same letter', () => {
    expect(() => new DocumentRegistry([kind('bill', 'B'), kind('bill', 'C')])).toThrow(
      'document kind bill is registered twice',
    );
    expect(() => new DocumentRegistry([kind('bill', 'B'), kind('budget', 'B')])).toThrow(
      'document kinds bill and budget both begin their codes with B',
    );
  });

  it('refuses a letter no code can begin with, and a name that is not a lower-case word', () => {
    for (const letter of ['b', 'BB', '1', '', 'É']) {
      expect(() => new DocumentRegistry([kind('bill', letter)])).toThrow(/its letter is one of A to Z/);
    }
    for (const name of ['Bill', 'bill\nB', '', 'kode-bayar']) {
      expect(() => new DocumentRegistry([kind(name, 'B')])).toThrow(/a lower-case word/);
    }
  });
});
