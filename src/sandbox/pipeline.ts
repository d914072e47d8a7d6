import { ADMIN_PREFIX, handleAdmin, type AdminControls } from './admin.ts';
import { isChatbotLinePath, postChatbotLine } from './chatbot-lines.ts';
import { handleLaunchpad, isLaunchpadPath, type LaunchpadState } from './launchpad.ts';
import type { RequestContext } from './context.ts';
import type { Incoming } from './incoming.ts';
import { parseBody, serialise } from './json.ts';
import { resolveAccountPath } from './protocol/account.ts';
import { authenticate } from './protocol/auth.ts';
import { isFileUpload, requireJsonContentType } from './protocol/content-type.ts';
import { HttpError, notFound } from './protocol/errors.ts';
import { freshness, newestUpdatedAt } from './protocol/etag.ts';
import type { FaultSet } from './protocol/faults.ts';
import type { RateLimiter } from './protocol/rate-limit.ts';
import { requireUserAgent } from './protocol/user-agent.ts';
import type { Reply } from './reply.ts';
import type { Router } from './router.ts';
import type { SandboxState } from './state/index.ts';
import { createUrls } from './urls.ts';

/** What the pipeline runs against: one sandbox's state and policies. */
export interface Core {
  state: SandboxState;
  router: Router;
  faults: FaultSet;
  rateLimiter: RateLimiter;
  admin: AdminControls | undefined;
  launchpad: LaunchpadState;
  now(): number;
}

/** A finished answer: status, headers and the serialised body (if any). */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

export type Outcome = { kind: 'respond'; response: Outgoing; logged: boolean } | { kind: 'reset' };

/**
 * One request through the protocol, in this order (each step may answer early):
 *
 *   admin        /__sandbox/* when enabled (404 otherwise); never faulted, never logged
 *   faults       injected status or connection reset (with `afterApplying`, once the request is handled)
 *   chatbot line /integrations/{key}/… — authenticated by the key in the URL, not a token
 *   user-agent   400 without one
 *   launchpad    /authorization/* — the OAuth server, outside any account
 *   auth         401 without a known bearer token
 *   rate-limit   429 + Retry-After past the token's budget
 *   account      404 for another account; 404 + Reason: Account Inactive
 *   content-type 415 for writes that are not JSON
 *   router       404 for unknown paths; 400 for bad JSON; the handler's reply or HttpError
 *   freshness    ETag + Last-Modified on GET 200, 304 when the validators match
 */
export function dispatch(core: Core, incoming: Incoming, origin: string): Outcome {
  if (incoming.pathname === ADMIN_PREFIX || incoming.pathname.startsWith(`${ADMIN_PREFIX}/`)) {
    const reply = guard(() => {
      if (!core.admin) throw notFound();
      return handleAdmin(incoming, core.admin);
    });
    return { kind: 'respond', response: finish(incoming, reply), logged: false };
  }
  const fault = core.faults.take({
    method: incoming.method,
    rawPath: incoming.rawPath,
    pathname: incoming.pathname,
    accountId: core.state.account.id,
  });
  // An `afterApplying` fault lets the request do its work, then replaces the answer.
  const handled = fault === undefined || fault.afterApplying ? guard(() => handle(core, incoming, origin)) : undefined;
  if (fault?.kind === 'reset') return { kind: 'reset' };
  const reply = fault?.reply ?? handled!;
  return { kind: 'respond', response: finish(incoming, reply), logged: true };
}

function handle(core: Core, incoming: Incoming, origin: string): Reply {
  const { state } = core;
  if (isChatbotLinePath(incoming.pathname)) {
    core.rateLimiter.take(incoming.pathname, core.now());
    return postChatbotLine(state, incoming, core.now());
  }
  requireUserAgent(incoming);
  if (isLaunchpadPath(incoming.pathname)) return handleLaunchpad(state, core.launchpad, incoming, origin, core.now());
  const me = authenticate(incoming, state);
  core.rateLimiter.take(incoming.grant?.token ?? me.id, core.now());
  const path = resolveAccountPath(incoming.pathname, state.account);
  requireJsonContentType(incoming);
  const match = core.router.match(incoming.method, path);
  if (!match) throw notFound();
  const ctx: RequestContext = {
    state,
    me,
    params: match.params,
    query: incoming.query,
    body: isFileUpload(incoming) ? {} : parseBody(incoming.bodyText),
    headers: incoming.headers,
    urls: createUrls(origin, state.account.id),
    pathname: incoming.pathname,
    now: core.now,
  };
  return match.route.handler(ctx);
}

function guard(run: () => Reply): Reply {
  try {
    return run();
  } catch (error) {
    if (error instanceof HttpError) return error.toReply();
    throw error;
  }
}

/** Serialises the reply and applies conditional GET; 304s carry validators but no body. */
function finish(incoming: Incoming, reply: Reply): Outgoing {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined || reply.status === 204) return { status: reply.status, headers };
  const body = serialise(reply.body);
  headers['Content-Type'] = 'application/json; charset=utf-8';
  if (incoming.method !== 'GET' || reply.status !== 200) return { status: reply.status, headers, body };
  const fresh = freshness(incoming, body, reply.lastModified ?? newestUpdatedAt(reply.body));
  headers.ETag = fresh.etag;
  headers['Last-Modified'] = fresh.lastModified;
  headers['Cache-Control'] = 'max-age=0, private, must-revalidate';
  if (fresh.notModified) {
    delete headers['Content-Type'];
    return { status: 304, headers };
  }
  return { status: 200, headers, body };
}
