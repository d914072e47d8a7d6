import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The shape limits every document must fit before it runs. README "Static limits" lists them. */
export interface StaticLimits {
  /** Nesting of fields (fragments flattened, introspection exempt). */
  maxDepth: number;
  /** Aliased fields in one operation, fragments included. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in the document; parsing stops at the first one past the limit. */
  maxTokens: number;
}

/**
 * Generous for any real client (the GraphiQL example nests 9 deep, GraphiQL's introspection
 * query has about 350 tokens) and small enough that a hostile document is refused in
 * microseconds: the token cap stops a 1 MB document after its first 5,000 tokens, and 2,000
 * aliases are counted, not run.
 */
export const DEFAULT_STATIC_LIMITS: StaticLimits = { maxDepth: 15, maxAliases: 50, maxDirectives: 50, maxTokens: 5_000 };

/**
 * Static limits on a document's shape, from graphql-armor rather than by hand. Each refusal is a
 * `QUERY_TOO_EXPENSIVE` error (the contract's code for "refused before any upstream call") with
 * `extensions.limit` naming the limit. Armor's cost limit stays off: the cost plugin prices
 * documents in upstream calls, which is the unit that matters here. Field suggestions stay on,
 * since the schema is public (it is printed in the repository).
 */
export function useStaticLimits(limits: Partial<StaticLimits> = {}): Plugin {
  const { maxDepth, maxAliases, maxDirectives, maxTokens } = { ...DEFAULT_STATIC_LIMITS, ...limits };
  const report = (limit: keyof StaticLimits) => (context: ValidationContext | null, error: GraphQLError) => {
    const refusal = tooExpensive(error, limit);
    // Validation rules report into their context; the token counter runs inside the parser, which has none.
    if (context) context.reportError(refusal);
    else throw refusal;
  };
  return EnvelopArmorPlugin({
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: maxDepth, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: [report('maxDepth')] },
    maxAliases: { n: maxAliases, propagateOnRejection: false, onReject: [report('maxAliases')] },
    maxDirectives: { n: maxDirectives, propagateOnRejection: false, onReject: [report('maxDirectives')] },
    maxTokens: { n: maxTokens, propagateOnRejection: false, onReject: [report('maxTokens')] },
  }) as Plugin;
}

function tooExpensive(error: GraphQLError, limit: keyof StaticLimits): GraphQLError {
  // Armor words every refusal as a "Syntax Error"; it is a limit, not a typo.
  const message = error.message.replace(/^Syntax Error: /, '');
  return new GraphQLError(`Query refused: ${message} See the README's "Static limits".`, {
    extensions: { code: 'QUERY_TOO_EXPENSIVE', limit },
  });
}
