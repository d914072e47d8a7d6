import { getNamedType, getVariableValues, isAbstractType, isCompositeType, isInterfaceType, isObjectType, Kind, parse, type FragmentDefinitionNode, type GraphQLField, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isPaginated, type OperationId } from '../../src/client/operations.ts';
import { PAGE_SIZES } from '../../src/client/operations.generated.ts';
import { priceOperation } from '../../src/plugins/query-price.ts';
import { pagesFor, pagesOf } from '../../src/resolvers/connection.ts';
import { schema } from '../../src/schema/index.ts';

/** Prices a document the way the plugin does: coerced variables, defaults applied. */
function price(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!coerced.coerced) throw new Error('bad variables');
  return priceOperation(schema, fragments, operation, coerced.coerced);
}

describe('pagesFor', () => {
  it('follows the geared page sizes 15, 30, 50, then 100', () => {
    expect([0, 1, 15, 16, 45, 46, 50, 95, 96, 100].map((first) => pagesFor(first))).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4, 4]);
    expect(pagesFor(100, true)).toBe(5);
  });

  it('caps each gear at the page size the operation table gives the operation', () => {
    expect(PAGE_SIZES.ListProjects).toBe(50);
    expect([15, 16, 95, 96, 100].map((first) => pagesOf('ListProjects', first))).toEqual([1, 2, 3, 4, 4]);
    expect(PAGE_SIZES.GetEverythingOpenCards).toBe(5);
    expect([1, 5, 6, 25].map((first) => pagesOf('GetEverythingOpenCards', first))).toEqual([1, 1, 2, 5]);
  });
});

/** Every field of the schema with the operations it declares with `uses(...)`, but the mutations (priced per operation). */
function fieldsWithOperations() {
  const fields: { name: string; connection: boolean; operations: OperationId[]; firstPage: boolean }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if ((!isObjectType(type) && !isInterfaceType(type)) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const extensions = field.extensions as { basecampOperations?: OperationId[]; basecampFirstPage?: true; basecampPages?: number };
      const connection = getNamedType(field.type).name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first');
      fields.push({ name: `${type.name}.${field.name}`, connection, operations: extensions.basecampOperations ?? [], firstPage: extensions.basecampFirstPage === true || extensions.basecampPages !== undefined });
    }
  }
  return fields;
}

describe('page costs come from the operation table', () => {
  const fields = fieldsWithOperations();

  // A field over a paginated operation that is neither a connection nor says how many pages it
  // reads (`firstPage()`, `pagesRead(n)`) would be priced as one call however many pages it walks.
  it('every field that calls a paginated operation is a connection or reads only its first page', () => {
    const unpriced = fields.filter((field) => field.operations.some(isPaginated) && !field.connection && !field.firstPage).map((field) => field.name);
    expect(fields.some((field) => field.operations.some(isPaginated) && !field.connection && field.firstPage)).toBe(true);
    expect(unpriced).toEqual([]);
  });

  it('every connection declares the operation whose pages it reads', () => {
    expect(fields.filter((field) => field.connection && field.operations.length === 0).map((field) => field.name)).toEqual([]);
  });
});

/** Marks every object a probe hands out, and survives a spread (`{ ...category, bucket_id }`). */
const FROM_PARENT = Symbol('fromParent');

/**
 * A parent value whose every key answers: ids (`id`, `*_id`, `*Id`) as strings, anything else
 * as another probe. Each probe is also a list of one probe, so a resolver may map over it.
 */
function probe(): unknown {
  const target: unknown[] & { [FROM_PARENT]?: true } = [];
  target[FROM_PARENT] = true;
  const keys = new Map<string, unknown>();
  const child = (key: string) => {
    if (!keys.has(key)) keys.set(key, /^id$|_id$|Id$/.test(key) ? '1' : probe());
    return keys.get(key);
  };
  return new Proxy(target, {
    get: (array, key, receiver) => (typeof key === 'symbol' || (key !== '0' && key in array) ? Reflect.get(array, key, receiver) : child(key)),
    ownKeys: (array) => [...Reflect.ownKeys(array), '0'],
    getOwnPropertyDescriptor: (array, key) => (key === '0' ? { value: child('0'), enumerable: true, configurable: true, writable: true } : Reflect.getOwnPropertyDescriptor(array, key)),
  });
}

