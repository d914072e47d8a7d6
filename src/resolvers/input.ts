import { GraphQLError } from 'graphql';
import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import { toBasecampId } from './global-id.ts';

/**
 * Input checks that mirror rules Basecamp is known to enforce, so a mutation fails before any
 * upstream call with the same BAD_USER_INPUT a 422 would give, naming the field.
 */
export function inputError(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field, details: [`${field} ${message}`] } });
}

/** A required text that Basecamp refuses when blank ("can't be blank"). */
export function requiredText(value: string, field: string): string {
  if (value.trim() === '') throw inputError(field, "can't be blank");
  return value;
}

/** Optional text that must not be blank when given (e.g. a new name). */
export function nonBlankText(value: string | null | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === null || value.trim() === '') throw inputError(field, "can't be blank");
  return value;
}

/** A value that can change but has no empty state: left out it stays, null is refused naming the field. */
export function unclearable<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw inputError(field, "can't be cleared");
  return value;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** An address of the form `name@host.tld` (surrounding blanks allowed), refused as invalid otherwise. */
export function checkEmail(value: string, field: string): string {
  if (!EMAIL.test(value.trim())) throw inputError(field, 'is invalid');
  return value;
}

/** Global or plain ids of people → Basecamp ids. */
export function personIds(ctx: Context, ids: readonly string[] | null | undefined): BasecampId[] | undefined {
  return ids?.map((id) => toBasecampId(id, ctx.accountId, ['Person']));
}

/** Global or plain ids of projects → Basecamp ids. */
export function projectIds(ctx: Context, ids: readonly string[] | null | undefined): BasecampId[] | undefined {
  return ids?.map((id) => toBasecampId(id, ctx.accountId, ['Project']));
}

/** A to-do may run from `startsOn` to `dueOn`, never backwards. */
export function checkDateRange(startsOn: string | null | undefined, dueOn: string | null | undefined): void {
  if (startsOn && dueOn && startsOn > dueOn) throw inputError('startsOn', `must not be after dueOn (${dueOn})`);
}

/** Positions in Basecamp lists count from 1. */
export function checkPosition(position: number): number {
  if (!Number.isInteger(position) || position < 1) throw inputError('position', 'must be a whole number of at least 1');
  return position;
}

/**
 * Patch semantics for PUTs that replace the whole representation (docs: omitted fields are
 * cleared): an input key left out keeps the current value, an explicit null clears it.
 */
export function patched<T>(input: T | null | undefined, current: T | null): T | null {
  return input === undefined ? current : input;
}

/**
 * The bytes of an uploaded file, refused before any call when empty or over `maxBytes` (the
 * gateway holds a file in memory while it passes it on, so every upload is bounded).
 */
export async function fileBytes(file: File, field: string, maxBytes: number): Promise<Uint8Array> {
  return new Uint8Array(await checkFile(file, field, maxBytes).arrayBuffer());
}

/** Refuses an empty file, or one over `maxBytes`, naming the field. */
export function checkFile(file: File, field: string, maxBytes: number): File {
  if (file.size === 0) throw inputError(field, 'is empty');
  if (file.size > maxBytes) throw inputError(field, `is ${file.size} bytes; the limit is ${maxBytes}`);
  return file;
}

/** Who a new recording notifies and whether the project's clients see it, as Basecamp's create bodies name them. */
export function sharing(ctx: Context, input: { subscriberIds?: readonly string[] | null; visibleToClients?: boolean | null }) {
  return { subscriptions: personIds(ctx, input.subscriberIds), visible_to_clients: input.visibleToClients ?? undefined };
}
