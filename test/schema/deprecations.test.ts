import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSdk } from '../../scripts/generators/sdk.ts';
import { schema } from '../../src/schema/index.ts';

/**
 * What the spec deprecates, the graph deprecates too, with a reason in our words: a client that
 * codegen or GraphiQL warns about a field or argument moves off it before Basecamp drops it.
 */
const sdk = readSdk();
if ('missing' in sdk) console.log(`deprecations: skipping the comparison with the spec, ${sdk.missing}`);

type Deprecatable = { deprecated?: boolean; $ref?: string; name?: string; in?: string; properties?: Record<string, Deprecatable> };

describe.skipIf('missing' in sdk)('deprecations carried over from the spec', () => {
  if ('missing' in sdk) return;
  const components = sdk.openapi.components as { schemas?: Record<string, Deprecatable>; parameters?: Record<string, Deprecatable> } | undefined;
  const camel = (key: string) => key.replace(/\[\]$/, '').replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  const objectTypes = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));

  it('deprecates each field of a spec schema the spec deprecates (types named as the schema)', () => {
    const deprecated = Object.entries(components?.schemas ?? {}).flatMap(([name, spec]) =>
      Object.entries(spec.properties ?? {}).filter(([, property]) => property.deprecated).map(([key]) => ({ type: name, field: camel(key) })),
    );
    expect(deprecated.length, 'the spec deprecates something, or this test checks nothing').toBeGreaterThan(0);
    const missed = deprecated.filter(({ type, field }) => {
      const graphqlField = (schema.getType(type) as GraphQLObjectType | undefined)?.getFields?.()[field];
      return graphqlField !== undefined && !graphqlField.deprecationReason;
    });
    expect(missed).toEqual([]);
  });

  it('deprecates each argument whose query parameter the spec deprecates, on the fields that use its operation', () => {
    const resolve = (parameter: Deprecatable): Deprecatable => (parameter.$ref ? resolve(components?.parameters?.[parameter.$ref.split('/').pop()!] ?? {}) : parameter);
    const deprecatedByOperation = new Map<string, string[]>();
    for (const item of Object.values(sdk.openapi.paths)) {
      const get = item.get as { operationId?: string; parameters?: Deprecatable[] } | undefined;
      const names = (get?.parameters ?? []).map(resolve).filter((parameter) => parameter.in === 'query' && parameter.deprecated).map((parameter) => parameter.name!);
      if (get?.operationId && names.length > 0) deprecatedByOperation.set(get.operationId, names);
    }
    const missed = objectTypes.flatMap((type) =>
      Object.values(type.getFields()).flatMap((field) =>
        ((field.extensions as { basecampOperations?: string[] }).basecampOperations ?? [])
          .flatMap((id) => deprecatedByOperation.get(id) ?? [])
          .map((parameter) => camel(parameter.replace(/^bucket/, 'project')))
          .filter((name) => field.args.some((arg) => arg.name === name && !arg.deprecationReason))
          .map((name) => `${type.name}.${field.name}(${name})`),
      ),
    );
    expect(missed).toEqual([]);
  });
});
