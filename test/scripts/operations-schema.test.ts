import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isObjectType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationsSchema, taggedDocuments } from '../../scripts/operations-schema.ts';

const sdl = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

function sliceFor(...documents: string[]) {
  const slice = buildSchema(operationsSchema(sdl, documents));
  for (const document of documents) expect(validate(slice, parse(document))).toEqual([]);
  return slice;
}

describe('operationsSchema: the slice of schema.graphql that codegen reads for the examples', () => {
  it('keeps only the fields and arguments a query uses, and nothing it does not reach', () => {
    const slice = sliceFor('query Q($first: Int!) { projects(first: $first) { totalCount nodes { id name } } }');
    const query = slice.getQueryType();
    expect(Object.keys(query?.getFields() ?? {})).toEqual(['projects']);
    expect(query?.getFields()['projects']?.args.map((arg) => arg.name)).toEqual(['first']);
    const project = slice.getType('Project');
    expect(isObjectType(project) && Object.keys(project.getFields()).sort()).toEqual(['id', 'name']);
    expect(slice.getMutationType()).toBeUndefined();
    expect(slice.getType('CreateTodoInput')).toBeUndefined();
  });

  it('keeps a variable’s input type with everything it reaches', () => {
    const slice = sliceFor('mutation M($input: CreateTodoInput!) { createTodo(input: $input) { __typename } }');
    const input = buildSchema(sdl).getType('CreateTodoInput');
    expect(slice.getType('CreateTodoInput')?.toString()).toBe(input?.toString());
    expect(Object.keys(slice.getMutationType()?.getFields() ?? {})).toEqual(['createTodo']);
  });

  it('keeps every possible type of an interface a query selects through, with the fields selected on it', () => {
    const full = buildSchema(sdl);
    const node = full.getType('Node');
    if (!isInterfaceType(node)) throw new Error('schema.graphql has no Node interface');
    const slice = sliceFor('query N($id: ID!) { node(id: $id) { id ... on Todo { title } } }');
    const possible = full.getPossibleTypes(node).map((type) => type.name).sort();
    const slicedNode = slice.getType('Node');
    if (!isInterfaceType(slicedNode)) throw new Error('the slice lost Node');
    expect(slice.getPossibleTypes(slicedNode).map((type) => type.name).sort()).toEqual(possible);
    const todo = slice.getType('Todo');
    expect(isObjectType(todo) && Object.keys(todo.getFields()).sort()).toEqual(['id', 'title']);
  });

  it('reports a document that does not fit the whole schema', () => {
    expect(() => operationsSchema(sdl, ['query { noSuchField }'])).toThrow(/noSuchField/);
  });
});

describe('taggedDocuments', () => {
  it('finds the documents passed to graphql(`…`) and refuses interpolation', () => {
    expect(taggedDocuments('const A = graphql(`\n query A { x }\n`); const B = graphql(`query B { y }`);')).toEqual(['\n query A { x }\n', 'query B { y }']);
    expect(() => taggedDocuments('graphql(`query { ${field} }`)')).toThrow(/static/);
  });
});
