import { GraphQLError } from 'graphql';
import type { Sealer } from './seal.ts';

/** What the encrypted session cookie holds. Times are epoch ms. */
export interface Session {
  accessToken: string;
  refreshToken?: string;
  /** When Launchpad said the access token expires. */
  expiresAt: number;
  /** The Basecamp account picked at login; `X-Basecamp-Account-Id` still wins per request. */
  accountId: string;
  /** The session's absolute end: after it, log in again whatever the tokens say. */
  endsAt: number;
}

/** How long a login lasts, refreshes included. */
export const SESSION_TTL_MS = 30 * 24 * 3600_000;
/** A token this close to its expiry is refreshed before it is used. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** `__Host-` over https: the browser then refuses it unless Secure, Path=/ and no Domain. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-basecamp_session' : 'basecamp_session';
}

export function sealSession(sealer: Sealer, name: string, session: Session): string {
  return sealer.seal(name, { a: session.accessToken, r: session.refreshToken, e: session.expiresAt, acct: session.accountId, end: session.endsAt });
}

/** The session in a cookie value, or `undefined` when it was tampered with or is not one of ours. */
export function openSession(sealer: Sealer, name: string, text: string): Session | undefined {
  const raw = sealer.open(name, text) as Record<string, unknown> | undefined;
  if (!raw || typeof raw.a !== 'string' || typeof raw.e !== 'number' || typeof raw.acct !== 'string' || typeof raw.end !== 'number') return undefined;
  return { accessToken: raw.a, ...(typeof raw.r === 'string' && { refreshToken: raw.r }), expiresAt: raw.e, accountId: raw.acct, endsAt: raw.end };
}

/** What the auth plugin decided about a GraphQL request's session cookie, read by `createContext`. */
export type SessionOutcome =
  | { kind: 'session'; token: string; accountId: string }
  | { kind: 'refused'; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'UPSTREAM_UNAVAILABLE'; status: number; message: string };

const outcomes = new WeakMap<Request, SessionOutcome>();

export function recordSessionOutcome(request: Request, outcome: SessionOutcome): void {
  outcomes.set(request, outcome);
}

/**
 * The session's token and account for this request, for `createContext`: `undefined` when the
 * request carries no session cookie (or a bearer token, which wins); throws the coded error when
 * the cookie is invalid, expired, could not be refreshed, or came from an origin not allowed.
 */
export function sessionCredentials(request: Request): { token: string; accountId: string } | undefined {
  const outcome = outcomes.get(request);
  if (outcome === undefined) return undefined;
  if (outcome.kind === 'refused') {
    throw new GraphQLError(outcome.message, { extensions: { code: outcome.code, http: { status: outcome.status } } });
  }
  return { token: outcome.token, accountId: outcome.accountId };
}
