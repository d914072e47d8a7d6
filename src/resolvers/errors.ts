import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { UpstreamError } from '../client/errors.ts';

/**
 * The single mapping from client errors to GraphQL errors, plugged in as Yoga's
 * `maskedErrors.maskError`. An `UpstreamError` keeps its contract code and the upstream's
 * request id; GraphQL errors we raised on purpose pass through; anything else stays masked.
 * Every error leaves with an `extensions.code` (see `withCode`).
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof UpstreamError) {
    const extensions: Record<string, unknown> = { code: original.code };
    if (original.status !== undefined) extensions.status = original.status;
    if (original.requestId !== undefined) extensions.requestId = original.requestId;
    if (original.retryAfter !== undefined) extensions.retryAfter = original.retryAfter;
    if (original.details !== undefined) extensions.details = original.details;
    if (original.possiblyApplied) extensions.possiblyApplied = true;
    const field = error instanceof GraphQLError && original.code === 'QUERY_TOO_EXPENSIVE' ? error.path?.join('.') : undefined;
    if (field !== undefined) extensions.field = field;
    return new GraphQLError(field !== undefined ? `Query too expensive: \`${field}\` was not fetched. ${original.message}` : original.message, {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {}),
      extensions,
    });
  }
  const missing = original instanceof Error ? /^Cannot return null for non-nullable field (\S+)\.$/.exec(original.message)?.[1] : undefined;
  if (missing !== undefined && error instanceof GraphQLError) {
    // Every non-null field is one Basecamp's answers always hold: its absence is the upstream's fault.
    return new GraphQLError(`Basecamp's answer has no value for ${missing}, which it always sends.`, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: 'UPSTREAM_ERROR' },
    });
  }
  return withCode(withoutParserMessage(yogaMaskError(error, message, isDev)));
}

/**
 * Yoga's request parsers copy the parser's own error into `extensions.originalError`; V8's JSON
 * message quotes the body back, and a cut-off body may end in a variable's secret. Only the
 * error's name stays: the message already says what was wrong ("POST body sent invalid JSON."),
 * and Yoga answers 400 rather than 200 because the copy is there.
 */
function withoutParserMessage(error: Error): Error {
  const copy = error instanceof GraphQLError ? error.extensions.originalError : undefined;
  if (copy && typeof copy === 'object' && 'message' in copy) {
    (error as GraphQLError & { extensions: Record<string, unknown> }).extensions.originalError = { name: (copy as { name?: unknown }).name };
  }
  return error;
}

/**
 * graphql-js raises some errors itself, without a code. Those without a `path` come from
 * preparing the operation (a variable of the wrong type or missing, an operation the schema
 * cannot run): the request was wrong, so BAD_USER_INPUT, coded in place so that Yoga does not log
 * the client's mistake as ours. Those with a path are a field the server failed to complete (a
 * broken invariant): INTERNAL_SERVER_ERROR, a new error that Yoga logs.
 */
function withCode(error: Error): Error {
  if (!(error instanceof GraphQLError) || typeof error.extensions.code === 'string') return error;
  if (error.path === undefined) {
    (error.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
    return error;
  }
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR' },
  });
}
