import type { DocumentKind } from './document-kind';

/**
 * The kinds of document of one build, from its areas' descriptions (`documentsOf`, src/platform/area.ts): what the
 * verify page reads a code's letter by. A kind's name and letter are each one kind's, checked here, so that a code
 * names one document only; a name is a lower-case word, since the code's MAC is over it.
 */
export class DocumentRegistry {
  readonly kinds: readonly DocumentKind[];
  private readonly byName = new Map<string, DocumentKind>();

  constructor(kinds: readonly DocumentKind[]) {
    const byLetter = new Map<string, DocumentKind>();
    for (const kind of kinds) {
      if (!/^[a-z][a-z_]*$/.test(kind.name))
        throw new Error(`a document kind's name is a lower-case word, not "${kind.name}"`);
      if (!/^[A-Z]$/.test(kind.letter))
        throw new Error(`document kind ${kind.name}: its letter is one of A to Z, not "${kind.letter}"`);
      if (this.byName.has(kind.name)) throw new Error(`document kind ${kind.name} is registered twice`);
      const other = byLetter.get(kind.letter);
      if (other)
        throw new Error(
          `document kinds ${other.name} and ${kind.name} both begin their codes with ${kind.letter}`,
        );
      this.byName.set(kind.name, kind);
      byLetter.set(kind.letter, kind);
    }
    this.kinds = [...kinds];
  }

  /** The kind of this name; a name no area registered is a mistake in the caller. */
  kind(name: string): DocumentKind {
    const kind = this.byName.get(name);
    if (!kind) throw new Error(`no area registers documents of kind ${name}`);
    return kind;
  }
}
