import { Autocomplete } from '@mantine/core';
import { useState } from 'react';
import { foldForSearch } from '@shared/text/fold';

/**
 * The niche filter. It matches a whole niche, so it is applied once the text names one: a
 * suggestion picked or typed out in full, Enter, or leaving the field (and at once when emptied).
 * Applied at every keystroke, "f" on the way to "food" emptied the roster while the suggestions
 * were still open.
 */
export function NicheFilter({ label, niches, value, onChange }: { label: string; niches: readonly string[]; value: string; onChange: (niche: string) => void }) {
  const [text, setText] = useState(value);
  // The filter changed from elsewhere (cleared, a saved view opened, Back): the field follows.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const apply = (niche: string) => {
    setShown(niche);
    if (niche !== value) onChange(niche);
  };
  return (
    <Autocomplete
      size="xs"
      label={label}
      data={[...niches]}
      limit={20}
      value={text}
      onChange={(next) => {
        setText(next);
        if (next.trim() === '' || niches.some((niche) => foldForSearch(niche) === foldForSearch(next))) apply(next.trim());
      }}
      onOptionSubmit={apply}
      onBlur={() => apply(text.trim())}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply(text.trim());
      }}
    />
  );
}
