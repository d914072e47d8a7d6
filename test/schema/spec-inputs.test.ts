import SchemaBuilder from '@pothos/core';
import { getNamedType, isInputObjectType, printType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { generateSchemaInputs } from '../../scripts/generators/schema-inputs.ts';
import type { Sdk } from '../../scripts/generators/sdk.ts';
import type { InputBuilder } from '../../src/schema/mutation.ts';
import { schema } from '../../src/schema/index.ts';
import { specInput, specInputOn, specPatch } from '../../src/schema/inputs.ts';

describe('generateSchemaInputs', () => {
  it('lists path parameters in order and the body\'s scalar keys, renamed, flattened out of envelopes and marked required as the graph takes them', () => {
    const openapi = {
      info: { version: 'test' },
      paths: {
        '/{accountId}/buckets/{bucketId}/todolists/{todolistId}/todos.json': {
          get: { operationId: 'ListSubjects' },
          post: { operationId: 'CreateSubject', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateSubjectRequestContent' } } } } },
        },
        '/{accountId}/subjects/{subjectId}/archive.json': { put: { operationId: 'ArchiveSubject' } },
        '/{accountId}/subjects/{subjectId}/note.json': {
          put: { operationId: 'UpdateSubjectNote', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateSubjectNoteRequestContent' } } } } },
        },
      },
      components: {
        schemas: {
          UpdateSubjectNoteRequestContent: {
            type: 'object',
            required: ['note'],
            properties: { note: { $ref: '#/components/schemas/Note' }, notify: { type: 'boolean' } },
          },
          Note: { type: 'object', required: ['content'], properties: { content: { type: 'string' }, color: { type: 'string' } } },
          CreateSubjectRequestContent: {
            type: 'object',
            required: ['content', 'assignee_ids'],
            properties: {
              content: { type: 'string' },
              position: { type: 'integer', format: 'int32' },
              due_on: { type: 'string' },
              assignee_ids: { type: 'array', items: { type: 'integer', format: 'int64' } },
              subscriptions: { type: 'array', items: { type: 'integer', format: 'int64' } },
              schedule: { type: 'object', properties: { frequency: { type: 'string' } } },
            },
          },
        },
      },
    };
    const text = generateSchemaInputs(openapi as Sdk['openapi']);
    expect(text).not.toContain('ListSubjects');
    expect(text).not.toContain('frequency');
    expect(text).toContain(
      [
        '  ArchiveSubject: {',
        "    path: ['subjectId'],",
        '    body: { },',
        '  },',
        '  CreateSubject: {',
        "    path: ['projectId', 'todolistId'],",
        '    body: {',
        "      content: 'String!',",
        "      position: 'Int',",
        "      dueOn: 'Date',",
        "      assigneeIds: '[ID!]!',",
        "      subscriberIds: '[ID!]',",
        '    },',
        '  },',
        '  UpdateSubjectNote: {',
        "    path: ['subjectId'],",
        '    body: {',
        "      content: 'String!',",
        "      color: 'String',",
        "      notify: 'Boolean',",
        '    },',
        '  },',
      ].join('\n'),
    );
  });
});

type Types = { Scalars: { ID: { Input: string; Output: string }; Date: { Input: string; Output: string } } };

/** The SDL of one input type declared on a fresh builder (fields sorted), so the test sees only what the helpers make. */
function printed(fields: (t: InputBuilder) => object): string {
  const builder = new SchemaBuilder<Types>({});
  builder.scalarType('Date', { serialize: (value) => value });
  builder.queryType({ fields: (t) => ({ ok: t.boolean({ resolve: () => true }) }) });
  const Input = builder.inputType('Subject', { fields: fields as never });
  builder.mutationType({ fields: (t) => ({ go: t.boolean({ args: { input: t.arg({ type: Input }) }, resolve: () => true }) }) });
  return printType(builder.toSchema().getType('Subject') as GraphQLNamedType);
}

describe('specInput, specInputOn and specPatch', () => {
  it('declare a row as the spec types it, with our descriptions and leaving out what the overlay sets to false', () => {
    expect(printed((t) => specInput(t, 'CreateTodo', { content: 'What needs doing.', notify: false, startsOn: false, completionSubscriberIds: false }))).toBe(
      ['input Subject {', '  assigneeIds: [ID!]', '', '  """What needs doing."""', '  content: String!', '  description: String', '  dueOn: Date', '  todolistId: ID!', '}'].join('\n'),
    );
  });

  it('name the object\'s own path parameter id, and keep the other parameters and required keys', () => {
    expect(printed((t) => specInputOn(t, 'RepositionTodo'))).toBe(['input Subject {', '  id: ID!', '  parentId: ID', '  position: Int!', '}'].join('\n'));
    expect(printed((t) => specInputOn(t, 'CreateTodosetTodo', { content: false, description: false, assigneeIds: false, completionSubscriberIds: false, notify: false, dueOn: false, startsOn: false }))).toBe(
      ['input Subject {', '  id: ID!', '  projectId: ID!', '}'].join('\n'),
    );
  });

  it('make every body key optional for a patch', () => {
    expect(printed((t) => specPatch(t, 'UpdateTodolistOrGroup', { description: 'Rich text.' }))).toBe(
      ['input Subject {', '  """Rich text."""', '  description: String', '  id: ID!', '  name: String', '}'].join('\n'),
    );
  });

  it('refuse an overlay that names a field the row lacks', () => {
    expect(() => printed((t) => specInput(t, 'CreateTodo', { title: 'x' } as never))).toThrow(/CreateTodo: the spec's input has no title/);
  });
});

describe('the schema\'s mutations', () => {
  it('take their input rows only from operations they say they use', () => {
    const strays = Object.values(schema.getMutationType()!.getFields()).flatMap((mutation) => {
      const used = (mutation.extensions as { basecampOperations?: string[] }).basecampOperations ?? [];
      const input = getNamedType(mutation.args.find((arg) => arg.name === 'input')?.type);
      if (!isInputObjectType(input)) return [];
      return Object.values(input.getFields())
        .map((field) => (field.extensions as { specInput?: string }).specInput)
        .filter((row): row is string => row !== undefined && !used.includes(row))
        .map((row) => `${mutation.name}: ${row}`);
    });
    const fromRows = Object.values(schema.getMutationType()!.getFields()).filter((mutation) => {
      const input = getNamedType(mutation.args.find((arg) => arg.name === 'input')?.type);
      return isInputObjectType(input) && Object.values(input.getFields()).some((field) => field.extensions.specInput !== undefined);
    });
    expect(fromRows.length).toBeGreaterThan(60);
    expect([...new Set(strays)]).toEqual([]);
  });
});
