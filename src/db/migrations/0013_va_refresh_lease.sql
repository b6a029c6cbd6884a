-- One VA refresh per bank at a time (issue 4, SNAP BI virtual accounts): the server's daily run and a
-- `balai va refresh` started by hand would otherwise both tell the bank to create or update the same accounts.
-- A refresh holds the lease while it works and renews it batch by batch; a lease whose holder died expires.
CREATE TABLE va_refresh_lease (
  region_id text NOT NULL REFERENCES region (region_id),
  partner_id text NOT NULL REFERENCES payment_partner (partner_id),
  holder text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (region_id, partner_id)
);
