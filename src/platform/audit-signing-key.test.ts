import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { loadAuditSigningKey } from './audit-signing-key';

const dirs: string[] = [];
const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the audit signing key', () => {
  it('lives by default beside the PGlite data, in audit-signing-key.pem', () => {
    expect(loadConfig({ BALAI_DATA_DIR: '/srv/balai' }).auditSigningKeyFile).toBe(
      '/srv/balai/audit-signing-key.pem',
    );
  });

  it('is created once, readable by its owner only, with a word on where it is and that it needs a backup', () => {
    const file = path.join(scratch(), 'keys', 'audit-signing-key.pem');
    const said: string[] = [];
    const created = loadAuditSigningKey({ auditSigningKey: undefined, auditSigningKeyFile: file }, (m) =>
      said.push(m),
    );
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(said.join('\n')).toContain(`created the audit signing key ${file}`);
    expect(said.join('\n')).toContain('Back it up apart from the database');
    expect(said.join('\n')).toContain(created.keyId);
    const again = loadAuditSigningKey({ auditSigningKey: undefined, auditSigningKeyFile: file }, (m) =>
      said.push(m),
    );
    expect(again.keyId).toBe(created.keyId);
    expect(said).toHaveLength(1);
  });

  it('given in BALAI_AUDIT_SIGNING_KEY, it is used and no file is written', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const file = path.join(scratch(), 'audit-signing-key.pem');
    const config = loadConfig({ BALAI_AUDIT_SIGNING_KEY: pem, BALAI_AUDIT_SIGNING_KEY_FILE: file });
    expect(loadAuditSigningKey(config, () => {}).privateKey.asymmetricKeyType).toBe('ed25519');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a BALAI_AUDIT_SIGNING_KEY that is not an Ed25519 private key stops the start, named', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    for (const value of ['not a key', rsa]) {
      expect(() => loadConfig({ BALAI_AUDIT_SIGNING_KEY: value })).toThrow(
        /BALAI_AUDIT_SIGNING_KEY: must be/,
      );
    }
  });
});
