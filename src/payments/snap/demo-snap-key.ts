/**
 * The demo bank BANKJATIM's SNAP BI public key (PEM), registered in demo mode. Its private key is a public demo value,
 * `test/fixtures/snap-demo-bankjatim.private.pem` (README, "SNAP BI virtual accounts"): never trust it in production.
 */
export const DEMO_SNAP_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApKWYL2BimWiiebzfR/9Q
ZfEeb+jZyklwVDITTrHsn4PHVJ7QHyzy/eVOMmajmZF1aJr1daQV9c/2Ci4E82Wu
yx/+Iio4Q8DiGn++XFWZpXqdXO5pxJDWx5u9+NtsILoQLqnXYWer1o3mlNHXqlE0
CvtCND3ZJJkezS6pIIFLISt0EIBhB2ECIGWWhSOUfF/6Ig6i5UbWZCq8r2NBZdMy
F2akO3AO/eMGTlr+Eu/umAnHSzBlWVzMBgTE+OGX8wE1ODzFThmHNMWHRuE8/FgA
+lWC0m3ofePLajSfh61ktPeZtHUu0Z+Dzzy2bk6HRLxcSZnBKWNrrIYnsyWiXo90
gQIDAQAB
-----END PUBLIC KEY-----
`;
