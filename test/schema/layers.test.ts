import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url);

/** Every import statement of the .ts files under `src/<folder>`, as `file: statement`. */
function imports(folder: string): string[] {
  const dir = new URL(`${folder}/`, SRC);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  return files.flatMap((file) =>
    [...readFileSync(new URL(file, dir), 'utf8').matchAll(/^import\s[^;]*?from\s+'[^']+';/gms)].map((match) => `${folder}/${file}: ${match[0].replace(/\s+/g, ' ')}`),
  );
}

// The house rule of src/schema/README.md: imports flow schema → resolvers → client.
describe('the layers import one way', () => {
  const schema = imports('schema');
  const resolvers = imports('resolvers');

  it('reads the imports it guards', () => {
    expect(schema.some((line) => line.includes("from '../resolvers/"))).toBe(true);
    expect(resolvers.some((line) => line.includes("from '../client/"))).toBe(true);
  });

  it('schema files take only types from src/client', () => {
    expect(schema.filter((line) => /from '\.\.\/client\//.test(line) && !/: import type /.test(line))).toEqual([]);
  });

  it('resolver files never import Pothos or src/schema', () => {
    expect(resolvers.filter((line) => /from '(@pothos\/|\.\.\/schema\/)/.test(line))).toEqual([]);
  });
});
