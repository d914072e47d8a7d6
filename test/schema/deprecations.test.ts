import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSdk } from '../../scripts/generators/sdk.ts';
import { schema } from '../../src/schema/index.ts';
import { argumentName, camelCase, fieldsUsingOperations, readSpec } from '../helpers/spec.ts';

/**
 * What the spec deprecates, the graph deprecates too, with a reason in our words: a client that
 * codegen or GraphiQL warns about a field or argument moves off it before Basecamp drops it.
 */
const sdk = readSdk();
if ('missing' in sdk) console.log(`deprecations: skipping the comparison with the spec, ${sdk.missing}`);

describe.skipIf('missing' in sdk)('deprecations carried over from the spec', () => {
  if ('missing' in sdk) return;
  const { operations, schemas } = readSpec(sdk);

  it('deprecates each field of a spec schema the spec deprecates (types named as the schema)', () => {
    const deprecated = Object.entries(schemas).flatMap(([name, spec]) =>
      Object.entries(spec.properties ?? {}).filter(([, property]) => property.deprecated).map(([key]) => ({ type: name, field: camelCase(key) })),
    );
    expect(deprecated.length, 'the spec deprecates something, or this test checks nothing').toBeGreaterThan(0);
    const missed = deprecated.filter(({ type, field }) => {
      const graphqlField = (schema.getType(type) as GraphQLObjectType | undefined)?.getFields?.()[field];
      return graphqlField !== undefined && !graphqlField.deprecationReason;
    });
    expect(missed).toEqual([]);
  });

  it('deprecates each argument whose query parameter the spec deprecates, on the fields that use its operation', () => {
    const deprecatedFilters = (id: string) =>
      (operations.get(id)?.method === 'get' ? operations.get(id)!.parameters : []).filter((parameter) => parameter.in === 'query' && parameter.deprecated).map((parameter) => argumentName(parameter.name));
    const offered = fieldsUsingOperations(schema).flatMap(({ owner, field, operations: used }) =>
      used
        .flatMap(deprecatedFilters)
        .flatMap((name) => field.args.filter((arg) => arg.name === name))
        .map((arg) => ({ at: `${owner.name}.${field.name}(${arg.name})`, deprecated: Boolean(arg.deprecationReason) })),
    );
    expect(offered.length, 'some field offers a parameter the spec deprecates, or this test checks nothing').toBeGreaterThan(0);
    const missed = offered.filter((arg) => !arg.deprecated).map((arg) => arg.at);
    expect(missed).toEqual([]);
  });
});
