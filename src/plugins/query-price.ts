import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { isPaginated, operation, pageSizeOf, type OperationId } from '../client/operations.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pagesFor } from '../resolvers/connection.ts';

/** The worst case of one operation, in upstream calls. */
export interface Price {
  /** Every call the operation could make. */
  total: number;
  /**
   * The calls outside any connection or list: lookups by id, `nodes(ids:)`, their aliases, the
   * first page of a top-level connection. They are spent whatever the data holds.
   */
  flat: number;
}

export interface PriceOptions {
  /**
   * What the items of a plain list of unknown length (report data, `Folder.projects`) may cost
   * together: the calls one operation may spend (`GRAPHQL_MAX_CALLS`), since only that bounds them.
   * Default 200.
   */
  unknownListCalls?: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  unknownListCalls: number;
  /** Each selection set's price, once per concrete parent type: keeps the walk linear in the document. */
  memo: Map<SelectionSetNode, Map<string, Price | 'pending'>>;
  stubMemo: Map<SelectionSetNode, Map<string, boolean>>;
}

const FREE: Price = { total: 0, flat: 0 };

/**
 * Prices an operation in upstream calls before it runs. Each field knows its cost from the
 * schema: a field with `uses(...)` makes a call (a connection one per page its `first` needs at
 * Basecamp's geared page sizes, capped by the page size the operation table gives its operation);
 * a field returning a Basecamp object without its own operation
 * loads it by id (one call per object) unless it is `embedded()` or the selection fits its
 * `stub(...)`, and a payload field that `readsAhead()` one call more; connection items arrive with
 * their page and are free.
 * Costs under a connection are multiplied by its `first`; under a list given by an argument
 * (`nodes(ids:)`) by its length; under any other list, whose length is the data's, they come to at
 * most `unknownListCalls`, all an operation may spend. `variables` must be the coerced values
 * (defaults applied). Fragments are priced once per parent type, so a document of nested spreads
 * is priced in time linear in its size, however many paths it expands to.
 */
export function priceOperation(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: PriceOptions = {},
): Price {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : undefined;
  if (!root) return FREE;
  const walk: Walk = {
    schema,
    fragments,
    variables,
    unknownListCalls: options.unknownListCalls ?? 200,
    memo: new Map(),
    stubMemo: new Map(),
  };
  return priceSet(operation.selectionSet, root, walk);
}

function priceSet(set: SelectionSetNode, parent: GraphQLCompositeType, walk: Walk): Price {
  const possible = possibleTypes(parent, walk.schema);
  if (possible) {
    // The worst of the types it may turn out to be.
    let worst = FREE;
    for (const type of possible) {
      const price = priceSet(set, type, walk);
      if (price.total > worst.total || (price.total === worst.total && price.flat > worst.flat)) worst = price;
    }
    return worst;
  }
  const type = parent as GraphQLObjectType;
  let byType = walk.memo.get(set);
  if (!byType) walk.memo.set(set, (byType = new Map()));
  const known = byType.get(type.name);
  if (known === 'pending') return FREE; // a fragment cycle; validation refuses it anyway
  if (known) return known;
  byType.set(type.name, 'pending');

  let total = 0;
  let flat = 0;
  const spread = new Set<string>();
  for (const selection of set.selections) {
    if (!included(selection, walk)) continue;
    let price: Price = FREE;
    if (selection.kind === Kind.FIELD) {
      price = priceField(selection, type, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition) && applies(condition, type, walk)) price = priceSet(selection.selectionSet, type, walk);
    } else if (!spread.has(selection.name.value)) {
      // A fragment spread twice in one selection set is executed once (graphql-js collectFields).
      spread.add(selection.name.value);
      const fragment = walk.fragments[selection.name.value];
      const condition = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && condition && isCompositeType(condition) && applies(condition, type, walk)) price = priceSet(fragment.selectionSet, type, walk);
    }
    total += price.total;
    flat += price.flat;
  }
  const price = { total, flat };
  byType.set(type.name, price);
  return price;
}

