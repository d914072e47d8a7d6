import type { Plugin } from 'graphql-yoga';

/**
 * Headers every answer carries, set once here rather than per plugin:
 * - No page of ours may be framed (`X-Frame-Options` and CSP `frame-ancestors`): GraphiQL fills its
 *   editor from `?query=` and runs it with the server's default token, so a framing page could
 *   get a write out of one click.
 * - `nosniff`, and no `Referer` sent on from our pages (a query string may hold a document).
 * - A GraphQL answer is one person's data: `no-store`, so no shared cache keeps it (a cookie
 *   session or the default token does not keep a response out of shared caches the way
 *   `Authorization` does); so is every other answer that says nothing of its caching. Responses
 *   that say their own (assets, Voyager) keep it.
 */
export function usePageSafety(): Plugin {
  return {
    onResponse({ response }) {
      const headers = response.headers;
      headers.set('x-frame-options', 'DENY');
      headers.set('x-content-type-options', 'nosniff');
      headers.set('referrer-policy', 'no-referrer');
      if (!headers.has('content-security-policy')) headers.set('content-security-policy', "frame-ancestors 'none'");
      if (headers.has('cache-control')) return;
      // The pages name their assets by hash: revalidate a page, keep its assets (they say so themselves).
      // Anything else that says nothing is an answer of the moment: a GraphQL result, a refusal, a probe.
      headers.set('cache-control', headers.get('content-type')?.startsWith('text/html') ? 'no-cache' : 'no-store');
    },
  };
}
