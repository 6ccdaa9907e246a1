/**
 * A name as the import joins creators by it: case, runs of spaces and emoji (flags, skin tones,
 * keycaps included) ignored, since "Lily Chen 🌷" in one tool's export is "Lily Chen" in
 * another's. Accents count ("Café" ≠ "Cafe").
 */
export function nameKey(name: string): string {
  return name
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0e|\ufe0f|\u20e3|[\u{E0020}-\u{E007F}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The names a file gives to more than one creator: rows of one name under two creator ids
 * (two namesakes in Microplan's export). Such a name joins no creator of the roster by name:
 * which of the two it would be cannot be told.
 */
export function namesOfSeveralCreators(rows: Iterable<{ readonly name: string | null; readonly creatorRef?: string | null | undefined }>): Set<string> {
  const refsOf = new Map<string, Set<string>>();
  for (const { name, creatorRef } of rows) {
    if (!name || !creatorRef) continue;
    const key = nameKey(name);
    const refs = refsOf.get(key) ?? new Set<string>();
    refs.add(creatorRef);
    refsOf.set(key, refs);
  }
  return new Set([...refsOf].flatMap(([key, refs]) => (refs.size > 1 ? [key] : [])));
}
