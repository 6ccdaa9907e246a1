/**
 * The line on which each key (a normalised handle) was first seen, for finding the
 * duplicates among 100,000 rows. A `Map` keyed by the handles made the engine read
 * every candidate string it met in the table, spread over memory, and was the largest
 * single cost of checking a file. This table keeps each key's hash beside its entry in
 * one typed array (open addressing, linear probing), so a lookup reads one slot and
 * compares the key itself only when the hashes match.
 */
export class FirstLines {
  /** Per slot: the key's hash, then 1 + its entry (0 marks an empty slot). */
  private slots = new Int32Array(2 * 16);
  private readonly keys: string[] = [];
  private readonly lines: number[] = [];

  /** The line `key` was first seen on; undefined when this is the first time, and then `line` is noted as its first. */
  firstLine(key: string, line: number): number | undefined {
    const hash = hashOf(key);
    let slot = this.slotOf(hash);
    for (let entry = this.slots[2 * slot + 1]!; entry !== 0; entry = this.slots[2 * slot + 1]!) {
      if (this.slots[2 * slot] === hash && this.keys[entry - 1] === key) return this.lines[entry - 1];
      slot = this.nextSlot(slot);
    }
    this.keys.push(key);
    this.lines.push(line);
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = this.keys.length;
    // At most half full, so probes stay short.
    if (this.keys.length * 4 > this.slots.length) this.grow();
    return undefined;
  }

  private slotOf(hash: number): number {
    return hash & (this.slots.length / 2 - 1);
  }

  private nextSlot(slot: number): number {
    return (slot + 1) & (this.slots.length / 2 - 1);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = this.slotOf(old[i]!);
      while (this.slots[2 * slot + 1] !== 0) slot = this.nextSlot(slot);
      this.slots[2 * slot] = old[i]!;
      this.slots[2 * slot + 1] = old[i + 1]!;
    }
  }
}

/** FNV-1a over the UTF-16 code units, as a 32-bit integer like the slots hold. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
