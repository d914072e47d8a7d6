/**
 * Replays the official SDK's conformance cases against our client, over a loopback server that
 * serves each case's mock responses in order. Runs only when ../shared is present.
 *
 * How the SDK's vocabulary maps onto a server-side gateway:
 * - errors: `auth_required` → UNAUTHENTICATED, `validation` → BAD_USER_INPUT, `rate_limit` →
 *   RATE_LIMITED, `api_error` → UPSTREAM_ERROR, `network` → UPSTREAM_UNAVAILABLE, and so on;
 *   `httpStatus` is our `status`.
 * - lists (`List*` GETs) fetch one page, as a connection window does; cases tagged `auto-follow`
 *   walk `Link: rel="next"` to the end, as a connection asked for everything does. `truncated`
 *   means the last page fetched still advertised a next one; a missing `X-Total-Count` reads as 0.
 * - Basecamp's `Link` URLs are absolute and account-scoped (docs README "Pagination"); the
 *   fixtures' root-relative ones (`</projects.json?page=2>`) assume the SDK's account-at-root
 *   mount, so the server rewrites `</` to `<{origin}/{account}/`. Request paths are compared
 *   without the account prefix and query, as the SDK runners record them.
 * - ids come back as strings (CONTRACT "ids are strings"), so id expectations compare as strings.
 * - time is a fake clock whose sleeps return at once; arrival times are stamped in its time, so
 *   `delayBetweenRequests` measures exactly the waits the client chose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SDK_DIR } from '../../scripts/generators/sdk.ts';
import { UpstreamError, type UpstreamErrorCode } from '../../src/client/errors.ts';
import { createBasecampClient, hashToken, type BasecampSession } from '../../src/client/index.ts';
import { OPERATIONS } from '../../src/client/operations.generated.ts';
import { findOperation, isOperationId } from '../../src/client/operations.ts';
import type { HttpMethod } from '../../src/client/types.ts';
import { fakeClock } from './support/fake-clock.ts';
import { startUpstream } from './support/loopback.ts';

const DIR = fileURLToPath(new URL('conformance/tests/', SDK_DIR));
const FILES = ['retry', 'pagination', 'error-mapping', 'status-codes', 'idempotency', 'network-retry', 'auth'];
const TOKEN = 'conformance-test-token';
const ACCOUNT = '999';

interface MockResponse {
  status?: number;
  networkError?: true;
  headers?: Record<string, string>;
  body?: unknown;
  delay?: number;
}

interface Assertion {
  type: string;
  expected?: unknown;
  min?: number;
  max?: number;
  path?: string;
  index?: number;
}

interface Case {
  file: string;
  name: string;
  operation: string;
  method: HttpMethod;
  path: string;
  pathParams?: Record<string, string | number>;
  queryParams?: Record<string, unknown>;
  requestBody?: unknown;
  mockResponses: MockResponse[];
  assertions: Assertion[];
  configOverrides?: { maxRetries?: number; maxPages?: number; maxItems?: number; page?: number; baseUrl?: string };
  tags?: string[];
}

const ERROR_CODES: Record<string, UpstreamErrorCode> = {
  auth_required: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  validation: 'BAD_USER_INPUT',
  rate_limit: 'RATE_LIMITED',
  api_error: 'UPSTREAM_ERROR',
  network: 'UPSTREAM_UNAVAILABLE',
};

/** Cases that test something a server-side gateway does not have, or where the contract differs. */
const NOT_APPLICABLE: [(c: Case) => boolean, string][] = [
  [
    (c) => c.operation === 'DownloadURL',
    'blob downloads: the gateway hands out download URLs and never fetches file bodies through the client',
  ],
  [
    (c) => c.configOverrides?.page !== undefined,
    'pins a page number: the gateway never builds page URLs, it only follows Link rel="next" (docs README "Pagination")',
  ],
  [
    (c) => c.configOverrides?.maxPages !== undefined || c.configOverrides?.maxItems !== undefined,
    "SDK auto-pagination caps: the gateway walks pages lazily, bounded by each connection's `first`",
  ],
  [
    (c) => c.name === 'GET 500 is not retried',
    'contract divergence: CONTRACT.md retries 5xx on idempotent calls (the docs name 500/502/503/504), the SDK only its declared [429, 503]; test/client/retry.test.ts pins "GET 500 → backoff"',
  ],
];

const available = existsSync(DIR);
if (!available) console.log(`conformance: skipped — ${DIR} is absent (the SDK conformance cases come from ../shared)`);

const cases: Case[] = available
  ? FILES.flatMap((file) => (JSON.parse(readFileSync(`${DIR}${file}.json`, 'utf8')) as Omit<Case, 'file'>[]).map((c) => ({ ...c, file })))
  : [];
