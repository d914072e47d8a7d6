import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { UpstreamError } from '../client/errors.ts';

/**
 * The single mapping from client errors to GraphQL errors, plugged in as Yoga's
 * `maskedErrors.maskError`. An `UpstreamError` keeps its contract code and the upstream's
 * request id; GraphQL errors we raised on purpose pass through; anything else stays masked.
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
  return yogaMaskError(error, message, isDev);
}
