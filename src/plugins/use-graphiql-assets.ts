import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/**
 * GraphiQL as a small page plus hashed, immutable assets. `@graphql-yoga/render-graphiql` inlines
 * its 9 MB of script, styles, web workers and favicon into every page load; here the page names
 * them by content hash under `/graphiql-assets/`, so a browser downloads them once (compressed
 * with brotli or gzip, prepared once per process) and keeps them for a year.
 *
 * The bundle is loaded on first use, not at startup: a server nobody opens GraphiQL on never
 * holds those 9 MB. Brotli at its best quality (what keeps the whole page under 2 MB) takes tens
 * of seconds for the main script, so `npm install` prepares it once (`npm run precompress`, run
 * by `prepare`) into `node_modules/.cache`; without that file the server compresses at quality 9.
 */

const PREFIX = '/graphiql-assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Asset {
  type: string;
  bytes: Buffer;
  encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

interface Bundle {
  /** Asset URL by role. */
  urls: { js: string; css: string; favicon: string; editorWorkerService: string; json: string; graphql: string };
  byName: Map<string, Asset>;
}

let bundle: Promise<Bundle> | undefined;

function loadBundle(): Promise<Bundle> {
  bundle ??= import('@graphql-yoga/render-graphiql/graphiql').then((source) => {
    const byName = new Map<string, Asset>();
    const add = (stem: string, ext: string, type: string, bytes: Buffer): string => {
      const name = `${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
      byName.set(name, { type, bytes, encoded: new Map() });
      return `${PREFIX}${name}`;
    };
    const js = 'text/javascript; charset=utf-8';
    const favicon = /^data:([^;,]+);base64,(.*)$/s.exec(source.favicon);
    return {
      byName,
      urls: {
        js: add('graphiql', 'js', js, Buffer.from(source.js)),
        css: add('graphiql', 'css', 'text/css; charset=utf-8', Buffer.from(source.css)),
        favicon: favicon ? add('favicon', 'ico', favicon[1]!, Buffer.from(favicon[2]!, 'base64')) : source.favicon,
        editorWorkerService: add('editor-worker', 'js', js, Buffer.from(source.editorWorkerService)),
        json: add('json-worker', 'js', js, Buffer.from(source.jsonWorker)),
        graphql: add('graphql-worker', 'js', js, Buffer.from(source.graphqlWorker)),
      },
    };
  });
  return bundle;
}

const compressors = {
  // Quality 9: within a few per cent of 11 for this bundle at a fraction of the time, on the thread pool.
  br: (bytes: Buffer) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes: Buffer) => promisify(gzip)(bytes, { level: 9 }),
};

/** node_modules/.cache/basecamp-graphql/graphiql-assets, found from the package itself (same path from src/ and dist/). */
function cacheDir(): string {
  const entry = createRequire(import.meta.url).resolve('@graphql-yoga/render-graphiql');
  return join(dirname(entry), '..', '..', '..', '.cache', 'basecamp-graphql', 'graphiql-assets');
}

function encoded(name: string, asset: Asset, encoding: 'br' | 'gzip'): Promise<Buffer> {
  let found = asset.encoded.get(encoding);
  if (!found) {
    const prepared = encoding === 'br' ? readFile(join(cacheDir(), `${name}.br`)) : Promise.reject(new Error('none'));
    found = prepared.catch(() => compressors[encoding](asset.bytes));
    asset.encoded.set(encoding, found);
  }
  return found;
}

/** Writes every asset at brotli's best quality into the cache (skipping those already there); returns their names. */
export async function precompressGraphiQLAssets(): Promise<string[]> {
  const { byName } = await loadBundle();
  const dir = cacheDir();
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  await Promise.all(
    [...byName].map(async ([name, asset]) => {
      const file = join(dir, `${name}.br`);
      if (await readFile(file).then(() => true, () => false)) return;
      const bytes = await promisify(brotliCompress)(asset.bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: asset.bytes.length } });
      await writeFile(file, bytes);
      written.push(`${name} ${asset.bytes.length} -> ${bytes.length} bytes`);
    }),
  );
  return written;
}

/** The page: the same markup `render-graphiql` produces, with the assets referenced instead of inlined. */
export async function renderGraphiQLPage(options: GraphiQLOptions): Promise<string> {
  const { urls } = await loadBundle();
  const workers = { editorWorkerService: urls.editorWorkerService, json: urls.json, graphql: urls.graphql };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${escapeHtml(options.favicon ?? urls.favicon)}" />
    <link rel="stylesheet" href="${urls.css}" />
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
      YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
}

/** Serves `GET /graphiql-assets/<name>.<hash>.<ext>`, pre-compressed when the browser accepts it. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(PREFIX) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const name = url.pathname.slice(PREFIX.length);
      const asset = (await loadBundle()).byName.get(name);
      if (!asset) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }));
        return;
      }
      const accepted = acceptedEncodings(request.headers.get('accept-encoding'));
      const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
      const body = encoding ? await encoded(name, asset, encoding) : asset.bytes;
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': IMMUTABLE,
        vary: 'accept-encoding',
        'content-length': String(body.length),
        ...(encoding && { 'content-encoding': encoding }),
      };
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers }));
    },
  };
}

/** Encodings the client accepts (`q=0` means refused). */
export function acceptedEncodings(header: string | null): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return accepted;
}

/** JSON that cannot close the surrounding `<script>`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value ?? {}).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