function priceField(node: FieldNode, parent: GraphQLObjectType, walk: Walk): Price {
  const field = parent.getFields()[node.name.value];
  if (!field) return FREE; // __typename and introspection
  const kind = kindOf(field, parent, walk.schema);

  if (kind.connection) {
    const args = argumentsOf(field, node, walk);
    if (!args) return FREE;
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE || args.last != null || args.before != null) return FREE; // refused by `paginate` before any call
    const after = args.after != null;
    // A connection declaring no operation (test/plugins/query-price.test.ts refuses one) is priced at the documented gears.
    const pages = kind.pageSizes.length > 0 ? Math.max(...kind.pageSizes.map((size) => pagesFor(first, after, size))) : pagesFor(first, after);
    const item = node.selectionSet ? priceItem(node.selectionSet, kind.target as GraphQLObjectType, walk) : 0;
    return { total: pages + first * item, flat: 1 };
  }

  // Calls made for the field itself (`fixed`), and those made once per object (`perItem`).
  const loadsEach = kind.own === 'each' || (kind.own === 'link' && !(kind.stub && node.selectionSet && selectsOnly(node.selectionSet, kind.stub, walk)));
  const fixed = (kind.own === 'one' ? 1 : kind.own === 'operations' ? kind.operations : 0) + kind.ahead;
  const children = node.selectionSet && kind.composite ? priceSet(node.selectionSet, kind.target as GraphQLCompositeType, walk) : FREE;
  const perItem = (loadsEach ? 1 : 0) + children.total;
  if (!kind.list) return { total: fixed + perItem, flat: fixed + (loadsEach ? 1 : 0) + children.flat };
  const given = kind.own === 'link' && kind.listArgument !== undefined ? argumentsOf(field, node, walk)?.[kind.listArgument] : undefined;
  // A list argument gives the length (`nodes(ids:)`): its lookups are flat. Any other list's
  // length is the data's, unbounded: what its items cost is bounded only by the operation's calls.
  if (Array.isArray(given)) return { total: fixed + given.length * perItem, flat: fixed + (loadsEach ? given.length : 0) };
  return { total: fixed + (perItem > 0 ? walk.unknownListCalls : 0), flat: 0 };
}

/** What a field costs by itself, read once per field from the schema's extensions. */
interface FieldKind {
  target: GraphQLNamedType;
  composite: boolean;
  list: boolean;
  connection: boolean;
  /** `one` call; one per item (`each`); `operations` in a row (a mutation); a `link` loaded by id unless free; or `none`. */
  own: 'none' | 'one' | 'each' | 'operations' | 'link';
  operations: number;
  /**
   * Page sizes of the operations a connection may page through (the operation table's; `Infinity`
   * for one answered whole): it reads the worst of them. Other fields over a paginated operation
   * read its first page (`firstPage()`), one call.
   */
  pageSizes: number[];
  /** A list argument whose length is the number of objects looked up (`nodes(ids:)`). */
  listArgument?: string;
  /** Calls made before the write to find the object (`readsAhead()`). */
  ahead: number;
  stub?: string[];
}

const kinds = new WeakMap<GraphQLField<unknown, unknown>, FieldKind>();

function kindOf(field: GraphQLField<unknown, unknown>, parent: GraphQLObjectType, schema: GraphQLSchema): FieldKind {
  const cached = kinds.get(field);
  if (cached) return cached;
  const target = getNamedType(field.type);
  const composite = isCompositeType(target);
  const list = isListType(getNullableType(field.type));
  const operations = operationsOf(field);
  const extensions = field.extensions as { basecampEmbedded?: boolean; basecampStub?: string[]; basecampPages?: number; basecampReadsAhead?: boolean };
  const kind: FieldKind = {
    target,
    composite,
    list,
    connection: isConnection(field),
    own: 'none',
    operations: operations.length,
    pageSizes: pageSizesOf(operations),
    ahead: extensions.basecampReadsAhead ? 1 : 0,
  };
  if (operations.length > 0 && extensions.basecampPages !== undefined) {
    kind.own = 'operations'; // the pages it says it reads at most (`pagesRead`)
    kind.operations = extensions.basecampPages;
  } else if (operations.length > 0) {
    if (parent === schema.getMutationType()) kind.own = 'operations';
    // Each item fetched by id: its type's own GET of one object (not a list read, `ListLineupMarkers`).
    else if (list && operations.every((operation) => operationsOf(target).includes(operation) && readsOne(operation))) kind.own = 'each';
    else kind.own = 'one';
  } else if (composite && loadsById(target) && !extensions.basecampEmbedded && !/(Connection|Edge)$/.test(parent.name)) {
    // Connection items arrive with their page; other objects, a mutation's payload's included, are loaded by id unless marked.
    kind.own = 'link';
    if (extensions.basecampStub) kind.stub = extensions.basecampStub;
    kind.listArgument = field.args.find((arg) => isListType(getNullableType(arg.type)))?.name;
  }
  kinds.set(field, kind);
  return kind;
}

