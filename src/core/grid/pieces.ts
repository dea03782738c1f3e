// A list and a set of strings kept in pieces, each piece small enough to be an ordinary heap object.
//
// Why: V8 places any single list or set above 128 KB (16,384 entries of a list; about 6,000 of a
// set) in its large-object space, where each one gets memory mapped afresh and unmapped when it
// dies. A whole-sheet index grown by doubling on a 20,000-row form made several such objects in
// every check, and touching their new pages was a page fault each: the check's system time tripled
// from 10,000 to 20,000 rows while its own work doubled. Pieces come from the ordinary heap, whose
// pages are reused from check to check.

const PIECE_BITS = 13;
/** Entries per piece of a list: 8,192 × 8 bytes, half of the large-object size. */
const PIECE = 1 << PIECE_BITS;
const MASK = PIECE - 1;

/** An append-only list in pieces of PIECE entries. */
export class PiecedList<T> {
  private readonly pieces: T[][] = [];
  private last: T[] = [];
  length = 0;

  push(value: T): void {
    if ((this.length & MASK) === 0) {
      this.last = [];
      this.pieces.push(this.last);
    }
    this.last.push(value);
    this.length++;
  }

  /** The entry at `i` (0 ≤ i < length). */
  at(i: number): T {
    return this.pieces[i >>> PIECE_BITS][i & MASK];
  }
}

/** Sets per string set: 64 sets of a few thousand keys stay ordinary objects up to ~300,000 keys. */
const PARTS = 64;

/**
 * A set of strings split over PARTS sets by a cheap mix of the length and seven characters spread
 * over the key, ends included ("第1次…" and "…1" numbered items spread). Not a full hash: only to
 * spread the keys; a skewed sheet makes some parts larger, never a wrong answer. Iterated by index
 * in the order keys were first added.
 */
export class PiecedStringSet {
  private readonly parts: Array<Set<string>> = Array.from({ length: PARTS }, () => new Set<string>());
  private readonly order = new PiecedList<string>();

  get size(): number {
    return this.order.length;
  }

  private part(key: string): Set<string> {
    const n = key.length;
    let mix = n;
    if (n > 0) {
      const q = n >> 2;
      mix = (Math.imul(mix, 31) + key.charCodeAt(0)) | 0;
      mix = (Math.imul(mix, 31) + key.charCodeAt(n > 1 ? 1 : 0)) | 0;
      mix = (Math.imul(mix, 31) + key.charCodeAt(q)) | 0;
      mix = (Math.imul(mix, 31) + key.charCodeAt(n >> 1)) | 0;
      mix = (Math.imul(mix, 31) + key.charCodeAt(n - 1 - q)) | 0;
      mix = (Math.imul(mix, 31) + key.charCodeAt(n > 1 ? n - 2 : 0)) | 0;
      mix = (Math.imul(mix, 31) + key.charCodeAt(n - 1)) | 0;
      mix ^= mix >>> 11;
    }
    return this.parts[mix & (PARTS - 1)];
  }

  /** Adds the key; false when it was there already. */
  add(key: string): boolean {
    const part = this.part(key);
    if (part.has(key)) return false;
    part.add(key);
    this.order.push(key);
    return true;
  }

  has(key: string): boolean {
    return this.part(key).has(key);
  }

  /** The i-th distinct key, in the order first added. */
  at(i: number): string {
    return this.order.at(i);
  }
}
