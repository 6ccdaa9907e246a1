import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { numberInputSeparators, numberInputValue } from '../lib/number-format';
import { usePreferences } from '../preferences/preferences';

type TypedNumberInputProps = Omit<NumberInputProps, 'value' | 'onChange'> & {
  value: number;
  onChange: (value: number) => void;
  /** What an emptied field reports until a number is typed. */
  whenEmpty?: number;
};

/**
 * A number field of the work pages in the user's number format that shows what is being typed:
 * an emptied field stays empty (reported as `whenEmpty`) and "12," keeps its comma, where a number
 * fed straight back into Mantine's NumberInput puts a fallback under the caret (emptying 1 and
 * typing 3 gave 30) and drops the decimal separator (7,5 gave 75). A value changed from outside
 * is shown instead of the typed text; an emptied field shows its number again when left.
 */
export function TypedNumberInput({ value, onChange, whenEmpty = 0, ...props }: TypedNumberInputProps) {
  const prefs = usePreferences();
  const [typed, setTyped] = useState<{ text: number | string; reported: number }>({ text: value, reported: value });
  return (
    <NumberInput
      {...numberInputSeparators(prefs.locale)}
      {...props}
      value={typed.reported === value ? typed.text : value}
      onChange={(v) => {
        const number = numberInputValue(v) ?? whenEmpty;
        setTyped({ text: v, reported: number });
        onChange(number);
      }}
      // Left empty, the field shows the number it reported, so what is saved is what is seen.
      onBlur={(event) => {
        if (numberInputValue(typed.text) === null) setTyped({ text: value, reported: value });
        props.onBlur?.(event);
      }}
    />
  );
}

/** A commission percentage: 0–100 with two decimals. */
export function PercentInput(props: Omit<TypedNumberInputProps, 'suffix' | 'min' | 'max' | 'decimalScale'>) {
  return <TypedNumberInput suffix=" %" min={0} max={100} decimalScale={2} {...props} />;
}
