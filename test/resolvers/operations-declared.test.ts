import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredOperations } from '../../scripts/api-coverage.ts';
import { isOperationId } from '../../src/client/operations.ts';
import { schema } from '../../src/schema/index.ts';

const RESOLVERS = new URL('../../src/resolvers/', import.meta.url);

/** Every operation id a resolver names in code (`call(ctx, 'GetTodo', …)`, `paginate(ctx, 'ListTodos', …)`, `fetchEach(…)`), by file. */
function calledOperations(): Map<string, string[]> {
  const called = new Map<string, string[]>();
  for (const file of readdirSync(RESOLVERS).filter((name) => name.endsWith('.ts'))) {
    const code = readFileSync(new URL(file, RESOLVERS), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, id] of code.matchAll(/'([A-Z]\w+)'/g)) {
      if (id === undefined || !isOperationId(id)) continue;
      called.set(id, [...(called.get(id) ?? []), file]);
    }
  }
  return called;
}

describe('operations the resolvers call', () => {
  const called = calledOperations();

  it('are found by the scan (it reads the call sites it guards)', () => {
    expect(called.get('GetTodo')).toContain('todos.ts');
    expect(called.get('ListTodos')).toContain('todos.ts');
    expect(called.size).toBeGreaterThan(150);
  });

  // The query price reads a field's cost off its `uses(...)`: a call no field declares is one the
  // price cannot see, so a new field that forgets its annotation fails here.
  it('are each declared by some field or type of the schema with uses(...)', () => {
    const declared = declaredOperations(schema);
    const undeclared = [...called].filter(([id]) => !declared.has(id)).map(([id, files]) => `${id} (${[...new Set(files)].join(', ')})`);
    expect(undeclared).toEqual([]);
  });
});