/** A GET of one object by its id: its path ends in a parameter (`/projects/{projectId}.json`). */
function readsOne(operationId: OperationId): boolean {
  return /\}\.json$/.test(operation(operationId).path);
}

/** The page size of each operation of a field (the operation table's), `Infinity` for one answered whole. */
function pageSizesOf(operations: OperationId[]): number[] {
  return operations.map((operation) => (isPaginated(operation) ? pageSizeOf(operation) : Number.POSITIVE_INFINITY));
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): Record<string, unknown> | undefined {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    return undefined; // execution reports the bad argument without calling anyone
  }
}

/**
 * The price of one item of a connection: what its `nodes` / `edges { node }` select. Memoised
 * like `priceSet`, under the connection's own type.
 */
function priceItem(set: SelectionSetNode, type: GraphQLObjectType, walk: Walk): number {
  let byType = walk.memo.get(set);
  if (!byType) walk.memo.set(set, (byType = new Map()));
  const key = `item:${type.name}`;
  const known = byType.get(key);
  if (known === 'pending') return 0;
  if (known) return known.total;
  byType.set(key, 'pending');
  let total = 0;
  const spread = new Set<string>();
  for (const selection of set.selections) {
    if (!included(selection, walk)) continue;
    if (selection.kind === Kind.FIELD) {
      const field = type.getFields()[selection.name.value];
      const target = field && getNamedType(field.type);
      if (!selection.selectionSet || !target) continue;
      if (selection.name.value === 'edges' && isObjectType(target)) total += priceItem(selection.selectionSet, target, walk);
      else if ((selection.name.value === 'nodes' || selection.name.value === 'node') && isCompositeType(target)) total += priceSet(selection.selectionSet, target, walk).total;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += priceItem(selection.selectionSet, type, walk);
    } else if (!spread.has(selection.name.value)) {
      spread.add(selection.name.value);
      const fragment = walk.fragments[selection.name.value];
      if (fragment) total += priceItem(fragment.selectionSet, type, walk);
    }
  }
  byType.set(key, { total, flat: 0 });
  return total;
}

function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const target = getNamedType(field.type);
  return isObjectType(target) && target.name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first');
}

/** Whether objects of this type are fetched by id when a field names them without embedding them. */
function loadsById(type: GraphQLCompositeType): boolean {
  if (isObjectType(type) || isInterfaceType(type)) {
    if (operationsOf(type).length > 0) return true;
  }
  return isAbstractType(type);
}

function selectsOnly(set: SelectionSetNode, available: string[], walk: Walk): boolean {
  const key = available.join(',');
  let byKey = walk.stubMemo.get(set);
  if (!byKey) walk.stubMemo.set(set, (byKey = new Map()));
  const known = byKey.get(key);
  if (known !== undefined) return known;
  byKey.set(key, true); // a cycle adds nothing
  const result = set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' || available.includes(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsOnly(selection.selectionSet, available, walk);
    const fragment = walk.fragments[selection.name.value];
    return fragment !== undefined && selectsOnly(fragment.selectionSet, available, walk);
  });
  byKey.set(key, result);
  return result;
}

/** The operations a type or field declares with `uses(...)` (ids of src/client/operations.generated.ts). */
function operationsOf(holder: { extensions: unknown }): OperationId[] {
  return (holder.extensions as { basecampOperations?: OperationId[] } | undefined)?.basecampOperations ?? [];
}

function applies(condition: GraphQLCompositeType, type: GraphQLObjectType, walk: Walk): boolean {
  return condition === type || (possibleTypes(condition, walk.schema)?.includes(type) ?? false);
}

const possibleByType = new WeakMap<GraphQLCompositeType, readonly GraphQLObjectType[] | null>();

/** The object types an interface or union may be; null for an object type. */
function possibleTypes(type: GraphQLCompositeType, schema: GraphQLSchema): readonly GraphQLObjectType[] | null {
  let possible = possibleByType.get(type);
  if (possible === undefined) {
    possible = isAbstractType(type) ? schema.getPossibleTypes(type) : null;
    possibleByType.set(type, possible);
  }
  return possible;
}

function included(selection: SelectionNode, walk: Walk): boolean {
  if (!selection.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, selection, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, walk.variables)?.if !== false;
}
