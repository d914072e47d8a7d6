/**
 * Writes src/client/wire-types.ts from the official Basecamp OpenAPI spec.
 * Usage: npx tsx scripts/generate-wire-types.ts
 * Exits with status 1, and says where it looked, when ../shared/basecamp-api/sdk/openapi.json is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateWireTypes, SPEC_URL, WIRE_TYPES_URL, type OpenApiSpec } from './wire-types-generator.ts';

const specPath = fileURLToPath(SPEC_URL);
if (!existsSync(specPath)) {
  console.error(
    `Cannot generate wire types: the Basecamp OpenAPI spec is not at ${specPath}.\n` +
      'It comes from the shared checkout next to this repo (../shared/basecamp-api/sdk/openapi.json).',
  );
  process.exit(1);
}

const spec = JSON.parse(readFileSync(specPath, 'utf8')) as OpenApiSpec;
const outPath = fileURLToPath(WIRE_TYPES_URL);
writeFileSync(outPath, generateWireTypes(spec));
console.log(`Wrote ${Object.keys(spec.components?.schemas ?? {}).length} types to ${outPath}.`);