const verdicts = cases.map((c) => ({ case: c, reason: NOT_APPLICABLE.find(([applies]) => applies(c))?.[1] }));
const applicable = verdicts.filter((v) => v.reason === undefined).map((v) => v.case);

describe.skipIf(!available)('SDK conformance cases', () => {
  let passed = 0;

  afterAll(() => {
    const skipped = verdicts.filter((v) => v.reason !== undefined);
    console.log(`conformance: ${applicable.length} applicable, ${passed} passed; ${skipped.length} not applicable`);
    for (const v of skipped) console.log(`conformance: not applicable: ${v.case.file}: ${v.case.name} — ${v.reason}`);
  });

  it('found cases in every file it was asked to read', () => {
    for (const file of FILES) expect(cases.some((c) => c.file === file), file).toBe(true);
  });

  for (const c of applicable) {
    it(`${c.file}: ${c.name}`, async () => {
      await replay(c);
      passed++;
    });
  }
});

interface Outcome {
  value?: unknown;
  items?: unknown[];
  totalCount?: number;
  truncated?: boolean;
}

async function replay(c: Case): Promise<void> {
  const clock = fakeClock();
  const arrivals: number[] = [];
  const served: (number | 'network error')[] = [];

  const upstream = await startUpstream((_req, res) => {
    arrivals.push(clock.now());
    const mock = c.mockResponses[served.length];
    if (mock === undefined) {
      // Past the script: the SDK runners' end-of-queue answer, so an extra attempt shows in the count.
      served.push(500);
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"conformance: no more mock responses"}');
      return;
    }
    if (mock.delay !== undefined) throw new Error('mock delays are not supported by this driver');
    if (mock.networkError) {
      served.push('network error');
      res.socket?.destroy();
      return;
    }
    const status = mock.status ?? 200;
    served.push(status);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(mock.headers ?? {})) {
      headers[name] = name.toLowerCase() === 'link' ? value.replaceAll('</', `<${upstream.url}/${ACCOUNT}/`) : value;
    }
    const body = mock.body === undefined ? undefined : typeof mock.body === 'string' ? mock.body : JSON.stringify(mock.body);
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    res.writeHead(status, headers);
    res.end(body);
  });

  const maxRetries = c.configOverrides?.maxRetries;
  const client = createBasecampClient({
    baseUrl: upstream.url,
    userAgent: 'Basecamp GraphQL conformance (tests@example.com)',
    clock,
    ...(maxRetries !== undefined ? { maxAttempts: Math.max(1, maxRetries) } : {}),
  });

  try {
    const path = concretePath(c);
    const known = Object.hasOwn(OPERATIONS, c.operation);
    if (known) expect(findOperation(c.method, path)?.operationId, 'operation matcher').toBe(c.operation);

    const session = client.session({ token: TOKEN, tokenHash: hashToken(TOKEN), accountId: ACCOUNT });
    let outcome: Outcome | undefined;
    let error: unknown;
    try {
      outcome = await dispatch(c, session, path);
    } catch (caught) {
      error = caught;
    }
    if (error !== undefined && !(error instanceof UpstreamError)) throw error;

    const requests = upstream.received;
    expect(requests[0]?.method, 'the operation was sent with its method').toBe(c.method);
    for (const assertion of c.assertions) check(assertion, { outcome, error, requests, arrivals, served });
  } finally {
    await client.close();
    await upstream.close();
  }
}

function concretePath(c: Case): string {
  let path = c.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = c.pathParams?.[name];
    if (value === undefined) throw new Error(`${c.name}: no value for {${name}}`);
    return String(value);
  });
  // The SDK's templates leave `.json` off a trailing id; the wire has it.
  if (!path.endsWith('.json')) path += '.json';
  return path;
}

async function dispatch(c: Case, session: BasecampSession, path: string): Promise<Outcome> {
  const query = Object.fromEntries(Object.entries(c.queryParams ?? {}).map(([k, v]) => [k, String(v)]));
  // A documented operation is called by id with its parameters, as the resolvers call it; an
  // undocumented read (a download URL) goes by path.
  const id = isOperationId(c.operation) ? c.operation : undefined;
  const params = Object.fromEntries(Object.entries(c.pathParams ?? {}).map(([k, v]) => [k, String(v)])) as never;
  const byId = (body?: unknown) => session.call(id!, params, { query, ...(body !== undefined ? { body } : {}) });
  switch (c.method) {
    case 'GET': {
      if (!c.operation.startsWith('List')) return { value: id ? await byId() : await session.get(path, query) };
      let page = await session.page(path, query, id);
      const items = [...page.items];
      const totalCount = page.totalCount ?? 0;
      if (c.tags?.includes('auto-follow')) {
        for (let pages = 1; page.nextUrl !== undefined && pages < 50; pages++) {
          page = await session.page(page.nextUrl, undefined, id);
          items.push(...page.items);
        }
      }
      return { value: items, items, totalCount, truncated: page.nextUrl !== undefined };
    }
    default:
      // Every write goes by its operation id: the session has no way to send one by path.
      if (!id) throw new Error(`${c.name}: an undocumented ${c.method} cannot be sent`);
      if (c.method === 'DELETE') {
        await byId();
        return { value: undefined };
      }
      return { value: await byId(c.requestBody) };
  }
}

