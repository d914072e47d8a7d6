import { describe, expect, it } from 'vitest';
import { operation, operationPath } from '../../src/client/operations.ts';

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
