import { GraphQLError } from 'graphql';
import type { BasecampId } from '../client/types.ts';

/**
 * Relay global ids: base64url of `Type:accountId:basecampId`. Opaque to clients, but carrying the
 * account means an id from one account can never silently load an object of another.
 */
export function encodeGlobalId(typename: string, accountId: string, id: BasecampId): string {
  return Buffer.from(`${typename}:${accountId}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  typename: string;
  accountId: string;
  id: BasecampId;
}

const TYPENAME = /^[A-Z][A-Za-z0-9]*$/;
const ACCOUNT = /^\d+$/;
const BASECAMP_ID = /^[A-Za-z0-9_-]+$/;
const PLAIN_ID = /^\d{1,25}$/;

/** Decodes without checking the account. Throws BAD_USER_INPUT for anything that is not ours. */
export function parseGlobalId(globalId: string): DecodedGlobalId {
  if (PLAIN_ID.test(globalId)) {
    // The commonest mistake: a plain id names no type, so only a typed field can take it.
    throw badInput(`"${short(globalId)}" is a plain Basecamp id, which names no type: pass it to a typed field such as \`todo(id:)\` or \`project(id:)\`, or use the object's global \`id\` here.`);
  }
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const [typename = '', accountId = '', id = '', ...rest] = decoded.split(':');
  if (rest.length > 0 || !TYPENAME.test(typename) || !ACCOUNT.test(accountId) || !BASECAMP_ID.test(id)) {
    throw badInput(`"${short(globalId)}" is not a valid global id.`);
  }
  return { typename, accountId, id };
}

/** The Relay plugin's decoder: the id must belong to the request's account. */
export function decodeGlobalId(globalId: string, accountId: string): { typename: string; id: BasecampId } {
  const decoded = parseGlobalId(globalId);
  if (decoded.accountId !== accountId) {
    throw badInput(
      `The id "${short(globalId)}" belongs to account ${decoded.accountId}; send X-Basecamp-Account-Id: ${decoded.accountId} to read it.`,
    );
  }
  return { typename: decoded.typename, id: decoded.id };
}

/**
 * For typed arguments such as `todo(id:)`: accepts a plain Basecamp id (digits) or a global id
 * of one of `typenames` in the request's account, and returns the Basecamp id.
 */
export function toBasecampId(value: string, accountId: string, typenames: readonly string[]): BasecampId {
  if (PLAIN_ID.test(value)) return value;
  const { typename, id } = decodeGlobalId(value, accountId);
  if (!typenames.includes(typename)) {
    throw badInput(`Expected the id of a ${typenames.join(' or ')}, got the id of a ${typename}.`);
  }
  return id;
}

/**
 * For `node(id:)` and `nodes(ids:)`: a global id only (a plain id carries no type) of a type that
 * can be loaded again, in the request's account.
 */
export function parseNodeId(value: string, accountId: string, isNodeType: (typename: string) => boolean): { typename: string; id: BasecampId } {
  const decoded = decodeGlobalId(value, accountId);
  if (!isNodeType(decoded.typename)) {
    throw badInput(`"${short(value)}" is the id of a ${decoded.typename}, a type this API does not know.`);
  }
  return decoded;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function short(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
