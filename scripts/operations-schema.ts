import {
  buildSchema,
  getNamedType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  isAbstractType,
  isInputObjectType,
  isInterfaceType,
  isRequiredArgument,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  parse,
  printType,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgumentConfig,
  type GraphQLFieldConfig,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The slice of a schema that some operations touch, as SDL: the root and object types they
 * select from, with only the fields and arguments they use, plus the enums, inputs and scalars
 * those reach. Codegen's `onlyOperationTypes` still emits every enum and input of the schema
 * (graphql-code-generator#9665), so the example client's generated file would carry the whole
 * graph; fed this slice instead, it holds only what the examples use. The operation types come
 * out the same, since they depend on nothing outside the slice.
 *
 * Documents are validated against the whole schema first, so a mistake is reported against it.
 */
export function operationsSchema(sdl: string, documents: readonly string[]): string {
  const schema = buildSchema(sdl);
  // One document, as codegen sees them: a fragment may be spread in another file than its own.
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: documents.flatMap((source) => parse(source).definitions) };
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  const used: Used = new Map();
  // A schema needs its query root, even when the operations are all mutations.
  const named = new Set<string>([schema.getQueryType()?.name ?? 'Query']);
  collect(schema, document, used, named);
  return slice(schema, used, named);
}

/** Extracts the documents passed to `graphql(`…`)` in a source file (the client preset's tag). */
export function taggedDocuments(code: string): string[] {
  const documents: string[] = [];
  for (const match of code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
    const text = match[1] ?? '';
    if (text.includes('${')) throw new Error('graphql(`…`) documents must be static: no ${} inside');
    documents.push(text);
  }
  return documents;
}

type Used = Map<string, Map<string, Set<string>>>;

/** Records every field (with the arguments given) and every variable type the document uses. */
function collect(schema: GraphQLSchema, document: DocumentNode, used: Used, named: Set<string>): void {
  const info = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(info, {
      OperationDefinition(node) {
        const root = schema.getRootType(node.operation);
        if (root) named.add(root.name);
      },
      VariableDefinition() {
        const type = info.getInputType();
        if (type) named.add(getNamedType(type).name);
      },
      Field(node) {
        const parent = info.getParentType();
        const field = info.getFieldDef();
        if (!parent || !field || node.name.value.startsWith('__')) return;
        let fields = used.get(parent.name);
        if (!fields) used.set(parent.name, (fields = new Map()));
        const args = fields.get(field.name) ?? new Set<string>();
        for (const arg of node.arguments ?? []) args.add(arg.name.value);
        fields.set(field.name, args);
        named.add(parent.name);
        named.add(getNamedType(field.type).name);
      },
      Argument() {
        const type = info.getInputType();
        if (type) named.add(getNamedType(type).name);
      },
      ObjectField() {
        const type = info.getInputType();
        if (type) named.add(getNamedType(type).name);
      },
      InlineFragment() {
        const type = info.getType();
        if (type) named.add(getNamedType(type).name);
      },
      FragmentDefinition() {
        const type = info.getType();
        if (type) named.add(getNamedType(type).name);
      },
    }),
  );
}

function slice(schema: GraphQLSchema, used: Used, named: Set<string>): string {
  // Grow the set until it is closed: abstract types keep their possible types (an operation type
  // over an interface is a union of them), input objects whatever their fields reach, and a type
  // with nothing selected on it (`__typename` only) one field, since a type needs a body.
  let size = -1;
  while (size !== named.size) {
    size = named.size;
    for (const name of [...named]) {
      const type = schema.getType(name);
      if (isAbstractType(type)) for (const possible of schema.getPossibleTypes(type)) named.add(possible.name);
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) named.add(getNamedType(field.type).name);
      if ((isObjectType(type) || isInterfaceType(type)) && selectedOn(type, used, named).size === 0) {
        const fields = Object.values(type.getFields()).filter((field) => !field.args.some((arg) => isRequiredArgument(arg)));
        const body = fields.find((field) => isSpecifiedScalarType(getNamedType(field.type))) ?? fields[0];
        if (!body) throw new Error(`${type.name}: no field can stand as its body`);
        used.set(type.name, new Map([[body.name, new Set()]]));
        named.add(getNamedType(body.type).name);
      }
    }
  }
  const kept: GraphQLNamedType[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !named.has(type.name)) continue;
    if (isScalarType(type) && isSpecifiedScalarType(type)) continue;
    kept.push(isObjectType(type) || isInterfaceType(type) ? narrowed(type, used, named) : type);
  }
  return `${kept
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((type) => printType(type))
    .join('\n\n')}\n`;
}

/** Fields (→ arguments given) used on `type`, directly or through a kept interface it implements. */
function selectedOn(type: GraphQLObjectType | GraphQLInterfaceType, used: Used, named: Set<string>): Map<string, Set<string>> {
  const selected = new Map<string, Set<string>>();
  for (const owner of [type, ...type.getInterfaces().filter((iface) => named.has(iface.name))]) {
    for (const [field, args] of used.get(owner.name) ?? []) selected.set(field, new Set([...(selected.get(field) ?? []), ...args]));
  }
  return selected;
}

/** An object or interface type with only the fields (and their arguments) operations use. */
function narrowed(type: GraphQLObjectType | GraphQLInterfaceType, used: Used, named: Set<string>): GraphQLObjectType | GraphQLInterfaceType {
  const selected = selectedOn(type, used, named);
  const fields: Record<string, GraphQLFieldConfig<unknown, unknown>> = {};
  for (const [name, field] of Object.entries(type.toConfig().fields)) {
    const args = selected.get(name);
    if (!args) continue;
    const keptArgs: Record<string, GraphQLArgumentConfig> = {};
    for (const [argName, arg] of Object.entries(field.args ?? {})) if (args.has(argName)) keptArgs[argName] = arg;
    fields[name] = { ...field, args: keptArgs };
  }
  const interfaces = type.getInterfaces().filter((iface) => named.has(iface.name));
  return isInterfaceType(type)
    ? new GraphQLInterfaceType({ ...type.toConfig(), fields, interfaces })
    : new GraphQLObjectType({ ...type.toConfig(), fields, interfaces });
}
