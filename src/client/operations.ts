import { OPERATIONS } from './operations.generated.ts';
import type { HttpMethod } from './types.ts';

/** What the client knows about one documented operation. */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** Account-relative template, e.g. `/todos/{todoId}.json`. */
  path: string;
  /** Safe to repeat after a failure (every GET, PUT and DELETE; POSTs the behaviour model flags). */
  idempotent: boolean;
  /** Attempts the behaviour model allows, the first included. */
  maxAttempts: number;
}

interface Compiled {
  operation: Operation;
  /** Segments with the trailing `.json` dropped; `null` marks a parameter. */
  segments: (string | null)[];
}

const byMethodAndLength = new Map<string, Compiled[]>();
for (const [operationId, method, path, idempotent, maxAttempts] of OPERATIONS) {
  const segments = split(path).map((segment) => (/^\{\w+\}$/.test(segment) ? null : segment));
  const key = `${method} ${segments.length}`;
  const list = byMethodAndLength.get(key) ?? [];
  list.push({ operation: { operationId, method, path, idempotent, maxAttempts }, segments });
  byMethodAndLength.set(key, list);
}

/**
 * Finds the documented operation for a call, or `undefined` for an undocumented one.
 * `accountRelativePath` starts after `/{accountId}` (`/todos/123.json`); a query string and a
 * missing `.json` are tolerated. When several templates match, the one whose first differing
 * segment is literal wins (`/projects/recordings.json` over `/projects/{projectId}.json`).
 */
export function findOperation(method: HttpMethod, accountRelativePath: string): Operation | undefined {
  const segments = split(accountRelativePath.split(/[?#]/, 1)[0] ?? '');
  let best: Compiled | undefined;
  for (const candidate of byMethodAndLength.get(`${method} ${segments.length}`) ?? []) {
    if (!candidate.segments.every((template, i) => template === null ? segments[i] !== '' : template === segments[i])) continue;
    if (best === undefined || moreSpecific(candidate, best)) best = candidate;
  }
  return best?.operation;
}

/**
 * Whether a call may be repeated: GET, PUT and DELETE always; a POST only when the behaviour
 * model flags its operation idempotent (CompleteTodo, Subscribe, …). Unknown POSTs are not.
 */
export function isIdempotent(method: HttpMethod, accountRelativePath: string): boolean {
  if (method !== 'POST') return true;
  return findOperation(method, accountRelativePath)?.idempotent === true;
}

function moreSpecific(a: Compiled, b: Compiled): boolean {
  for (let i = 0; i < a.segments.length; i++) {
    const aLiteral = a.segments[i] !== null;
    const bLiteral = b.segments[i] !== null;
    if (aLiteral !== bLiteral) return aLiteral;
  }
  return false;
}

function split(path: string): string[] {
  return path.replace(/\.json$/, '').split('/').filter((segment, i) => i > 0 || segment !== '');
}
