import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../scripts/generators/index.ts';
import { readSdk } from '../scripts/generators/sdk.ts';

const sdk = readSdk();
if ('missing' in sdk) console.log(`generated files: skipping the freshness check, ${sdk.missing}`);

describe.skipIf('missing' in sdk)('generated files', () => {
  it.each(GENERATORS.map((generator) => [fileURLToPath(generator.output), generator] as const))('%s is what `npm run generate` writes', (path, generator) => {
    if ('missing' in sdk) return;
    expect(readFileSync(generator.output, 'utf8'), `${path} is stale: run \`npm run generate\``).toBe(generator.generate(sdk));
  });
});
