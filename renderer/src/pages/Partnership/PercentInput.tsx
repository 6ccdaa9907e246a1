import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { numberInputSeparators, numberInputValue } from '../../lib/number-format';
import { usePreferences } from '../../preferences/preferences';

/**
 * A commission percentage (0–100, two decimals) in the user's number format. It shows what is
 * being typed: an emptied field stays empty (reported as 0 until a number is typed) and "12,"
 * keeps its comma, where a number fed straight back into Mantine's NumberInput would turn the
 * empty field into "0 %" under the caret and drop the decimal separator.
 */
export function PercentInput({ value, onChange, ...props }: Omit<NumberInputProps, 'value' | 'onChange'> & { value: number; onChange: (percent: number) => void }) {
  const prefs = usePreferences();
  // What was typed and the number it was reported as: a value changed from outside is shown instead.
  const [typed, setTyped] = useState<{ text: number | string; reported: number }>({ text: value, reported: value });
  return (
    <NumberInput
      {...numberInputSeparators(prefs.locale)}
      suffix=" %"
      min={0}
      max={100}
      decimalScale={2}
      {...props}
      value={typed.reported === value ? typed.text : value}
      onChange={(v) => {
        const percent = numberInputValue(v) ?? 0;
        setTyped({ text: v, reported: percent });
        onChange(percent);
      }}
    />
  );
}
