import type { Incoming } from './incoming.ts';
import type { SandboxLogEntry } from './log.ts';
import { badRequest, notFound } from './protocol/errors.ts';
import type { FaultRule, FaultSet } from './protocol/faults.ts';
import { noContent, ok, type Reply } from './reply.ts';

/** The controls the admin endpoints reach; a subset of the `Sandbox` object. */
export interface AdminControls {
  log: SandboxLogEntry[];
  clearLog(): void;
  faults: Pick<FaultSet, 'add' | 'clear'>;
  setLatency(ms: number): void;
  setAccountActive(active: boolean): void;
}

export const ADMIN_PREFIX = '/__sandbox';

/**
 * `/__sandbox/*`, for driving a running sandbox from curl or another process:
 * - `GET /__sandbox/log`, `DELETE /__sandbox/log`
 * - `POST /__sandbox/faults` with a FaultRule as JSON (`path` a string; `count: null` = for ever),
 *   `DELETE /__sandbox/faults`
 * - `POST /__sandbox/latency` with `{ "ms": 250 }`
 * - `POST /__sandbox/account` with `{ "active": false }`
 * No token is needed; the sandbox only enables these when `admin: true`.
 */
export function handleAdmin(incoming: Incoming, controls: AdminControls): Reply {
  const route = `${incoming.method} ${incoming.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case `GET ${ADMIN_PREFIX}/log`:
      return ok(controls.log);
    case `DELETE ${ADMIN_PREFIX}/log`:
      controls.clearLog();
      return noContent();
    case `POST ${ADMIN_PREFIX}/faults`:
      try {
        controls.faults.add(faultRule(readObject(incoming)));
      } catch (error) {
        if (error instanceof TypeError) throw badRequest(error.message);
        throw error;
      }
      return noContent();
    case `DELETE ${ADMIN_PREFIX}/faults`:
      controls.faults.clear();
      return noContent();
    case `POST ${ADMIN_PREFIX}/latency`: {
      const { ms } = readObject(incoming);
      if (typeof ms !== 'number' || !(ms >= 0)) throw badRequest('latency needs { "ms": <non-negative number> }');
      controls.setLatency(ms);
      return noContent();
    }
    case `POST ${ADMIN_PREFIX}/account`: {
      const { active } = readObject(incoming);
      if (typeof active !== 'boolean') throw badRequest('account needs { "active": true|false }');
      controls.setAccountActive(active);
      return noContent();
    }
    default:
      throw notFound();
  }
}

function readObject(incoming: Incoming): Record<string, unknown> {
  try {
    const value: unknown = incoming.bodyText.trim() === '' ? {} : JSON.parse(incoming.bodyText);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw badRequest('expected a JSON object');
}

function faultRule(input: Record<string, unknown>): FaultRule {
  const rule: FaultRule = {};
  const { method, path, status, headers, reset, count, rate } = input;
  if (typeof method === 'string') rule.method = method;
  if (typeof path === 'string') rule.path = path;
  if (typeof status === 'number') rule.status = status;
  if (typeof reset === 'boolean') rule.reset = reset;
  if (input.afterApplying === true) rule.afterApplying = true;
  if (typeof rate === 'number') rule.rate = rate;
  if (typeof count === 'number') rule.count = count;
  if (count === null) rule.count = Number.POSITIVE_INFINITY;
  if (headers !== undefined) {
    if (headers === null || typeof headers !== 'object' || Object.values(headers).some((v) => typeof v !== 'string')) {
      throw badRequest('fault headers must be an object of strings');
    }
    rule.headers = headers as Record<string, string>;
  }
  if (status !== undefined && typeof status !== 'number') throw badRequest('fault status must be a number');
  return rule;
}
