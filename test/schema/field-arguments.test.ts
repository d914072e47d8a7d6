import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSdk } from '../../scripts/generators/sdk.ts';
import { schema } from '../../src/schema/index.ts';

/**
 * Field arguments against the spec's query parameters: every filter a read the field `uses` takes
 * is an argument (camelCase, `bucket` said `project`), or is listed below with why the field
 * leaves it to the reader. So a filter Basecamp adds to a list shows up here, not in a user's
 * feature request. `page` and `per_page` are the connection's own (`first`, `after`).
 */
const sdk = readSdk();
if ('missing' in sdk) console.log(`field arguments: skipping the comparison with the spec's query parameters, ${sdk.missing}`);

/** Parameters our arguments name in other words. */
const RENAMED: Record<string, string> = {
  q: 'query',
  'type_names[]': 'types',
  'people_ids[]': 'creatorIds',
  // `/projects/recordings.json` takes a comma-separated list under a singular name.
  bucket: 'projectIds',
};

/** Fields that read a list without offering its filters, and why. */
const LEFT_OUT: Record<string, string> = {
  // A create's new edge is the parent's connection as its own field reads it by default.
  ...Object.fromEntries(
    ['CreateCampfireLine', 'CreateCampfireUpload', 'CreateMessage', 'PublishMessage', 'CreateScheduleEntry', 'CreateTodo', 'CreateTodolist'].map((payload) => [
      `${payload}Payload`,
      'a new edge: the parent connection with its default arguments',
    ]),
  ),
  'Project.gauge': 'the one project\'s gauge, read from the list filtered to it',
};

type Parameter = { $ref?: string; name?: string; in?: string };

describe.skipIf('missing' in sdk)('field arguments and the spec\'s query parameters', () => {
  if ('missing' in sdk) return;
  const shared = ((sdk.openapi as { components?: { parameters?: Record<string, Parameter> } }).components?.parameters ?? {}) as Record<string, Parameter>;
  const resolve = (parameter: Parameter): Parameter => (parameter.$ref ? resolve(shared[parameter.$ref.split('/').pop()!]!) : parameter);
  const queryParameters = new Map<string, string[]>();
  for (const item of Object.values(sdk.openapi.paths)) {
    const get = item.get as { operationId?: string; parameters?: Parameter[] } | undefined;
    if (!get?.operationId) continue;
    const names = (get.parameters ?? []).map(resolve).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name!);
    queryParameters.set(get.operationId, names.filter((name) => name !== 'page' && name !== 'per_page'));
  }
  const argumentName = (parameter: string) =>
    RENAMED[parameter] ?? parameter.replace(/\[\]$/, '').replace(/^bucket/, 'project').replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

  const fields = Object.values(schema.getTypeMap())
    // A mutation's reads are read-backs of what it changed, not lists a client narrows.
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && type !== schema.getMutationType())
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ owner: type.name, field })));

  it('offers every filter of the reads a field uses, or says why not', () => {
    const missing = fields.flatMap(({ owner, field }) => {
      if (LEFT_OUT[owner] || LEFT_OUT[`${owner}.${field.name}`]) return [];
      const args = new Set(field.args.map((arg) => arg.name));
      const used = (field.extensions as { basecampOperations?: string[] }).basecampOperations ?? [];
      return used.flatMap((id) => (queryParameters.get(id) ?? []).filter((parameter) => !args.has(argumentName(parameter))).map((parameter) => `${owner}.${field.name}: ${id} ${parameter}`));
    });
    expect(missing).toEqual([]);
  });

  it('lists no field that no longer needs it', () => {
    const stale = Object.keys(LEFT_OUT).filter((key) => {
      const [owner, name] = key.split('.');
      return !fields.some((entry) => entry.owner === owner && (name === undefined || entry.field.name === name));
    });
    expect(stale).toEqual([]);
  });
});
