/** Mean and median that cannot overflow to Infinity on large finite inputs. */

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  // A running mean never sums all values, so 1e308 + 1e308 cannot overflow.
  let m = 0;
  for (let i = 0; i < values.length; i++) m += (values[i]! - m) / (i + 1);
  return Number.isFinite(m) ? m : undefined;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]! / 2 + sorted[middle]! / 2;
  return Number.isFinite(value) ? value : undefined;
}
