import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { type AuditSigningKey, publicKeyBase64, signingKeyFrom } from './audit-checkpoint';

/**
 * The key that signs audit checkpoints, from `BALAI_AUDIT_SIGNING_KEY` or else the file
 * `BALAI_AUDIT_SIGNING_KEY_FILE`. It is never stored in the database: a checkpoint is worth something only because
 * whoever can write the database cannot sign one. When neither is there, a new key is written to the file (readable
 * by its owner only) and `announce` says where, what its public key is, and that it must be backed up apart from the
 * database.
 */
export function loadAuditSigningKey(
  config: Pick<Config, 'auditSigningKey' | 'auditSigningKeyFile'>,
  announce: (message: string) => void,
): AuditSigningKey {
  if (config.auditSigningKey) return signingKeyFrom(config.auditSigningKey);
  const file = config.auditSigningKeyFile;
  if (!fs.existsSync(file)) {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // `wx`: if another process wrote one a moment ago, that is the key, and this one is dropped.
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
      const key = signingKeyFrom(pem);
      announce(
        [
          `balai: created the audit signing key ${file}`,
          '  Back it up apart from the database: whoever holds it can sign checkpoints, and without it no new',
          '  checkpoint matches the key auditors were given. Hand auditors its fingerprint out of band.',
          `  fingerprint (keyId): ${key.keyId}`,
          `  public key:          ${publicKeyBase64(key.publicKey)}`,
        ].join('\n'),
      );
      return key;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  try {
    return signingKeyFrom(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file} is not an Ed25519 private key (PKCS#8 PEM): ${(err as Error).message}`);
  }
}
