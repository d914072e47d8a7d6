import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { schemaSDL } from '../../src/schema/sdl.ts';

it('matches the committed schema.graphql (run `npm run codegen` after a schema change)', () => {
  const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
  expect(schemaSDL()).toBe(committed);
});
