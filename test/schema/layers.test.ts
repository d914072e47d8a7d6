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

// One file reaching itself again through its imports (types included) means two rooms that
// cannot be read, moved or tested apart; the generated tables once did that with types.ts.
describe('no import circle in src', () => {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  const edges = new Map(
    files.map((file) => {
      const source = readFileSync(new URL(file, SRC), 'utf8');
      const targets = [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+\.ts)';/gms)].map((match) => new URL(match[1]!, new URL(file, SRC)).pathname.slice(SRC.pathname.length));
      return [file, targets.filter((target) => files.includes(target))] as const;
    }),
  );

  it('reads the imports it walks', () => {
    expect(edges.get('client/types.ts')).toContain('client/operations.generated.ts');
  });

  it('has no file that imports itself back', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of edges.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });
});
