// The production build: `npm start` runs `dist/server.js`, `npm run sandbox` `dist/sandbox.js`.
// esbuild bundles our sources (TypeScript, `./x.ts` imports) into one ES module per entry point;
// packages stay in node_modules (imported as usual), so the bundle holds only our code. Plain
// JavaScript, so it runs before anything else is compiled. About a second: `prestart` runs it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const started = performance.now();
await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { server: 'src/server.ts', sandbox: 'src/sandbox/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  packages: 'external',
  sourcemap: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  absWorkingDir: new URL('..', import.meta.url).pathname,
});
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
