/**
 * `npm run generate`: rewrites every file made from the Basecamp SDK (../shared/basecamp-api/sdk).
 * test/generated.test.ts fails while any committed one differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATORS } from './generators/index.ts';
import { readSdk } from './generators/sdk.ts';

const sdk = readSdk();
if ('missing' in sdk) {
  console.error(`Cannot generate: ${sdk.missing}.`);
  process.exit(1);
}
for (const generator of GENERATORS) {
  writeFileSync(generator.output, generator.generate(sdk));
  console.log(`wrote ${fileURLToPath(generator.output)}`);
}
