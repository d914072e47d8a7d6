import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/**
 * A browser app's files (GraphiQL's, Voyager's) served from an npm package under
 * `<prefix><stem>.<hash>.<ext>`: named by content, so a browser downloads each once (brotli or
 * gzip, prepared once per process) and keeps it for a year.
 *
 * The files are read on first use, not at startup: a server nobody opens the app on never holds
 * them. Brotli at its best quality (a third smaller than gzip for these bundles) takes tens of
 * seconds for a large script, so `npm install` prepares it once (`npm run precompress`, run by
 * `prepare`) into `node_modules/.cache`; without that file the server compresses at quality 9.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** One file of the app: its role (how a page refers to it), name stem, extension, media type and bytes. */
export interface AssetSource {
  role: string;
  stem: string;
  ext: string;
  type: string;
  bytes: Buffer;
}

interface Asset {
  type: string;
  bytes: Buffer;
  encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

export interface HashedAssetsOptions {
  /** URL path prefix, with both slashes: `/graphiql-assets/`. */
  prefix: string;
  /** The package the files come from; the cache sits in the `node_modules` that holds it. */
  packageName: string;
  /** Reads the files (once, on first use). */
  load: () => Promise<AssetSource[]>;
}

export interface HashedAssets {
  /** URL path by role. */
  urls(): Promise<Record<string, string>>;
  /** Serves `GET`/`HEAD <prefix><name>`, compressed when the browser accepts it. */
  plugin(): Plugin;
  /** Writes every file at brotli's best quality into the cache (skipping those already there); returns what it wrote. */
  precompress(): Promise<string[]>;
}

const compressors = {
  // Quality 9: within a few per cent of 11 for these bundles at a fraction of the time, on the thread pool.
  br: (bytes: Buffer) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes: Buffer) => promisify(gzip)(bytes, { level: 9 }),
};

export function hashedAssets({ prefix, packageName, load }: HashedAssetsOptions): HashedAssets {
  let loaded: Promise<{ urls: Record<string, string>; byName: Map<string, Asset> }> | undefined;
  const bundle = () =>
    (loaded ??= load().then((sources) => {
      const urls: Record<string, string> = {};
      const byName = new Map<string, Asset>();
      for (const { role, stem, ext, type, bytes } of sources) {
        const name = `${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
        byName.set(name, { type, bytes, encoded: new Map() });
        urls[role] = `${prefix}${name}`;
      }
      return { urls, byName };
    }));

  /** node_modules/.cache/basecamp-graphql/<prefix>, found from the package itself (same path from src/ and dist/). */
  const cacheDir = () => {
    const entry = createRequire(import.meta.url).resolve(packageName);
    const modules = entry.slice(0, entry.lastIndexOf(`${sep}node_modules${sep}`) + `${sep}node_modules`.length);
    return join(modules, '.cache', 'basecamp-graphql', prefix.replace(/^\/|\/$/g, ''));
  };

  const encoded = (name: string, asset: Asset, encoding: 'br' | 'gzip'): Promise<Buffer> => {
    let found = asset.encoded.get(encoding);
    if (!found) {
      const prepared = encoding === 'br' ? readFile(join(cacheDir(), `${name}.br`)) : Promise.reject(new Error('none'));
      found = prepared.catch(() => compressors[encoding](asset.bytes));
      asset.encoded.set(encoding, found);
    }
    return found;
  };

  return {
    urls: () => bundle().then(({ urls }) => urls),
    async precompress() {
      const { byName } = await bundle();
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
    },
    plugin: () => ({
      async onRequest({ request, url, endResponse, fetchAPI }) {
        if (!url.pathname.startsWith(prefix) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
        const name = url.pathname.slice(prefix.length);
        const asset = (await bundle()).byName.get(name);
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
    }),
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
export function scriptJson(value: unknown): string {
  return JSON.stringify(value ?? {}).replace(/</g, '\\u003c');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
