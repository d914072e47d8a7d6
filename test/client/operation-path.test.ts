import { describe, expect, it } from 'vitest';
import { operation, operationPath, pathParamsFromUrl } from '../../src/client/operations.ts';

describe('operationPath', () => {
  it('fills each {name} of the template with its parameter, percent-encoded', () => {
    expect(operationPath(operation('GetTodo'), { todoId: '42' })).toBe('/todos/42.json');
    expect(operationPath(operation('GetTodo'), { todoId: 'a/b c' })).toBe('/todos/a%2Fb%20c.json');
  });

  it('fills a template with several parameters in their places, call after call', () => {
    const op = operation('GetScheduleEntryOccurrence');
    expect(operationPath(op, { entryId: '7', date: '2026-12-03' })).toBe('/schedule_entries/7/occurrences/2026-12-03.json');
    expect(operationPath(op, { entryId: '8', date: '2026-12-04' })).toBe('/schedule_entries/8/occurrences/2026-12-04.json');
  });

  it('leaves a template without parameters as it is', () => {
    expect(operationPath(operation('ListProjects'), {})).toBe('/projects.json');
  });

  it('refuses a missing or empty parameter, naming it: an empty segment would name another resource', () => {
    expect(() => operationPath(operation('GetTodo'), {})).toThrow('GetTodo needs its todoId.');
    expect(() => operationPath(operation('GetTodo'), { todoId: '' })).toThrow('GetTodo needs its todoId.');
  });
});

describe('pathParamsFromUrl', () => {
  it('reads an operation\'s path parameters back from the url of one of its resources, after any bucket prefix', () => {
    const url = 'https://3.basecampapi.com/195539477/buckets/2085958502/chats/1069478985/lines/1069479068.json';
    expect(pathParamsFromUrl(operation('GetCampfireLine'), url)).toEqual(['1069478985', '1069479068']);
    expect(pathParamsFromUrl(operation('GetTodo'), 'https://3.basecampapi.com/1/buckets/2/todos/3.json')).toEqual(['3']);
  });

  it('answers undefined for a url of another resource, a non-numeric id or no url at all', () => {
    const line = operation('GetCampfireLine');
    expect(pathParamsFromUrl(line, 'https://3.basecampapi.com/1/buckets/2/inbox_replies/3.json')).toBeUndefined();
    expect(pathParamsFromUrl(line, 'https://3.basecampapi.com/1/buckets/2/chats/x/lines/3.json')).toBeUndefined();
    expect(pathParamsFromUrl(line, 'not a url')).toBeUndefined();
    expect(pathParamsFromUrl(operation('GetClientReply'), 'https://3.basecampapi.com/1/lines/3.json')).toBeUndefined();
  });
});
