import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'graphql-yoga';
import { escapeHtml, hashedAssets, scriptJson } from './hashed-assets.ts';

/**
 * GraphQL Voyager at `/voyager`: the graph as an interactive map of types and their links, for
 * people who would rather look than read. Served from the `graphql-voyager` package like
 * GraphiQL (no CDN: it works offline), as a small page plus its standalone bundle (React
 * included) and styles under `/voyager-assets/`.
 *
 * The page POSTs Voyager's introspection query to the GraphQL endpoint as GraphiQL does (JSON,
 * same origin), so it passes the request policy and the default token's same-origin rule, and
 * a browser session's cookie goes along.
 */

export const VOYAGER_PATH = '/voyager';

const voyager = hashedAssets({
  prefix: '/voyager-assets/',
  packageName: 'graphql-voyager',
  load: async () => {
    const resolve = createRequire(import.meta.url).resolve;
    const [js, css] = await Promise.all([readFile(resolve('graphql-voyager/dist/voyager.standalone.js')), readFile(resolve('graphql-voyager/dist/voyager.css'))]);
    return [
      { role: 'js', stem: 'voyager', ext: 'js', type: 'text/javascript; charset=utf-8', bytes: js },
      { role: 'css', stem: 'voyager', ext: 'css', type: 'text/css; charset=utf-8', bytes: css },
    ];
  },
});

/** Writes Voyager's assets at brotli's best quality into the cache; returns what it wrote. */
export const precompressVoyagerAssets = (): Promise<string[]> => voyager.precompress();

export interface VoyagerOptions {
  /** The GraphQL endpoint the page introspects. */
  endpoint: string;
  /** Page title. */
  title: string;
  /** Where GraphiQL is, linked from the page. */
  graphiql?: string;
}

async function renderVoyagerPage({ endpoint, title, graphiql }: VoyagerOptions): Promise<string> {
  const urls = await voyager.urls();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${urls.css}" />
    <style>
      body { margin: 0; height: 100vh; overflow: hidden; }
      #voyager { height: 100vh; }
      .page-link { position: fixed; right: 12px; top: 12px; z-index: 10; font: 14px sans-serif; padding: 4px 8px; background: #fff; border-radius: 4px; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3); }
    </style>
  </head>
  <body>
    <main id="voyager"><p style="font: 16px sans-serif; text-align: center">Loading the map of the graph…</p></main>
${graphiql ? `    <a class="page-link" href="${escapeHtml(graphiql)}">Query it in GraphiQL</a>\n` : ''}    <script src="${urls.js}"></script>
    <script>
      const introspection = fetch(${scriptJson(endpoint)}, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ query: GraphQLVoyager.voyagerIntrospectionQuery }),
      }).then((response) => response.json());
      GraphQLVoyager.renderVoyager(document.getElementById('voyager'), { introspection, displayOptions: { rootType: 'Query' } });
    </script>
  </body>
</html>
`;
}

/** Serves the page at `/voyager` and its assets at `/voyager-assets/<name>.<hash>.<ext>`. */
export function useVoyager(options: VoyagerOptions): Plugin {
  const assets = voyager.plugin();
  return {
    async onRequest(payload) {
      const { request, url, endResponse, fetchAPI } = payload;
      if (url.pathname !== VOYAGER_PATH || (request.method !== 'GET' && request.method !== 'HEAD')) return assets.onRequest?.(payload);
      const html = await renderVoyagerPage(options);
      // The page names its assets by hash, so it is revalidated on every visit and they never are.
      const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' };
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : html, { status: 200, headers }));
    },
  };
}