/** A context or info a resolver may not touch: one that does reads through a loader. */
const untouchable = new Proxy({}, { get: () => { throw new Error('reads through the context'); } });

/**
 * Whether the field answers with objects taken from its parent's JSON (then Basecamp embedded
 * them), rather than an id, a stub or a read for a loader.
 */
function answersFromParent(field: GraphQLField<unknown, unknown>): boolean {
  const extensions = field.extensions as { pothosExposedField?: string; pothosOriginalResolve?: (parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown };
  const exposed = extensions.pothosExposedField;
  const resolve = exposed ? (parent: unknown) => (parent as Record<string, unknown>)[exposed] : extensions.pothosOriginalResolve;
  if (!resolve) return false;
  const fromParent = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && !(value instanceof Promise) && ((value as { [FROM_PARENT]?: true })[FROM_PARENT] === true || (Array.isArray(value) && value.length > 0 && value.every(fromParent)));
  try {
    const value = resolve(probe(), {}, untouchable, untouchable);
    if (value instanceof Promise) value.catch(() => undefined);
    return fromParent(value);
  } catch {
    return false;
  }
}

describe('objects Basecamp embeds are free', () => {
  // Without `embedded()`, a field that hands out its parent's objects is priced as one load by id
  // per object; with it, a field that loads would cost nothing. Payload fields are the mutation's.
  it('a field is marked embedded() exactly when it answers with objects from its parent\'s JSON', () => {
    const wrong: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || /(Connection|Edge)$/.test(type.name) || type === schema.getQueryType() || type === schema.getMutationType()) continue;
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        const extensions = field.extensions as { basecampOperations?: OperationId[]; basecampStub?: string[]; basecampEmbedded?: true };
        const loadable = isCompositeType(target) && (isAbstractType(target) || ((target.extensions as { basecampOperations?: OperationId[] }).basecampOperations ?? []).length > 0);
        if (!loadable || extensions.basecampOperations?.length || extensions.basecampStub) continue;
        if (answersFromParent(field) !== (extensions.basecampEmbedded === true)) wrong.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('prices lists Basecamp embeds in a card table, a card and a card view as no call', () => {
    // A project page, and per project its card table; the columns, steps and cards come with their parents.
    // The columns are as many as the board has: what their card pages cost is bounded by the call cap.
    expect(price('{ projects(first: 10) { nodes { name cardTable { title lists { title cards(first: 50) { nodes { title steps { title completed } } } } } } } }').total).toBe(1 + 10 * (1 + 200));
    expect(price('{ cardsByProject(view: OPEN, first: 100) { nodes { cards { title steps { title } } } } }').total).toBe(pagesOf('GetEverythingOpenCards', 100));
    expect(price('{ openTodos(first: 10) { nodes { todos { title } } } overdueTodosReport { underAWeekLate { title } overAWeekLate { title } overAMonthLate { title } overThreeMonthsLate { title } } }').total).toBe(pagesOf('GetEverythingOpenTodos', 10) + 1);
  });
});

describe('priceOperation', () => {
  it('prices a connection by its pages and multiplies what its items select by `first`', () => {
    expect(price('{ projects(first: 50) { totalCount nodes { name } } }')).toEqual({ total: 3, flat: 1 });
    // 1 page; per project: its to-do set (1) and 2 pages of 25 lists (the default `first`)
    expect(price('{ projects(first: 5) { nodes { todoset { todolists { nodes { name } } } } } }')).toEqual({ total: 1 + 5 * 3, flat: 1 });
    expect(price('{ projects(first: 5) { edges { node { todoset { name } } } } }').total).toBe(6);
  });

  it('prices a connection at its operation\'s page size, the worst of several, and one answered whole as one call', () => {
    // GetEverything*Cards pages by 5: 25 groups take 5 pages, each group's cards come with it.
    expect(price('{ cardsByProject(view: OPEN, first: 25) { totalCount } }')).toEqual({ total: 5, flat: 1 });
    expect(price('{ overdueCards(first: 100) { nodes { title } } }')).toEqual({ total: 1, flat: 1 });
  });

  it('counts embedded people and stubs that answer the selection as free', () => {
    expect(price('{ todo(id: "1") { creator { name } assignees { name } completionSubscribers { name } } }')).toEqual({ total: 1, flat: 1 });
    expect(price('{ todo(id: "1") { bucket { name } parent { title } } }').total).toBe(1);
    expect(price('{ todo(id: "1") { bucket { createdAt } parent { title ... on Todolist { name } } } }').total).toBe(3);
  });

  it('reads coerced variables with their defaults', () => {
    const query = 'query($n: Int = 100) { projects(first: $n) { nodes { todoset { name } } } }';
    expect(price(query).total).toBe(4 + 100);
    expect(price(query, { n: 5 }).total).toBe(1 + 5);
  });

  it('prices a list argument by its length, and counts lookups outside connections as flat', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => String(i + 1));
    expect(price('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).toEqual({ total: 1000, flat: 1000 });
    // A single id coerces to a list of one.
    expect(price('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: '7' })).toEqual({ total: 1, flat: 1 });
    const aliases = Array.from({ length: 300 }, (_, i) => `p${i}: project(id: "${i + 1}") { name }`).join(' ');
    expect(price(`{ ${aliases} }`)).toEqual({ total: 300, flat: 300 });
  });

  it('prices what the items of a list of unknown length cost at all an operation may spend, and a list read as one call', () => {
    // Report data has no length limit: 597 overdue to-dos would be 597 comment reads, where five items were assumed.
    expect(price('{ overdueTodos { title } }').total).toBe(1);
    expect(price('{ overdueTodos { title comments(first: 1) { totalCount } } }').total).toBe(1 + 200);
    expect(price('{ assignablePeople { name outOfOffice { enabled } } }').total).toBe(1 + 200);
    expect(price('{ folders { name projects { name } } }').total).toBe(1 + 200); // each project read by id
    // A connection of such lists multiplies that bound like anything else it holds.
    expect(price('{ projects(first: 10) { nodes { dock { tool { title } } } } }').total).toBe(1 + 10 * 200);
    // One read answers the whole list: not a read per item.
    expect(price('{ lineupMarkers { name } }').total).toBe(1);
  });

  it('prices fragments and inline fragments with the selections they add, once per spread site', () => {
    const viaFragment = price('{ projects(first: 5) { nodes { ...P ...P } } } fragment P on Project { todoset { name } }');
    expect(viaFragment.total).toBe(6);
    const viaInterface = price('{ recordings(type: TODO, first: 10) { nodes { ... on Todo { comments(first: 10) { nodes { content } } } } } }');
    expect(viaInterface.total).toBe(1 + 10 * 1);
  });

  it('prices a mutation by the operations it performs', () => {
    expect(price('mutation { completeTodo(input: { id: "1" }) { todo { title creator { name } } } }').total).toBe(2);
  });

  it('prices a fragment bomb of 2^40 paths without walking them, far over any limit', () => {
    const fragments = ['fragment F0 on Recording { title }'];
    for (let i = 1; i <= 40; i++) fragments.push(`fragment F${i} on Recording { a: parent { ...F${i - 1} } b: parent { ...F${i - 1} } }`);
    const result = price(`{ todo(id: "1") { ...F40 } }\n${fragments.join('\n')}`);
    expect(result.total).toBe(2 ** 40 - 1); // the lookup, then 2 loads per level above the stub-only one
  });

  it('skips what @skip and @include leave out', () => {
    expect(price('query($on: Boolean = false) { projects(first: 5) { nodes { todoset @include(if: $on) { name } } } }').total).toBe(1);
  });
});
