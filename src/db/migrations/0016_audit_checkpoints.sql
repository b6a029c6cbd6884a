-- Signed checkpoints of each region's audit chain head (platform/audit-checkpoint.ts): the entry's seq and hash,
-- signed with an Ed25519 key kept outside the database. This is the published copy, kept for the public API; it
-- proves nothing by itself: verification trusts the checkpoints an auditor kept and the public key they were given.
CREATE TABLE audit_checkpoint (
  region_id text NOT NULL,
  seq bigint NOT NULL,
  hash text NOT NULL,
  signed_at timestamptz NOT NULL,
  -- Fingerprint of the signing key: hex SHA-256 of public_key's DER bytes.
  key_id text NOT NULL,
  -- Base64 DER (SubjectPublicKeyInfo) of the Ed25519 public key, published with the checkpoint.
  public_key text NOT NULL,
  -- Base64 Ed25519 signature over the checkpoint's canonical JSON.
  signature text NOT NULL,
  -- No foreign key to audit_entry: it would turn a TRUNCATE of the trail into a foreign-key error before the
  -- append-only guard answers, and an insider who cuts the tail switches foreign keys off anyway.
  PRIMARY KEY (region_id, seq)
);

CREATE FUNCTION audit_checkpoint_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_checkpoint is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_is_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_is_append_only();
