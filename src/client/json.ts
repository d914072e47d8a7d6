import { isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';

/**
 * Lossless JSON for Basecamp bodies. Node 20's `JSON.parse` rounds integers past 2^53 and has no
 * reviver access to the source text, so the wire is parsed with lossless-json and then:
 * - integers under id keys (`id`, `*_id`, `*_ids`, and the id lists below) become strings, whatever their size;
 * - other integers past 2^53 become strings too (exact beats numeric);
 * - every other number becomes a plain number.
 */
export function parseJson(text: string): unknown {
  return fromLossless(parse(text), '');
}

/** Serialises a body for the wire: all-digit strings under id keys go out as bare JSON numbers. */
export function stringifyJson(value: unknown): string {
  return stringify(toLossless(value, '')) ?? 'null';
}

export function isIdKey(key: string): boolean {
  return key === 'id' || key.endsWith('_id') || key.endsWith('_ids') || ID_LIST_KEYS.has(key);
}

/**
 * Request keys that hold id lists although the name has no `_ids` suffix: people in
 * `subscriptions`/`unsubscriptions` (docs: subscriptions.md) and `grant`/`revoke` (people.md),
 * to-do lists in `tracked`/`untracked` (hill_charts.md).
 */
export const ID_LIST_KEYS: ReadonlySet<string> = new Set(['subscriptions', 'unsubscriptions', 'grant', 'revoke', 'tracked', 'untracked']);

const DIGITS = /^-?\d+$/;

function fromLossless(value: unknown, key: string): unknown {
  if (isLosslessNumber(value)) {
    const text = value.toString();
    if (DIGITS.test(text) && (isIdKey(key) || !Number.isSafeInteger(Number(text)))) return text;
    return value.valueOf() as number;
  }
  if (Array.isArray(value)) return value.map((item) => fromLossless(item, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, fromLossless(v, k));
    return out;
  }
  return value;
}

function toLossless(value: unknown, key: string): unknown {
  if (typeof value === 'string' && isIdKey(key) && DIGITS.test(value)) return new LosslessNumber(value);
  if (typeof value === 'bigint') return new LosslessNumber(value.toString());
  if (Array.isArray(value)) return value.map((item) => toLossless(item, key));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, toLossless(v, k));
    return out;
  }
  return value;
}

/** Wire keys are untrusted: a key named `__proto__` must stay a plain own property, not swap the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
