-- Issue 14, taxpayer home: the region's Bapenda office as taxpayers are shown it (address, phone, e-mail, WhatsApp,
-- opening hours), one row per region, set by the region's administrator.
CREATE TABLE region_contact (
  region_id text PRIMARY KEY REFERENCES region (region_id),
  office_name text NOT NULL CHECK (length(office_name) BETWEEN 1 AND 200),
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
  phone text CHECK (length(phone) <= 40),
  email text CHECK (length(email) <= 200),
  whatsapp text CHECK (length(whatsapp) <= 40),
  -- One line per group of days, as the office posts them: `Senin–Kamis 08.00–15.30`.
  opening_hours text NOT NULL CHECK (length(opening_hours) BETWEEN 1 AND 1000),
  updated_at timestamptz NOT NULL
);
SELECT distribute_table('region_contact', 'region');
