import { OPERATIONS, PAGE_SIZES, type OperationId, type OperationTypes, type PaginatedOperationId } from './operations.generated.ts';
import type { HttpMethod, Operation } from './types.ts';

export type { OperationId, PaginatedOperationId } from './operations.generated.ts';

/** The path parameters an operation's template names, e.g. `{ todoId }` for `GetTodo`. */
export type OperationParams<Id extends OperationId> = OperationTypes[Id]['params'];
/** The Wire type of an operation's 2xx answer (`void` when it answers with no body). */
export type OperationResponse<Id extends OperationId> = OperationTypes[Id]['response'];

const byId = new Map<string, Operation>();
for (const [operationId, [method, path, idempotent, maxAttempts]] of Object.entries(OPERATIONS)) {
  byId.set(operationId, { operationId: operationId as OperationId, method, path, idempotent, maxAttempts });
}

/** Every operation of the table, in id order. */
export const ALL_OPERATIONS: readonly Operation[] = [...byId.values()];

/** The operation named `operationId`; throws for an id the table lacks (a caller's typo that escaped the types). */
export function operation(operationId: OperationId): Operation {
  const found = byId.get(operationId);
  if (!found) throw new Error(`No Basecamp operation ${operationId}.`);
  return found;
}

export function isOperationId(text: string): text is OperationId {
  return byId.has(text);
}

/** Whether the spec marks the operation paginated: its answer is one page of a collection. */
export function isPaginated(operationId: OperationId): operationId is PaginatedOperationId {
  return Object.hasOwn(PAGE_SIZES, operationId);
}

/** Most items one page of a paginated operation holds. */
export function pageSizeOf(operationId: PaginatedOperationId): number {
  return PAGE_SIZES[operationId];
}

/** A `{name}` segment of a path template. */
const PARAM = /\{(\w+)\}/g;

/** Each template split once: literal text at even indexes, parameter names at odd ones. */
const templates = new WeakMap<Operation, string[]>();

/**
 * The account-relative path of a call: the template with each `{name}` replaced by its
 * parameter, percent-encoded. Throws when a parameter is missing or empty: an empty segment
 * would name another resource.
 */
export function operationPath(op: Operation, params: Readonly<Record<string, string>>): string {
  let parts = templates.get(op);
  // Split on the capturing pattern, so the names land between the literals: every read builds a path.
  if (!parts) templates.set(op, (parts = op.path.split(PARAM)));
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    if (value === undefined || value === '') throw new Error(`${op.operationId} needs its ${parts[i]}.`);
    path += encodeURIComponent(value) + parts[i + 1]!;
  }
  return path;
}

/** The parameters an operation's path template names, in order (`['todolistId']` for ListTodos). */
export function pathParams(op: Operation): string[] {
  return [...op.path.matchAll(PARAM)].map((match) => match[1]!);
}

/**
 * An operation's path parameters read back from the URL of one of its resources (the `url`
 * Basecamp puts in its JSON), in template order; undefined when the URL does not end in the
 * template. What comes before (account, a `buckets/{id}` prefix) is not compared.
 */
export function pathParamsFromUrl(op: Operation, url: string): string[] | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const segments = split(pathname);
  const template = split(op.path);
  const tail = segments.slice(segments.length - template.length);
  if (tail.length !== template.length) return undefined;
  const values: string[] = [];
  for (const [i, part] of template.entries()) {
    if (/^\{\w+\}$/.test(part)) {
      if (!/^\d+$/.test(tail[i]!)) return undefined;
      values.push(tail[i]!);
    } else if (part !== tail[i]) {
      return undefined;
    }
  }
  return values;
}

interface Compiled {
  operation: Operation;
  /** Segments with the trailing `.json` dropped; `null` marks a parameter. */
  segments: (string | null)[];
}

const byMethodAndLength = new Map<string, Compiled[]>();
for (const operation of ALL_OPERATIONS) {
  const segments = split(operation.path).map((segment) => (/^\{\w+\}$/.test(segment) ? null : segment));
  const key = `${operation.method} ${segments.length}`;
  const list = byMethodAndLength.get(key) ?? [];
  list.push({ operation, segments });
  byMethodAndLength.set(key, list);
}

/**
 * Finds the documented operation for a URL, or `undefined` for an undocumented one: only for
 * calls that arrive as a bare path or URL (an embedded `url`, a path the table lacks); calls by
 * operation id carry their operation. `accountRelativePath` starts after `/{accountId}`
 * (`/todos/123.json`); a query string and a missing `.json` are tolerated. When several
 * templates match, the one whose first differing segment is literal wins
 * (`/projects/recordings.json` over `/projects/{projectId}.json`).
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
