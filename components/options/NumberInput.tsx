import type { NumberFieldSpec } from './form';

/** One threshold: label, number box, unit, and its error right beside it. */
export function NumberInput(props: {
  spec: NumberFieldSpec;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { spec, value, error } = props;
  const id = `field-${spec.name}`;
  const errorId = `${id}-error`;
  return (
    <div className="field number-field">
      <label htmlFor={id}>{spec.label}</label>
      <span className="input-with-unit">
        <input
          id={id}
          name={spec.name}
          type="number"
          inputMode="numeric"
          min={spec.min}
          max={spec.max}
          step={1}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
        <span className="unit">{spec.unit}</span>
      </span>
      {error && (
        <span id={errorId} className="field-error" data-wiifm="field-error" data-field={spec.name}>
          {error}
        </span>
      )}
    </div>
  );
}
