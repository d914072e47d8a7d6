// `npm run precompress` (run by `prepare`): the assets of GraphiQL and of Voyager at brotli quality
// 11, once per install, into node_modules/.cache; the server serves them from there (see
// src/plugins/hashed-assets.ts).
import { precompressGraphiQLAssets } from '../src/plugins/use-graphiql-assets.ts';
import { precompressVoyagerAssets } from '../src/plugins/use-voyager.ts';

for (const [name, precompress] of [['GraphiQL', precompressGraphiQLAssets], ['Voyager', precompressVoyagerAssets]] as const) {
  const started = performance.now();
  const written = await precompress();
  console.log(written.length === 0 ? `${name} assets: already compressed` : `${name} assets compressed in ${Math.round((performance.now() - started) / 1000)} s:\n  ${written.join('\n  ')}`);
}
