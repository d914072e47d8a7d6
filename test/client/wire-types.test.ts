import { describe, expect, it } from 'vitest';
import type { OpenApiSchema } from '../../scripts/generators/sdk.ts';
import { generateWireTypes } from '../../scripts/generators/wire-types.ts';

/** The body of the one declaration generated for `schema`, without the module header. */
function generateOne(schema: OpenApiSchema, extra: Record<string, OpenApiSchema> = {}): string {
  const text = generateWireTypes({ components: { schemas: { Subject: schema, ...extra } } });
  const start = text.indexOf('export interface Subject');
  const alias = text.indexOf('export type Subject');
  const from = start >= 0 ? start : alias;
  const next = text.indexOf('\n\nexport ', from);
  return text.slice(from, next >= 0 ? next : undefined).trimEnd();
}

describe('generateWireTypes', () => {
  it('types integers under id keys and in id lists as BasecampId, counts and sizes as number', () => {
    const integer = (format: string): OpenApiSchema => ({ type: 'integer', format });
    expect(
      generateOne({
        type: 'object',
        properties: {
          id: integer('int64'),
          creator_id: integer('int64'),
          assignee_ids: { type: 'array', items: integer('int64') },
          subscriptions: { type: 'array', items: integer('int64') },
          byte_size: integer('int64'),
          comments_count: integer('int32'),
        },
        required: ['id'],
      }),
    ).toBe(
      [
        'export interface Subject {',
        '  id: BasecampId;',
        '  creator_id?: BasecampId;',
        '  assignee_ids?: BasecampId[];',
        '  subscriptions?: BasecampId[];',
        '  byte_size?: number;',
        '  comments_count?: number;',
        '}',
      ].join('\n'),
    );
  });

  it('keeps spec order and spells nullability, enums, refs, unions and maps', () => {
    expect(
      generateOne(
        {
          type: 'object',
          properties: {
            due_on: { type: 'string', nullable: true },
            starts_at: { type: ['string', 'null'] },
            parent: { anyOf: [{ $ref: '#/components/schemas/Other' }, { type: 'null' }] },
            status: { type: 'string', enum: ['active', 'archived'] },
            both: { allOf: [{ $ref: '#/components/schemas/Other' }, { $ref: '#/components/schemas/Other2' }] },
            headers: { type: 'object', additionalProperties: { type: 'string' } },
            details: { type: 'object' },
            anything: {},
          },
          required: ['parent'],
        },
        { Other: { type: 'object', properties: {} }, Other2: { type: 'object', properties: {} } },
      ),
    ).toBe(
      [
        'export interface Subject {',
        '  due_on?: string | null;',
        '  starts_at?: string | null;',
        '  parent: Other | null;',
        "  status?: 'active' | 'archived';",
        '  both?: Other & Other2;',
        '  headers?: Record<string, string>;',
        '  details?: Record<string, unknown>;',
        '  anything?: unknown;',
        '}',
      ].join('\n'),
    );
  });

  it('writes short descriptions as one-line JSDoc and leaves long prose out', () => {
    const short = generateWireTypes({
      components: { schemas: { Subject: { type: 'object', description: 'A short line.', properties: {} } } },
    });
    const long = generateWireTypes({
      components: {
        schemas: { Subject: { type: 'object', description: 'First line of a paragraph\nthat goes on.', properties: {} } },
      },
    });
    expect(short).toContain('/** A short line. */\nexport interface Subject {}');
    expect(long).not.toContain('First line');
  });

  it('emits declarations sorted by name, whatever the spec order', () => {
    const text = generateWireTypes({
      components: {
        schemas: { Zebra: { type: 'string' }, Apple: { type: 'array', items: { $ref: '#/components/schemas/Zebra' } } },
      },
    });
    expect(text.indexOf('export type Apple = Zebra[];')).toBeLessThan(text.indexOf('export type Zebra = string;'));
  });
});
