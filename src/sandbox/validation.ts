import { isDigits } from './ids.ts';
import { unprocessable } from './protocol/errors.ts';

/**
 * Readers for write bodies. Each returns the typed value or throws a 422 whose message reads like
 * Basecamp's Rails validations ("Content can't be blank").
 */
type Body = Record<string, unknown>;

/** A required, non-blank string. */
export function requiredText(body: Body, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value.trim() === '') throw unprocessable(`${label(key)} can't be blank`);
  return value;
}

/** An optional string; `null` reads as absent. */
export function optionalText(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unprocessable(`${label(key)} must be text`);
  return value;
}

/** An optional boolean. */
export function optionalBoolean(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw unprocessable(`${label(key)} must be true or false`);
  return value;
}

/** An optional calendar date `YYYY-MM-DD`; `null` or "" clears it (returns null). */
export function optionalDate(body: Body, key: string): string | null | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  if (typeof value !== 'string' || !isCalendarDate(value)) throw unprocessable(`${label(key)} is not a valid date`);
  return value;
}

/** An optional array of ids; numbers and digit strings are both accepted. */
export function optionalIds(body: Body, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const ids = Array.isArray(value) ? value.map((id) => (typeof id === 'number' ? String(id) : id)) : undefined;
  if (!ids || !ids.every(isDigits)) throw unprocessable(`${label(key)} must be a list of ids`);
  return [...new Set(ids)];
}

/** An optional single id; numbers and digit strings are both accepted. */
export function optionalId(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const id = typeof value === 'number' ? String(value) : value;
  if (!isDigits(id)) throw unprocessable(`${label(key)} must be an id`);
  return id;
}

/** A required integer ≥ 1 (positions). */
export function requiredPosition(body: Body, key = 'position'): number {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw unprocessable(`${label(key)} must be greater than or equal to 1`);
  }
  return value;
}

/** One of a fixed set of strings, or undefined. */
export function optionalChoice<T extends string>(body: Body, key: string, choices: readonly T[]): T | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw unprocessable(`${label(key)} is not included in the list`);
  }
  return value as T;
}

/**
 * A new message's, document's or Google document's `status`: `active` publishes it, `drafted`
 * keeps it for its creator; left out, a draft ("set to active to publish immediately").
 */
export function publicationStatus(body: Body): 'active' | 'drafted' {
  return optionalChoice(body, 'status', ['active', 'drafted'] as const) ?? 'drafted';
}

/** True for a real `YYYY-MM-DD` date (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** `due_on` → "Due on", as Rails humanises attribute names. */
function label(key: string): string {
  const words = key.replace(/_ids?$/, (suffix) => (suffix === '_ids' ? ' ids' : ' id')).replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
