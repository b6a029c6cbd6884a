/**
 * The units of an OPD form a tree (a bidang holds its seksi, the Setda's asisten their bagian): each unit names its
 * parent, or none when it sits directly under the OPD. These are the pure parts: whether a new parent would close a
 * cycle, and how a flat list of rows becomes the tree the API answers.
 */

/**
 * Whether giving `unitId` the parent `parentId` would close a cycle: the parent is the unit itself or lies under it.
 * `parentOf` maps each unit of the OPD to its current parent (null at the top).
 */
export function closesCycle(
  parentOf: ReadonlyMap<number, number | null>,
  unitId: number,
  parentId: number | null,
): boolean {
  const seen = new Set<number>();
  for (let at = parentId; at !== null; at = parentOf.get(at) ?? null) {
    if (at === unitId) return true;
    // A tree read from the database has no cycle; a set keeps a damaged one from looping forever.
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** What the tree needs of a unit row. */
export interface UnitRow {
  id: number;
  parentId: number | null;
}

/** A unit with the units under it, and whatever `attach` gives it (its positions). */
export type UnitNode<U extends UnitRow, A> = U & A & { units: UnitNode<U, A>[] };

/**
 * Nests an OPD's units under their parents, keeping the order they come in. A unit whose parent is not among them (a
 * parent out of force on the day read) is put at the top, so that nothing in force is left out.
 */
export function nestUnits<U extends UnitRow, A>(
  units: readonly U[],
  attach: (unit: U) => A,
): UnitNode<U, A>[] {
  const nodes = new Map<number, UnitNode<U, A>>();
  for (const unit of units) nodes.set(unit.id, { ...unit, ...attach(unit), units: [] });
  const top: UnitNode<U, A>[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id) as UnitNode<U, A>;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    (parent ? parent.units : top).push(node);
  }
  return top;
}
