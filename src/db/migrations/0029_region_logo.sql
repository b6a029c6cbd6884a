-- The region's emblem (logo), uploaded by its administrator and shown on the sign-in page, in the web app's header
-- and in the letterhead of every printed document (issue 14). One per region, kept as uploaded once checked: a PNG or
-- JPEG (an SVG is drawn to PNG by the browser before upload), at most 256 KB. `sha256` names the version, so the
-- public address that serves it can be cached and changes when the logo does.
CREATE TABLE region_logo (
  region_id text NOT NULL CONSTRAINT region_logo_pkey PRIMARY KEY
    CONSTRAINT region_logo_region_fkey REFERENCES region (region_id),
  media_type text NOT NULL CONSTRAINT region_logo_media_type_check CHECK (media_type IN ('image/png', 'image/jpeg')),
  image bytea NOT NULL CONSTRAINT region_logo_image_check CHECK (octet_length(image) BETWEEN 1 AND 262144),
  width integer NOT NULL CONSTRAINT region_logo_width_check CHECK (width BETWEEN 1 AND 4096),
  height integer NOT NULL CONSTRAINT region_logo_height_check CHECK (height BETWEEN 1 AND 4096),
  sha256 text NOT NULL CONSTRAINT region_logo_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  updated_at timestamptz NOT NULL
);
SELECT distribute_table('region_logo', 'region');