interface Observed {
  outcome: Outcome | undefined;
  error: unknown;
  requests: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[];
  arrivals: number[];
  served: (number | 'network error')[];
}

function check(assertion: Assertion, observed: Observed): void {
  const { outcome, error, requests, arrivals, served } = observed;
  const failure = error instanceof UpstreamError ? error : undefined;
  const label = `${assertion.type}${assertion.path ? ` ${assertion.path}` : ''}`;
  const at = <T>(list: T[], index = 0): T | undefined => list.at(index);

  switch (assertion.type) {
    case 'requestCount':
      expect(requests.length, label).toBe(assertion.expected);
      return;
    case 'noError':
      expect(failure?.message, label).toBeUndefined();
      return;
    case 'statusCode':
    case 'responseStatus':
      if (failure) expect(failure.status, label).toBe(assertion.expected);
      else expect(served.at(-1), `${label} (the answer the client settled on)`).toBe(assertion.expected);
      return;
    case 'errorCode':
    case 'errorType': {
      const code = ERROR_CODES[String(assertion.expected)];
      if (code === undefined) throw new Error(`no contract code for SDK error ${String(assertion.expected)}`);
      expect(failure?.code, label).toBe(code);
      return;
    }
    case 'errorField': {
      const field = { httpStatus: 'status', retryable: 'retryable', requestId: 'requestId' }[assertion.path ?? ''];
      if (field === undefined) throw new Error(`unsupported errorField ${assertion.path}`);
      expect(failure, label).toBeDefined();
      expect((failure as unknown as Record<string, unknown>)[field], label).toBe(assertion.expected);
      return;
    }
    case 'errorMessage':
      expect(failure?.message, label).toBe(assertion.expected);
      return;
    case 'delayBetweenRequests': {
      const gaps = arrivals.slice(1).map((time, i) => time - arrivals[i]!);
      const chosen = assertion.index === undefined ? gaps : [gaps[assertion.index]];
      expect(chosen.length, `${label}: the run produced the gap`).toBeGreaterThan(0);
      for (const gap of chosen) {
        expect(gap, label).toBeDefined();
        if (assertion.min !== undefined) expect(gap, label).toBeGreaterThanOrEqual(assertion.min);
        if (assertion.max !== undefined) expect(gap, label).toBeLessThanOrEqual(assertion.max);
      }
      return;
    }
    case 'headerPresent':
      expect(at(requests, assertion.index)?.headers[String(assertion.path).toLowerCase()], label).toBeTruthy();
      return;
    case 'headerAbsent':
      expect(at(requests, assertion.index)?.headers[String(assertion.path).toLowerCase()], label).toBeUndefined();
      return;
    case 'headerInjected':
    case 'headerValue': {
      const name = String(assertion.path).toLowerCase();
      let value = String(at(requests, assertion.index)?.headers[name]);
      // Ours carries the charset the docs ask for; compare the media type.
      if (name === 'content-type') value = value.split(';')[0]!.trim();
      expect(value, label).toBe(assertion.expected);
      return;
    }
    case 'requestPath': {
      const path = (at(requests, assertion.index)?.url ?? '').split('?')[0]!;
      expect(path.startsWith(`/${ACCOUNT}/`) ? path.slice(ACCOUNT.length + 1) : path, label).toBe(assertion.expected);
      return;
    }
    case 'requestMethod':
      expect(at(requests, assertion.index)?.method, label).toBe(assertion.expected);
      return;
    case 'responseMeta':
      expect(outcome, label).toBeDefined();
      if (assertion.path === 'totalCount') expect(outcome?.totalCount, label).toBe(assertion.expected);
      else if (assertion.path === 'truncated') expect(outcome?.truncated, label).toBe(assertion.expected);
      else throw new Error(`unsupported responseMeta ${assertion.path}`);
      return;
    case 'responseBody': {
      const path = String(assertion.path);
      const items = outcome?.items;
      if (/_count$/.test(path)) {
        expect(items, `${label}: a list was returned`).toBeDefined();
        expect(items?.length, label).toBe(assertion.expected);
      } else if (/^last_\w+_id$/.test(path)) {
        const last = items?.at(-1) as { id?: unknown } | undefined;
        expect(last?.id, label).toBe(String(assertion.expected));
      } else {
        const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], outcome?.value);
        expect(value, label).toEqual(assertion.expected);
      }
      return;
    }
    default:
      throw new Error(`unsupported assertion type ${assertion.type}`);
  }
}
