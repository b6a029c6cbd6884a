/**
 * A region's logo as its administrator uploaded it (public, cacheable address from the list of regions), or, while
 * it has none, the initials of its name in a plain badge. Decorative beside the region's name, so its text is empty
 * unless the image stands alone (the badge is always beside the name).
 */
export function RegionEmblem({
  name,
  logoUrl,
  size = 32,
  alone = false,
  testId,
}: {
  name: string;
  logoUrl: string | null | undefined;
  size?: number;
  alone?: boolean;
  testId?: string;
}) {
  const alt = alone ? name : '';
  if (logoUrl) {
    return (
      <img
        className="region-emblem"
        src={logoUrl}
        alt={alt}
        width={size}
        height={size}
        data-testid={testId}
      />
    );
  }
  const initials = name
    .replace(/^(Kota|Kabupaten|Kab\.)\s+/i, '')
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <span
      className="region-emblem region-emblem-initials"
      style={{ width: size, height: size }}
      aria-hidden="true"
      data-testid={testId}
    >
      {initials}
    </span>
  );
}
