import { describe, expect, it } from 'vitest';
import { readSdk } from '../../scripts/generators/sdk.ts';
import { schema } from '../../src/schema/index.ts';
import { argumentName, fieldsUsingOperations, readSpec } from '../helpers/spec.ts';

/**
 * Field arguments against the spec's query parameters: every filter a read the field `uses` takes
 * is an argument (`argumentName`: camelCase, `bucket` said `project`, a few renamed), or is listed
 * below with why the field leaves it to the reader. So a filter Basecamp adds to a list shows up here, not in a user's
 * feature request. `page` and `per_page` are the connection's own (`first`, `after`).
 */
const sdk = readSdk();
if ('missing' in sdk) console.log(`field arguments: skipping the comparison with the spec's query parameters, ${sdk.missing}`);

/** Fields that read a list without offering its filters, and why. */
const LEFT_OUT: Record<string, string> = {
  // A create's new edge is the parent's connection as its own field reads it by default.
  ...Object.fromEntries(
    ['CreateCampfireLine', 'CreateCampfireUpload', 'CreateMessage', 'PublishMessage', 'CreateScheduleEntry', 'CreateTimesheetEntry', 'CreateTodo', 'CreateTodolist'].map((payload) => [
      `${payload}Payload`,
      'a new edge: the parent connection with its default arguments',
    ]),
  ),
  'Project.gauge': 'the one project\'s gauge, read from the list filtered to it',
  'CreateGaugeNeedlePayload.gauge': 'the one project\'s gauge, read from the list filtered to it',
  'DeleteGaugeNeedlePayload.gauge': 'the one project\'s gauge, read from the list filtered to it',
};

describe.skipIf('missing' in sdk)('field arguments and the spec\'s query parameters', () => {
  if ('missing' in sdk) return;
  const { operations } = readSpec(sdk);
  const filters = (id: string) =>
    (operations.get(id)?.method === 'get' ? operations.get(id)!.parameters : [])
      .filter((parameter) => parameter.in === 'query' && parameter.name !== 'page' && parameter.name !== 'per_page')
      .map((parameter) => parameter.name);
  // A mutation's reads are read-backs of what it changed, not lists a client narrows.
  const fields = fieldsUsingOperations(schema).filter(({ owner }) => owner !== schema.getMutationType());

  const missingOf = ({ owner, field, operations: used }: (typeof fields)[number]) => {
    const args = new Set(field.args.map((arg) => arg.name));
    return used.flatMap((id) => filters(id).filter((parameter) => !args.has(argumentName(parameter))).map((parameter) => `${owner.name}.${field.name}: ${id} ${parameter}`));
  };
  const leftOut = ({ owner, field }: (typeof fields)[number]) => LEFT_OUT[owner.name] !== undefined || LEFT_OUT[`${owner.name}.${field.name}`] !== undefined;

  it('offers every filter of the reads a field uses, or says why not', () => {
    expect(fields.filter((entry) => !leftOut(entry)).flatMap(missingOf)).toEqual([]);
  });

  it('lists no field that now offers every filter, or is gone', () => {
    const stale = Object.keys(LEFT_OUT).filter((key) => {
      const [owner, name] = key.split('.');
      const listed = fields.filter((entry) => entry.owner.name === owner && (name === undefined || entry.field.name === name));
      return listed.every((entry) => missingOf(entry).length === 0);
    });
    expect(stale).toEqual([]);
  });
});
