import { randomUUID } from 'node:crypto';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CallLedger } from '../client/types.ts';
import type { Logger } from '../log.ts';

/** What one GraphQL request did, as logged and counted. */
export interface OperationRecord {
  requestId: string;
  /** The operation's name; `anonymous` when it has none, absent when the request never got that far. */
  operation?: string;
  type?: 'query' | 'mutation' | 'subscription';
  status: number;
  durationMs: number;
  /**
   * `ok`; `partial` (data with errors); `error` (errors, no data); `rejected` (refused before
   * execution: bad request, parse or validation error, too expensive); `stream` (SSE, still open).
   */
  outcome: 'ok' | 'partial' | 'error' | 'rejected' | 'stream';
  /** Distinct `extensions.code`s of the errors. */
  errorCodes: string[];
  upstreamCalls: number;
  notModified: number;
  fromCache: number;
}

export interface OperationLogOptions {
  logger: Logger;
  /** Also told of every record (the metrics plugin counts them). */
  onOperation?: (record: OperationRecord) => void;
  graphqlEndpoint?: string;
}

interface Pending {
  requestId: string;
  started: number;
  operation?: string;
  type?: OperationRecord['type'];
  executed: boolean;
  ledger?: CallLedger;
  result?: unknown;
}

/** A caller's `x-request-id` is kept when it is a plain token; otherwise one is made up. */
const REQUEST_ID = /^[\w.:@-]{1,128}$/;

/**
 * One JSON line per GraphQL request: request id (echoed as `x-request-id`), operation name and
 * type, duration, upstream calls from the operation's ledger, outcome and error codes. Only these
 * fields are written: never variables, headers or the token.
 */
export function useOperationLog({ logger, onOperation, graphqlEndpoint = '/graphql' }: OperationLogOptions): Plugin {
  const pending = new WeakMap<Request, Pending>();

  return {
    onRequest({ request, url }) {
      if (url.pathname !== graphqlEndpoint) return;
      const given = request.headers.get('x-request-id');
      pending.set(request, { requestId: given && REQUEST_ID.test(given) ? given : randomUUID(), started: performance.now(), executed: false });
    },
    onParams({ request, params }) {
      const state = pending.get(request);
      if (state && params.operationName) state.operation = params.operationName;
    },
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request; ledger?: CallLedger };
      const state = context.request && pending.get(context.request);
      if (!state) return;
      const operation = getOperationAST(args.document as DocumentNode, args.operationName ?? undefined);
      state.executed = true;
      state.operation = operation?.name?.value ?? state.operation ?? 'anonymous';
      if (operation) state.type = operation.operation;
      state.ledger = context.ledger;
    },
    onSubscribe({ args }) {
      const context = args.contextValue as { request?: Request; ledger?: CallLedger };
      const state = context.request && pending.get(context.request);
      if (!state) return;
      state.executed = true;
      state.type = 'subscription';
      state.operation = getOperationAST(args.document as DocumentNode, args.operationName ?? undefined)?.name?.value ?? 'anonymous';
      state.ledger = context.ledger;
    },
    onResultProcess({ request, result }) {
      const state = pending.get(request);
      if (state) state.result = result;
    },
    onResponse({ request, response }) {
      const state = pending.get(request);
      if (!state) return;
      pending.delete(request);
      try {
        response.headers.set('x-request-id', state.requestId);
        const record = toRecord(state, response.status);
        logger.info('graphql', { ...record });
        onOperation?.(record);
      } catch (error) {
        // Yoga does not catch an onResponse failure: it would reach the HTTP server.
        logger.error('operation log failed', { error });
      }
    },
  };
}

function toRecord(state: Pending, status: number): OperationRecord {
  const results = resultsOf(state.result);
  const errors = results === 'stream' ? [] : results.flatMap((result) => result.errors ?? []);
  const errorCodes = [...new Set(errors.map((error) => String((error.extensions as { code?: unknown } | undefined)?.code ?? 'INTERNAL_SERVER_ERROR')))];
  let outcome: OperationRecord['outcome'];
  if (results === 'stream') outcome = 'stream';
  else if (!state.executed || errorCodes.includes('QUERY_TOO_EXPENSIVE')) outcome = errors.length > 0 || status >= 400 ? 'rejected' : 'ok';
  else if (errors.length === 0) outcome = 'ok';
  // `partial` only when some root field has data: `{ me: null }` with an error is a failure.
  else outcome = results.some((result) => result.data != null && Object.values(result.data).some((value) => value !== null)) ? 'partial' : 'error';
  return {
    requestId: state.requestId,
    ...(state.operation !== undefined && { operation: state.operation }),
    ...(state.type !== undefined && { type: state.type }),
    status,
    durationMs: Math.round((performance.now() - state.started) * 10) / 10,
    outcome,
    errorCodes,
    upstreamCalls: state.ledger?.upstreamCalls ?? 0,
    notModified: state.ledger?.notModified ?? 0,
    fromCache: state.ledger?.fromCache ?? 0,
  };
}

function resultsOf(result: unknown): ExecutionResult[] | 'stream' {
  if (result === undefined || result === null) return [];
  if (typeof result === 'object' && Symbol.asyncIterator in result) return 'stream';
  return (Array.isArray(result) ? result : [result]) as ExecutionResult[];
}
