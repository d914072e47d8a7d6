import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { escapeHtml, hashedAssets, scriptJson } from './hashed-assets.ts';

/**
 * GraphiQL as a small page plus hashed, immutable assets (see hashed-assets.ts).
 * `@graphql-yoga/render-graphiql` inlines its 9 MB of script, styles, web workers and favicon into
 * every page load; here the page names them by content hash under `/graphiql-assets/`.
 */

const js = 'text/javascript; charset=utf-8';

const graphiql = hashedAssets({
  prefix: '/graphiql-assets/',
  packageName: '@graphql-yoga/render-graphiql',
  load: async () => {
    const source = await import('@graphql-yoga/render-graphiql/graphiql');
    const favicon = /^data:([^;,]+);base64,(.*)$/s.exec(source.favicon);
    return [
      { role: 'js', stem: 'graphiql', ext: 'js', type: js, bytes: Buffer.from(source.js) },
      { role: 'css', stem: 'graphiql', ext: 'css', type: 'text/css; charset=utf-8', bytes: Buffer.from(source.css) },
      ...(favicon ? [{ role: 'favicon', stem: 'favicon', ext: 'ico', type: favicon[1]!, bytes: Buffer.from(favicon[2]!, 'base64') }] : []),
      { role: 'editorWorkerService', stem: 'editor-worker', ext: 'js', type: js, bytes: Buffer.from(source.editorWorkerService) },
      { role: 'json', stem: 'json-worker', ext: 'js', type: js, bytes: Buffer.from(source.jsonWorker) },
      { role: 'graphql', stem: 'graphql-worker', ext: 'js', type: js, bytes: Buffer.from(source.graphqlWorker) },
    ];
  },
});

/** Writes every GraphiQL asset at brotli's best quality into the cache; returns what it wrote. */
export const precompressGraphiQLAssets = (): Promise<string[]> => graphiql.precompress();

/** Serves `GET /graphiql-assets/<name>.<hash>.<ext>`, pre-compressed when the browser accepts it. */
export const useGraphiQLAssets = (): Plugin => graphiql.plugin();

/** A link shown beside the title in GraphiQL's header. */
export interface PageLink {
  href: string;
  label: string;
}

/**
 * The page: the same markup `render-graphiql` produces, with the assets referenced instead of
 * inlined. `links` go beside the title in GraphiQL's header (which renders the title as HTML);
 * the document's own `<title>` stays plain text.
 */
export async function renderGraphiQLPage(options: GraphiQLOptions, links: readonly PageLink[] = []): Promise<string> {
  const urls = await graphiql.urls();
  const workers = { editorWorkerService: urls.editorWorkerService, json: urls.json, graphql: urls.graphql };
  const title = options.title ?? 'GraphiQL';
  const header = [
    escapeHtml(title),
    ...links.map(({ href, label }) => `<a class="page-link" href="${escapeHtml(href)}" style="margin-left: 1em; font-size: 0.75em; font-weight: normal; color: inherit">${escapeHtml(label)}</a>`),
  ].join(' ');
  const favicon = options.favicon ?? urls.favicon;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(title)}</title>
${favicon ? `    <link rel="icon" href="${escapeHtml(favicon)}" />\n` : ''}    <link rel="stylesheet" href="${urls.css}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${scriptJson(workers)};
      self['MonacoEnvironment'] = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
    </script>
    <script src="${urls.js}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), ${scriptJson({ ...options, title: header })});
    </script>
  </body>
</html>
`;
}
