import { describe, expect, it } from 'vitest';
import { closesCycle, nestUnits } from './unit-tree';

// Dinas Kesehatan: its Sekretariat (1) with a subbagian (2); Bidang Kesehatan Masyarakat (3) with two seksi (4, 5).
const parentOf = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, null],
  [4, 3],
  [5, 3],
]);

describe('a unit’s new parent', () => {
  it('may be any unit outside the unit’s own branch, or none (directly under the OPD)', () => {
    expect(closesCycle(parentOf, 4, 5)).toBe(false);
    expect(closesCycle(parentOf, 3, 1)).toBe(false);
    expect(closesCycle(parentOf, 2, null)).toBe(false);
  });

  it('may not be the unit itself, nor a unit under it at any depth', () => {
    expect(closesCycle(parentOf, 3, 3)).toBe(true);
    expect(closesCycle(parentOf, 3, 4)).toBe(true);
    const deeper = new Map(parentOf).set(6, 4);
    expect(closesCycle(deeper, 3, 6)).toBe(true);
  });

  it('stops on a tree that already loops rather than walking it forever', () => {
    const damaged = new Map<number, number | null>([
      [7, 8],
      [8, 7],
    ]);
    expect(closesCycle(damaged, 1, 7)).toBe(true);
  });
});

describe('the units as a tree', () => {
  const units = [
    { id: 1, parentId: null, name: 'Sekretariat' },
    { id: 2, parentId: 1, name: 'Subbagian Umum dan Kepegawaian' },
    { id: 3, parentId: null, name: 'Bidang Kesehatan Masyarakat' },
    { id: 4, parentId: 3, name: 'Seksi Kesehatan Keluarga dan Gizi' },
    { id: 5, parentId: 3, name: 'Seksi Promosi Kesehatan' },
  ];

  it('nests each unit under its parent in the order given, with what is attached to it', () => {
    const tree = nestUnits(units, (u) => ({ positions: [`Kepala ${u.name}`] }));
    expect(tree.map((u) => u.name)).toEqual(['Sekretariat', 'Bidang Kesehatan Masyarakat']);
    expect(tree[1]?.units.map((u) => u.name)).toEqual([
      'Seksi Kesehatan Keluarga dan Gizi',
      'Seksi Promosi Kesehatan',
    ]);
    expect(tree[0]?.units[0]).toMatchObject({
      id: 2,
      positions: ['Kepala Subbagian Umum dan Kepegawaian'],
      units: [],
    });
  });

  it('puts a unit whose parent is not in the list at the top rather than leaving it out', () => {
    const tree = nestUnits(units.slice(1), () => ({}));
    expect(tree.map((u) => u.id)).toEqual([2, 3]);
  });
});
