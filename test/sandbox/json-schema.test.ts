import { parse } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { validate, type Schema } from './json-schema.ts';

const root: Schema = {
  components: {
    schemas: {
      Person: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, bio: { type: 'string' } }, required: ['id', 'name'] },
      List: { type: 'object', properties: { color: { type: ['string', 'null'] }, owner: { $ref: '#/components/schemas/Person' } }, required: ['color'] },
    },
  },
};
const list: Schema = { $ref: '#/components/schemas/List' };

describe('the spec-subset validator used by openapi-shapes', () => {
  it('accepts a conforming body, nulls in optional or nullable places included', () => {
    expect(validate(list, parse('{"color":null,"owner":{"id":9007199254741003,"name":"A","bio":null}}'), root)).toEqual([]);
  });

  it('reports quoted ids, missing required keys, nulls in required places and wrong types', () => {
    expect(validate(list, parse('{"color":"red","owner":{"id":"12","name":"A"}}'), root)).toEqual([
      '$.owner.id: expected integer, got string "12"',
    ]);
    expect(validate(list, parse('{"owner":{"id":1.5,"name":null}}'), root)).toEqual([
      '$: missing required "color"',
      '$.owner.id: expected integer, got number 1.5',
      '$.owner.name: null where string is required',
    ]);
  });

  it('refuses schema keywords it does not understand instead of passing them silently', () => {
    expect(validate({ oneOf: [] }, parse('{}'), root)).toEqual(['$: schema uses unsupported keyword "oneOf"']);
  });
});
