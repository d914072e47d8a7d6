import { describe, expect, it } from 'vitest';
import { parseJson, stringifyJson } from '../../src/client/json.ts';

describe('lossless JSON', () => {
  it('keeps ids beyond 2^53 exact and turns every id into a string', () => {
    const body = parseJson('{"id": 9007199254740993, "parent": {"id": 12}, "assignee_ids": [1, 9007199254740995]}');
    expect(body).toEqual({ id: '9007199254740993', parent: { id: '12' }, assignee_ids: ['1', '9007199254740995'] });
  });

  it('leaves counts and positions as numbers, but never rounds a huge one', () => {
    expect(parseJson('{"comments_count": 3, "position": 1.5, "huge": 18014398509481985}')).toEqual({
      comments_count: 3,
      position: 1.5,
      huge: '18014398509481985',
    });
  });

  it('keeps non-numeric ids such as "basecamp" as they are', () => {
    expect(parseJson('[{"id": "basecamp", "name": "Basecamp"}]')).toEqual([{ id: 'basecamp', name: 'Basecamp' }]);
  });

  it('writes all-digit ids back as bare numbers, other strings untouched', () => {
    expect(stringifyJson({ assignee_ids: ['9007199254740993', '2'], content: '123', notify: true })).toBe(
      '{"assignee_ids":[9007199254740993,2],"content":"123","notify":true}',
    );
  });

  it('rejects malformed JSON with a SyntaxError', () => {
    expect(() => parseJson('{"id": ')).toThrow(SyntaxError);
  });

  it('keeps a wire key named __proto__ as an ordinary field instead of swapping the prototype', () => {
    const body = parseJson('{"__proto__": ["is reserved"], "color": ["is not a valid color"]}') as object;
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.keys(body)).toEqual(['__proto__', 'color']);
    expect(stringifyJson(body)).toBe('{"__proto__":["is reserved"],"color":["is not a valid color"]}');
  });
});

describe('id lists without an _ids suffix', () => {
  it('writes the people in subscriptions, grant and revoke as bare numbers, and reads them back as strings', () => {
    expect(stringifyJson({ subscriptions: ['9007199254740993'], grant: ['2'], revoke: ['3'], tracked: ['4'] })).toBe(
      '{"subscriptions":[9007199254740993],"grant":[2],"revoke":[3],"tracked":[4]}',
    );
    expect(parseJson('{"unsubscriptions": [9007199254740993], "untracked": [5]}')).toEqual({ unsubscriptions: ['9007199254740993'], untracked: ['5'] });
  });
});
