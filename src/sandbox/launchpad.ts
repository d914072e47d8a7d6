import { createHash } from 'node:crypto';
import type { Incoming } from './incoming.ts';
import { authenticate } from './protocol/auth.ts';
import { HttpError } from './protocol/errors.ts';
import type { Reply } from './reply.ts';
import type { SandboxState } from './state/index.ts';

/**
 * Launchpad, the OAuth 2 server in front of Basecamp (docs: authentication.md), so an OAuth flow
 * runs end to end locally: `GET /authorization/new` approves at once and redirects back with a
 * code, `POST /authorization/token` trades a code or a refresh token for a bearer token, and
 * `GET /authorization.json` tells a token's identity and accounts.
 *
 * The sandbox has no login screen: `?as=owner|admin|member|client` picks who approves (default
 * owner). Codes are single use and live ten minutes; access tokens two weeks, as Basecamp's do.
 */
export interface LaunchpadState {
  codes: Map<string, { clientId: string; redirectUri: string; label: string; personId: string; expiresAt: number }>;
  refreshTokens: Map<string, { clientId: string; label: string; personId: string }>;
  expiries: Map<string, number>;
  issued: number;
}

const CODE_TTL_MS = 10 * 60_000;
const TOKEN_TTL_S = 14 * 24 * 3600;

export function isLaunchpadPath(pathname: string): boolean {
  return pathname === '/authorization.json' || pathname === '/authorization/new' || pathname === '/authorization/token';
}

export function handleLaunchpad(state: SandboxState, launchpad: LaunchpadState, incoming: Incoming, origin: string, now: number): Reply {
  if (incoming.method === 'GET' && incoming.pathname === '/authorization/new') return approve(state, launchpad, incoming.query, now);
  if (incoming.method === 'POST' && incoming.pathname === '/authorization/token') return exchange(state, launchpad, tokenParams(incoming), now);
  if (incoming.method === 'GET' && incoming.pathname === '/authorization.json') return describe(state, launchpad, incoming, origin, now);
  throw new HttpError(404, 'Not found');
}

/** `response_type=code` (or the legacy `type=web_server`), `client_id`, `redirect_uri`, optional `state`. */
function approve(state: SandboxState, launchpad: LaunchpadState, query: URLSearchParams, now: number): Reply {
  if ((query.get('response_type') ?? (query.get('type') === 'web_server' ? 'code' : null)) !== 'code') throw oauthError('unsupported_response_type');
  const clientId = required(query, 'client_id');
  const redirectUri = redirectUriOf(required(query, 'redirect_uri'));
  const label = query.get('as') ?? 'owner';
  const grant = [...state.tokens.values()].find((candidate) => candidate.label === label);
  if (!grant) throw oauthError('access_denied', `No sandbox person answers to "${label}"`);
  const code = secret('code', launchpad.issued++, clientId);
  launchpad.codes.set(code, { clientId, redirectUri: redirectUri.href, label, personId: grant.personId, expiresAt: now + CODE_TTL_MS });
  redirectUri.searchParams.set('code', code);
  const stateParam = query.get('state');
  if (stateParam !== null) redirectUri.searchParams.set('state', stateParam);
  return { status: 302, headers: { Location: redirectUri.href } };
}

/** `grant_type=authorization_code` (legacy `type=web_server`) or `refresh_token` (legacy `type=refresh`). */
function exchange(state: SandboxState, launchpad: LaunchpadState, params: URLSearchParams, now: number): Reply {
  const type = params.get('grant_type') ?? { web_server: 'authorization_code', refresh: 'refresh_token' }[params.get('type') ?? ''];
  const clientId = required(params, 'client_id');
  required(params, 'client_secret');
  let holder: { label: string; personId: string };
  let refreshToken: string;
  if (type === 'authorization_code') {
    const code = launchpad.codes.get(required(params, 'code'));
    launchpad.codes.delete(params.get('code') ?? '');
    if (!code || code.expiresAt < now || code.clientId !== clientId || code.redirectUri !== redirectUriOf(required(params, 'redirect_uri')).href) {
      throw oauthError('invalid_grant', 'The code is unknown, used, expired, or was issued for another client or redirect URI');
    }
    holder = code;
    refreshToken = secret('refresh', launchpad.issued++, clientId);
    launchpad.refreshTokens.set(refreshToken, { clientId, label: code.label, personId: code.personId });
  } else if (type === 'refresh_token') {
    refreshToken = required(params, 'refresh_token');
    const known = launchpad.refreshTokens.get(refreshToken);
    if (!known || known.clientId !== clientId) throw oauthError('invalid_grant', 'The refresh token is unknown or was issued to another client');
    holder = known;
  } else {
    throw oauthError('unsupported_grant_type');
  }
  const accessToken = secret('access', launchpad.issued++, clientId);
  state.tokens.set(accessToken, { label: holder.label, personId: holder.personId });
  launchpad.expiries.set(accessToken, now + TOKEN_TTL_S * 1000);
  return { status: 200, body: { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_S, refresh_token: refreshToken } };
}

function describe(state: SandboxState, launchpad: LaunchpadState, incoming: Incoming, origin: string, now: number): Reply {
  const person = authenticate(incoming, state);
  const [first, ...rest] = person.name.split(' ');
  const expiresAt = launchpad.expiries.get(incoming.grant?.token ?? '') ?? now + TOKEN_TTL_S * 1000;
  const { id, name } = state.account;
  return {
    status: 200,
    body: {
      expires_at: new Date(expiresAt).toISOString(),
      identity: { id: person.id, first_name: first ?? '', last_name: rest.join(' '), email_address: person.emailAddress },
      accounts: [{ product: 'bc3', id, name, href: `${origin}/${id}`, app_href: `${origin}/app/${id}` }],
    },
  };
}

/** Token requests carry their parameters in the query or a form (or JSON) body. */
function tokenParams(incoming: Incoming): URLSearchParams {
  const params = new URLSearchParams(incoming.query);
  const text = incoming.bodyText.trim();
  if (text.startsWith('{')) {
    try {
      for (const [key, value] of Object.entries(JSON.parse(text) as Record<string, unknown>)) params.set(key, String(value));
    } catch {
      throw oauthError('invalid_request', 'The body is not valid JSON');
    }
  } else if (text) {
    for (const [key, value] of new URLSearchParams(text)) params.set(key, value);
  }
  return params;
}

function redirectUriOf(value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // one error below
  }
  throw oauthError('invalid_request', 'redirect_uri must be an absolute http(s) URL');
}

function required(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) throw oauthError('invalid_request', `${name} is required`);
  return value;
}

function oauthError(code: string, description?: string): HttpError {
  return new HttpError(400, code, {}, description ? { error_description: description } : {});
}

/** Deterministic, unguessable-looking secrets: `issued` makes each one distinct. */
function secret(kind: string, issued: number, clientId: string): string {
  return `sbx-${kind}-${createHash('sha256').update(`${kind}:${issued}:${clientId}`).digest('hex').slice(0, 32)}`;
}
