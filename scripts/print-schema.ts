import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSDL } from '../src/schema/sdl.ts';

/** Writes the SDL that codegen reads and `test/schema/printed-schema.test.ts` guards. */
const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, schemaSDL());
console.log(`wrote ${target}`);
