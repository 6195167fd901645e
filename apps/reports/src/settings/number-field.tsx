import { numberOrNull } from './editor-props';

type Value =
  | { optional?: false; value: number; onValue: (value: number) => void }
  | { optional: true; value: number | null; onValue: (value: number | null) => void };

/** A labelled whole-number field of the settings; an optional one left empty means «not set». */
export const NumberField = ({
  label,
  min,
  max,
  placeholder,
  ...field
}: { label: string; min: number; max: number; placeholder?: string } & Value) => (
  <label>
    {label}
    <input
      type="number"
      min={min}
      max={max}
      className="num"
      placeholder={placeholder}
      value={field.value ?? ''}
      onChange={(e) =>
        field.optional ? field.onValue(numberOrNull(e.target.value)) : field.onValue(Number(e.target.value))
      }
    />
  </label>
);
