import { isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { OpenApiSchema, Sdk } from '../../scripts/generators/sdk.ts';

/**
 * Basecamp's OpenAPI spec as the tests that hold the graph to it read it (mutation inputs, field
 * arguments, deprecations): operations by id with their `$ref`s followed, and the one naming rule
 * from spec keys to our inputs and arguments.
 */
export interface SpecParameter {
  name: string;
  in: string;
  deprecated?: boolean;
}

export interface SpecOperation {
  method: string;
  parameters: SpecParameter[];
  /** The JSON request body, if any. */
  body: OpenApiSchema | undefined;
}

export interface Spec {
  operations: Map<string, SpecOperation>;
  schemas: Record<string, OpenApiSchema>;
  /** A schema with its `$ref` followed (to the end of a chain). */
  resolve(schema: OpenApiSchema | undefined): OpenApiSchema | undefined;
}

type RawParameter = SpecParameter & { $ref?: string };
type RawOperation = { operationId?: string; parameters?: RawParameter[]; requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> } };

export function readSpec(sdk: Sdk): Spec {
  const components = sdk.openapi.components as { schemas?: Record<string, OpenApiSchema>; parameters?: Record<string, RawParameter> } | undefined;
  const schemas = components?.schemas ?? {};
  const lastSegment = (ref: string) => ref.split('/').pop()!;
  const resolve = (schema: OpenApiSchema | undefined): OpenApiSchema | undefined => (schema?.$ref ? resolve(schemas[lastSegment(schema.$ref)]) : schema);
  const parameter = (raw: RawParameter): SpecParameter => (raw.$ref ? parameter(components?.parameters?.[lastSegment(raw.$ref)] ?? { name: '', in: '' }) : raw);
  const operations = new Map<string, SpecOperation>();
  for (const item of Object.values(sdk.openapi.paths)) {
    for (const [method, raw] of Object.entries(item) as [string, RawOperation][]) {
      if (typeof raw?.operationId !== 'string') continue;
      operations.set(raw.operationId, {
        method,
        parameters: (raw.parameters ?? []).map(parameter),
        body: resolve(raw.requestBody?.content?.['application/json']?.schema),
      });
    }
  }
  return { operations, schemas, resolve };
}

/** `assignee_ids[]` → `assigneeIds`: how a spec key becomes an input field or argument name. */
export function camelCase(key: string): string {
  return key.replace(/\[\]$/, '').replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Query parameters our arguments name in other words. */
const RENAMED_PARAMETERS: Record<string, string> = {
  q: 'query',
  'type_names[]': 'types',
  'people_ids[]': 'creatorIds',
  // `/projects/recordings.json` takes a comma-separated list under a singular name.
  bucket: 'projectIds',
};

/** The argument a query parameter becomes: camelCase, `bucket` said `project`, or renamed above. */
export function argumentName(parameter: string): string {
  return RENAMED_PARAMETERS[parameter] ?? camelCase(parameter.replace(/^bucket/, 'project'));
}

/** Every field of the schema's object types that names the Basecamp operations it calls, with their ids. */
export function fieldsUsingOperations(schema: GraphQLSchema): { owner: GraphQLObjectType; field: GraphQLField<unknown, unknown>; operations: string[] }[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((owner) =>
      Object.values(owner.getFields()).map((field) => ({
        owner,
        field,
        operations: (field.extensions as { basecampOperations?: string[] }).basecampOperations ?? [],
      })),
    );
}
