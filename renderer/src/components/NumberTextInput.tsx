import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * A number field that keeps exactly what the user typed, in their number format; the form reads
 * and checks it (`lib/number-field.ts`) and says what is wrong. Unlike Mantine's NumberInput it
 * never reformats, clamps or drops characters behind the user's back.
 */
export function NumberTextInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput inputMode="decimal" autoComplete="off" spellCheck={false} {...props} />;
}
