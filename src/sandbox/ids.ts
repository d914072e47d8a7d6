/**
 * Id sequences. Basecamp ids are opaque digit strings here (state never holds id numbers), so
 * ids past 2^53 survive untouched; sequences count in BigInt for the same reason.
 */
export interface IdSequence {
  /** Returns the next id as a digit string. */
  next(): string;
}

/** A sequence that starts at `start` and counts up by one. */
export function idSequence(start: string | bigint): IdSequence {
  let current = BigInt(start);
  return {
    next() {
      const id = current.toString();
      current += 1n;
      return id;
    },
  };
}

/** True when `value` is a Basecamp-style numeric id (digits only, no sign). */
export function isDigits(value: unknown): value is string {
  return typeof value === 'string' && /^\d+$/.test(value);
}

/** Numeric order of digit-string ids of any length. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
