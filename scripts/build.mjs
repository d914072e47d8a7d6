// The production build: `npm start` runs `dist/server.js`, `npm run sandbox` `dist/sandbox.js`.
// esbuild bundles our sources (TypeScript, `./x.ts` imports) into one ES module per entry point;
// packages stay in node_modules (imported as usual), so the bundle holds only our code. Plain
// JavaScript, so it runs before anything else is compiled. About a second: `prestart` runs it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const started = performance.now();
await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
// One build per entry point (no chunk shared between them), so each keeps only what it uses:
// the server never evaluates the sandbox's `SEED` landmarks (a second seed build at startup).
// Within the server, code behind a dynamic import (the embedded sandbox) goes to a chunk of its
// own under dist/chunks/, read only when `npm start` embeds the sandbox: a gateway in front of
// Basecamp neither parses nor keeps that source.
const entries = { server: 'src/server.ts', sandbox: 'src/sandbox/main.ts' };
await Promise.all(Object.entries(entries).map(([name, entry]) => build({
  entryPoints: { [name]: entry },
  outdir: 'dist',
  splitting: true,
  chunkNames: `chunks/${name}-[name]-[hash]`,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  packages: 'external',
  sourcemap: true,
  // No comments or indentation: a third less source to read and keep, and no stray non-ASCII
  // character in a comment turning the whole source into a two-byte string (2 MB instead of 1 MB).
  minifyWhitespace: true,
  logLevel: 'warning',
  absWorkingDir: new URL('..', import.meta.url).pathname,
})));
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
