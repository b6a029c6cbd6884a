import { formatRupiah, parseRupiah } from './format';

/**
 * A rupiah amount, shown with thousands dots as it is typed (`25.000.000`) and a numeric keypad on phones.
 * `value` is null while empty. Takes the id and ARIA props a `Field` gives it.
 */
export function RupiahInput({
  value,
  onChange,
  name,
  required,
  ...control
}: {
  value: number | null;
  onChange(value: number | null): void;
  name: string;
  required?: boolean;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-label'?: string;
}) {
  return (
    <span className="money-input">
      <span className="money-prefix" aria-hidden="true">
        Rp
      </span>
      <input
        {...control}
        name={name}
        required={required}
        inputMode="numeric"
        autoComplete="off"
        value={value === null ? '' : formatRupiah(value).replace(/^Rp /, '')}
        onChange={(e) => {
          if (e.target.value.trim() === '') return onChange(null);
          const amount = parseRupiah(e.target.value);
          if (!Number.isNaN(amount)) onChange(amount);
        }}
      />
    </span>
  );
}
