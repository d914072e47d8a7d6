// The production build: `npm start` runs `dist/server.js`, `npm run sandbox` `dist/sandbox.js`.
// esbuild bundles our sources (TypeScript, `./x.ts` imports) into one ES module per entry point;
// packages stay in node_modules (imported as usual), so the bundle holds only our code. Plain
// JavaScript, so it runs before anything else is compiled. About a second: `prestart` runs it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const started = performance.now();
await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
// One self-contained bundle per entry point (no shared chunk), so each keeps only what it uses:
// the server never evaluates the sandbox's `SEED` landmarks (a second seed build at startup).
const entries = { server: 'src/server.ts', sandbox: 'src/sandbox/main.ts' };
await Promise.all(Object.entries(entries).map(([name, entry]) => build({
  entryPoints: { [name]: entry },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: new URL('..', import.meta.url).pathname,
})));
console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
