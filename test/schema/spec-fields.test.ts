import SchemaBuilder from '@pothos/core';
import { graphql, printType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { generateSchemaFields } from '../../scripts/generators/schema-fields.ts';
import { recordingFields, specFields } from '../../src/schema/fields.ts';

describe('generateSchemaFields', () => {
  it('maps spec properties to GraphQL types, marks what is optional or nullable, and leaves links and request bodies out', () => {
    const text = generateSchemaFields({
      components: {
        schemas: {
          Subject: {
            type: 'object',
            properties: {
              id: { type: 'integer', format: 'int64' },
              comments_count: { type: 'integer', format: 'int32' },
              ratio: { type: 'number' },
              done: { type: 'boolean' },
              created_at: { type: 'string', 'x-go-type': 'time.Time' },
              due_on: { type: 'string', 'x-go-type': 'types.Date', nullable: true },
              start_date: { type: 'string' },
              ends_at: { type: ['string', 'null'], 'x-go-type': 'types.FlexibleTime' },
              subscriber_ids: { type: 'array', items: { type: 'integer' } },
              patterns: { type: 'array', items: { type: 'string' } },
              creator: { $ref: '#/components/schemas/Person' },
              assignees: { type: 'array', items: { $ref: '#/components/schemas/Person' } },
            },
            required: ['id', 'done', 'due_on', 'ends_at'],
          },
          CreateSubjectRequestContent: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
    });
    expect(text).not.toContain('CreateSubjectRequestContent');
    expect(text).toContain(
      [
        '  Subject: {',
        "    id: 'ID',",
        "    comments_count: 'Int?',",
        "    ratio: 'Float?',",
        "    done: 'Boolean',",
        "    created_at: 'DateTime?',",
        "    due_on: 'Date?',",
        "    start_date: 'Date?',",
        "    ends_at: 'DateTime?',",
        "    subscriber_ids: '[ID]?',",
        "    patterns: '[String]?',",
        '  },',
      ].join('\n'),
    );
  });
});

type Shape = Record<string, unknown>;
type Types = { Scalars: { DateTime: { Input: string; Output: string }; Date: { Input: string; Output: string } }; DefaultFieldNullability: false };

/** The SDL of one type declared on a fresh builder, so the test sees only what the helpers make. */
function printed(define: (builder: PothosSchemaTypes.SchemaBuilder<PothosSchemaTypes.ExtendDefaultTypes<Types>>) => void, name: string): string {
  const builder = new SchemaBuilder<Types>({ defaultFieldNullability: false });
  builder.scalarType('DateTime', { serialize: (value) => value });
  builder.scalarType('Date', { serialize: (value) => value });
  builder.queryType({ fields: (t) => ({ ok: t.boolean({ resolve: () => true }) }) });
  define(builder);
  return printType(builder.toSchema().getType(name) as GraphQLNamedType);
}

describe('specFields and recordingFields', () => {
  it('expose every scalar of the spec schema, with the overlay\'s descriptions, overrides, skips and docs-only keys', () => {
    const sdl = printed((builder) => {
      builder.objectRef<Shape>('Boost').implement({
        fields: (t) => ({
          ...specFields(t, 'Boost', {
            content: 'The reaction.',
            createdAt: { type: 'String', nullable: true },
            basecampId: false,
            emojiName: { type: 'String', nullable: true, description: 'A key only the docs show.' },
          }),
        }),
      });
    }, 'Boost');
    expect(sdl).toBe(
      ['type Boost {', '  """The reaction."""', '  content: String', '  createdAt: String', '', '  """A key only the docs show."""', '  emojiName: String', '}'].join('\n'),
    );
  });

  it('leave what the Recording interface declares to it, unless the overlay says how a type differs', () => {
    const sdl = printed((builder) => {
      builder.objectRef<Shape>('CardStep').implement({ fields: (t) => ({ ...recordingFields(t, 'CardStep', { title: 'The step\'s text.' }) }) });
    }, 'CardStep');
    expect(sdl).toBe(
      [
        'type CardStep {',
        '  completed: Boolean',
        '  completedAt: DateTime',
        '  completionUrl: String',
        '  dueOn: Date',
        '  position: Int',
        '',
        '  """The step\'s text."""',
        '  title: String!',
        '}',
      ].join('\n'),
    );
  });

  it('read the REST key, not the field name, when resolving', async () => {
    const builder = new SchemaBuilder<{ DefaultFieldNullability: false }>({ defaultFieldNullability: false });
    const Boost = builder.objectRef<Shape>('Boost').implement({ fields: (t) => ({ ...specFields(t, 'Boost', { createdAt: { type: 'String' } }) }) });
    builder.queryType({ fields: (t) => ({ boost: t.field({ type: Boost, resolve: () => ({ id: '7', content: 'yes', created_at: 'now' }) }) }) });
    const result = await graphql({ schema: builder.toSchema(), source: '{ boost { basecampId content createdAt } }' });
    expect(result).toEqual({ data: { boost: { basecampId: '7', content: 'yes', createdAt: 'now' } } });
  });
});
