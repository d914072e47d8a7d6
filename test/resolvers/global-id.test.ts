import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId, parseNodeId, toBasecampId } from '../../src/resolvers/global-id.ts';

describe('global ids', () => {
  it('round-trips type, account and an id beyond 2^53 without rounding', () => {
    const id = encodeGlobalId('Todo', '999', '9007199254740993');
    expect(id).not.toContain('Todo');
    expect(decodeGlobalId(id, '999')).toEqual({ typename: 'Todo', id: '9007199254740993' });
  });

  it('keeps word ids such as the "basecamp" person', () => {
    expect(decodeGlobalId(encodeGlobalId('Person', '999', 'basecamp'), '999')).toEqual({ typename: 'Person', id: 'basecamp' });
  });

  it('refuses an id of another account, naming the header that selects it', () => {
    expect(() => decodeGlobalId(encodeGlobalId('Todo', '111', '5'), '999')).toThrow(/X-Basecamp-Account-Id: 111/);
  });

  it('accepts a plain Basecamp id or a global id of the expected type for typed arguments', () => {
    expect(toBasecampId('1069479576', '999', ['Todo'])).toBe('1069479576');
    expect(toBasecampId(encodeGlobalId('Todo', '999', '42'), '999', ['Todo'])).toBe('42');
    expect(() => toBasecampId(encodeGlobalId('Project', '999', '42'), '999', ['Todo'])).toThrow(/Expected the id of a Todo, got the id of a Project/);
  });

  it('answers garbage with BAD_USER_INPUT', () => {
    for (const garbage of ['', '!!', 'VG9kbw', Buffer.from('Todo:999:1:2').toString('base64url'), Buffer.from('todo:999:1').toString('base64url')]) {
      expect(() => toBasecampId(garbage, '999', ['Todo'])).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    }
  });

  it('take global ids only for node(id:): a plain id is refused with the typed field to use, an unknown type by name', () => {
    const known = (typename: string) => typename === 'Todo';
    expect(parseNodeId(encodeGlobalId('Todo', '999', '42'), '999', known)).toEqual({ typename: 'Todo', id: '42' });
    expect(() => parseNodeId('6104500269', '999', known)).toThrow(/plain Basecamp id.*`todo\(id:\)`/);
    expect(() => parseNodeId(encodeGlobalId('Spaceship', '999', '42'), '999', known)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('Spaceship'), extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });
});
