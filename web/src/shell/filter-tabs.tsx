/** A row of mutually exclusive filters (open / paid / all…), the chosen one pressed. */
export function FilterTabs<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: NoInfer<T>; label: string }[];
  value: T;
  onChange(value: NoInfer<T>): void;
}) {
  return (
    <fieldset className="filter-tabs" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
