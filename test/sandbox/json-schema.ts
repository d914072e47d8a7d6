import { isLosslessNumber } from 'lossless-json';

/**
 * A validator for the JSON Schema subset openapi.json uses: `$ref` (local), `type` (also as a
 * list, with `"null"`), `nullable`, `properties`, `required`, `items`, `additionalProperties`,
 * `propertyNames`, `maxLength`, `enum` and integer `format`s. Values come from lossless-json, so
 * numbers are LosslessNumbers and "integer" really means digits on the wire.
 *
 * Null policy: null passes where the schema says so, and for optional properties — the Smithy
 * projection marks optionality, not nullability, while the docs show `"bio": null` and the like.
 */
export type Schema = Record<string, unknown>;

const IGNORED = new Set([
  'description', 'format', 'deprecated', 'examples', 'example', 'title', 'contentEncoding', 'default',
]);
const HANDLED = new Set([
  '$ref', 'type', 'nullable', 'properties', 'required', 'items', 'additionalProperties', 'propertyNames',
  'maxLength', 'enum',
]);

/** Every mismatch between `value` and `schema`, as `path: problem` lines (empty when valid). */
export function validate(schema: Schema, value: unknown, root: Schema, path = '$', optional = false): string[] {
  if (typeof schema.$ref === 'string') return validate(resolveRef(root, schema.$ref), value, root, path, optional);
  // `anyOf` (Draft.parent: an object or null): valid when one branch accepts the value
  if (Array.isArray(schema.anyOf)) {
    const failures = (schema.anyOf as Schema[]).map((branch) => validate(branch, value, root, path, optional));
    return failures.some((errors) => errors.length === 0) ? [] : (failures[0] ?? []);
  }
  for (const key of Object.keys(schema)) {
    if (!HANDLED.has(key) && !IGNORED.has(key) && !key.startsWith('x-')) {
      return [`${path}: schema uses unsupported keyword "${key}"`];
    }
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  if (value === null) {
    return types.includes('null') || schema.nullable === true || optional || types.length === 0
      ? []
      : [`${path}: null where ${types.join('|')} is required`];
  }
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    return [`${path}: expected ${types.join('|')}, got ${describe(value)}`];
  }
  const errors: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(plain(value))) {
    errors.push(`${path}: ${JSON.stringify(plain(value))} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof schema.maxLength === 'number' && typeof value === 'string' && value.length > schema.maxLength) {
    errors.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => errors.push(...validate(schema.items as Schema, item, root, `${path}[${index}]`)));
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = (schema.required ?? []) as string[];
    for (const key of required) if (!(key in value)) errors.push(`${path}: missing required "${key}"`);
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      const propertySchema = properties[key];
      if (propertySchema) {
        errors.push(...validate(propertySchema, child, root, childPath, !required.includes(key)));
      } else if (schema.additionalProperties === false) {
        errors.push(`${childPath}: not allowed`);
      } else if (isObject(schema.additionalProperties)) {
        errors.push(...validate(schema.additionalProperties, child, root, childPath));
      }
      if (isObject(schema.propertyNames)) errors.push(...validate(schema.propertyNames, key, root, `${childPath} (name)`));
    }
  }
  return errors;
}

/** Follows `#/a/b/c` inside the document. */
export function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  if (!isObject(node)) throw new Error(`unresolvable $ref ${ref}`);
  return node;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return isLosslessNumber(value) && /^-?\d+$/.test(value.toString());
    case 'number':
      return isLosslessNumber(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      throw new Error(`unknown JSON Schema type ${type}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isLosslessNumber(value);
}

function plain(value: unknown): unknown {
  return isLosslessNumber(value) ? value.valueOf() : value;
}

function describe(value: unknown): string {
  if (isLosslessNumber(value)) return `number ${value.toString()}`;
  if (Array.isArray(value)) return 'array';
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40) ?? ''}`;
}
