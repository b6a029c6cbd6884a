import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS_HASH } from './audit';

describe('audit hashing', () => {
  it('canonical JSON sorts keys at every depth, so a jsonb round trip hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  const entry = {
    regionId: '35.73',
    seq: 1,
    at: new Date('2025-03-11T03:00:00Z'),
    actorId: null,
    actor: 'system',
    action: 'region.create',
    entity: 'region',
    entityId: '35.73',
    ip: null,
    before: null,
    after: { name: 'Kota Malang' },
  };

  it('a hash depends on the previous hash and on every field', () => {
    const h = entryHash(GENESIS_HASH, entry);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS_HASH, { ...entry })).toBe(h);
    expect(entryHash('1'.repeat(64), entry)).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...entry, actor: 'mallory' })).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...entry, after: { name: 'Kota Batu' } })).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...entry, at: new Date('2025-03-11T03:00:00.001Z') })).not.toBe(h);
  });
});
