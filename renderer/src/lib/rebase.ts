/**
 * A form's edits carried over onto a newer saved version (a three-way merge by field): fields the
 * user left as they started take the newer saved value, fields the user changed keep theirs.
 * Null when a field was changed on both sides to different values: then the save is refused as
 * "changed elsewhere" rather than either side silently winning.
 */
export function rebase<T extends object>(base: T, mine: T, theirs: T): T | null {
  const merged = { ...mine };
  for (const key of Object.keys(theirs) as (keyof T)[]) {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const iChanged = !same(mine[key], base[key]);
    const theyChanged = !same(theirs[key], base[key]);
    if (theyChanged && !iChanged) merged[key] = theirs[key];
    else if (theyChanged && iChanged && !same(mine[key], theirs[key])) return null;
  }
  return merged;
}
