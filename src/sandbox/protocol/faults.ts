import { STATUS_CODES } from 'node:http';
import { createRandom } from '../random.ts';
import type { Reply } from '../reply.ts';

/** A failure to inject, for testing how clients cope with a misbehaving upstream. */
export interface FaultRule {
  /** Only this method (any case); all methods when absent. */
  method?: string;
  /**
   * Which requests: a string matches the pathname exactly, with or without the `/{accountId}`
   * prefix (`'/projects.json'`); a RegExp is tested against the full path with query.
   */
  path?: string | RegExp;
  /** Status to answer with (default 503). A 429 gets `Retry-After: 1` unless `headers` set one. */
  status?: number;
  /** Extra response headers; an empty value removes a default one. */
  headers?: Record<string, string>;
  /** Destroy the socket instead of answering. */
  reset?: boolean;
  /**
   * Handle the request first (a write is applied) and only then answer with the fault: the
   * "Basecamp did it but the answer was lost" case that clients must not blindly repeat.
   */
  afterApplying?: boolean;
  /** How many times it fires before it is spent (default 1; `Infinity` for ever). */
  count?: number;
  /** Probability in 0..1 that a matching request fires it, from a seeded PRNG (default 1). */
  rate?: number;
}

export type FaultOutcome = ({ kind: 'reset' } | { kind: 'reply'; reply: Reply }) & { afterApplying?: boolean };

export interface FaultSet {
  add(rule: FaultRule): void;
  clear(): void;
  /** The fault that fires for this request, if any; spends one of its `count`. */
  take(request: { method: string; rawPath: string; pathname: string; accountId: string }): FaultOutcome | undefined;
}

/** Creates an empty fault set whose `rate` rolls are deterministic. */
export function createFaultSet(seed = 0x5eed): FaultSet {
  const random = createRandom(seed);
  let rules: { rule: FaultRule; remaining: number }[] = [];
  return {
    add(rule) {
      validate(rule);
      rules.push({ rule: { ...rule }, remaining: rule.count ?? 1 });
    },
    clear() {
      rules = [];
    },
    take(request) {
      for (const entry of rules) {
        if (entry.remaining <= 0 || !matches(entry.rule, request)) continue;
        if (entry.rule.rate !== undefined && random.next() >= entry.rule.rate) continue;
        entry.remaining -= 1;
        rules = rules.filter((candidate) => candidate.remaining > 0);
        return outcome(entry.rule);
      }
      return undefined;
    },
  };
}

function validate(rule: FaultRule): void {
  if (rule.status !== undefined && (!Number.isInteger(rule.status) || rule.status < 100 || rule.status > 599)) {
    throw new TypeError(`fault status must be an HTTP status code, got ${String(rule.status)}`);
  }
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) {
    throw new TypeError(`fault rate must be within 0..1, got ${String(rule.rate)}`);
  }
  if (rule.count !== undefined && !(rule.count > 0)) {
    throw new TypeError(`fault count must be positive, got ${String(rule.count)}`);
  }
}

function matches(
  rule: FaultRule,
  request: { method: string; rawPath: string; pathname: string; accountId: string },
): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) return false;
  if (rule.path === undefined) return true;
  if (rule.path instanceof RegExp) return rule.path.test(request.rawPath);
  const prefix = `/${request.accountId}`;
  const below = request.pathname.startsWith(`${prefix}/`) ? request.pathname.slice(prefix.length) : undefined;
  return rule.path === request.pathname || rule.path === below;
}

function outcome(rule: FaultRule): FaultOutcome {
  const after = rule.afterApplying ? { afterApplying: true } : {};
  if (rule.reset) return { kind: 'reset', ...after };
  const status = rule.status ?? 503;
  const headers: Record<string, string> = status === 429 ? { 'Retry-After': '1' } : {};
  for (const [name, value] of Object.entries(rule.headers ?? {})) {
    const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing) delete headers[existing];
    if (value !== '') headers[name] = value;
  }
  return { kind: 'reply', reply: { status, headers, body: { error: STATUS_CODES[status] ?? 'Injected fault' } }, ...after };
}
