// `npm run precompress` (run by `prepare`): GraphiQL's assets at brotli quality 11, once per
// install, into node_modules/.cache; the server serves them from there (see use-graphiql-assets.ts).
import { precompressGraphiQLAssets } from '../src/plugins/use-graphiql-assets.ts';

const started = performance.now();
const written = await precompressGraphiQLAssets();
console.log(written.length === 0 ? 'GraphiQL assets: already compressed' : `GraphiQL assets compressed in ${Math.round((performance.now() - started) / 1000)} s:\n  ${written.join('\n  ')}`);
