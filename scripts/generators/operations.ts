/**
 * Writes src/client/operations.generated.ts: the one table of Basecamp operations. For every
 * operation in the SDK's OpenAPI document: its id, method, account-relative path template, path
 * parameters, whether a retry is safe and its attempt budget (the last two from the SDK's
 * behaviour model), the wire type of its 2xx answer, and for a paginated one its page size.
 * Resolvers call operations by id, the client reads the retry rules off the operation it is
 * handed, and `uses(...)` tags are checked against the same ids; the query price reads whether
 * and how a field's operation pages from here too. The project runs and tests without ../shared. Run by `npm run generate`.
 */
import type { Generator, OpenApiSchema, Sdk } from './sdk.ts';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE'] as const;
const ACCOUNT_PREFIX = '/{accountId}';

/**
 * Operations the spec lists only under `/buckets/{bucketId}/` while Basecamp's docs give the flat
 * route first (card_table_columns.md: "Change color of a column", "Change on hold on a column").
 * A column's id does not carry its project, so the bucketed form would cost a read for every
 * write; the table keeps the flat route and the resolvers call these by id like any other.
 */
const FLAT_ROUTES: ReadonlySet<string> = new Set(['SetCardColumnColor', 'EnableCardColumnOnHold', 'DisableCardColumnOnHold']);
const BUCKET_PREFIX = '/buckets/{bucketId}';

export const operations: Generator = {
  output: new URL('../../src/client/operations.generated.ts', import.meta.url),
  generate: (sdk) => render(rows(sdk)),
};

interface Row {
  id: string;
  method: string;
  template: string;
  params: string[];
  idempotent: boolean;
  maxAttempts: number;
  response: string;
  /** Most items one page holds, for an operation the spec marks paginated (`x-basecamp-pagination`). */
  pageSize?: number;
}

interface OpenApiOperation {
  operationId?: string;
  'x-basecamp-pagination'?: { maxPageSize?: number };
  responses?: Record<string, { content?: Record<string, { schema?: OpenApiSchema }> }>;
}

function rows(sdk: Sdk): Row[] {
  const { openapi, behaviour } = sdk;
  const rows: Row[] = [];
  for (const [fullPath, item] of Object.entries(openapi.paths)) {
    if (!fullPath.startsWith(`${ACCOUNT_PREFIX}/`)) throw new Error(`${fullPath}: expected an account-scoped path`);
    for (const [key, operation] of Object.entries(item) as [string, OpenApiOperation][]) {
      const method = key.toUpperCase();
      if (!(METHODS as readonly string[]).includes(method)) continue;
      const id = operation.operationId;
      if (!id || !/^[A-Z]\w*$/.test(id)) throw new Error(`${method} ${fullPath}: no usable operationId`);
      const model = behaviour.operations[id];
      if (!model) throw new Error(`${id}: missing from the behaviour model`);
      const template = operationTemplate(id, fullPath);
      rows.push({
        id,
        method,
        template,
        params: [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
        // Reads and PUT/DELETE are safe to repeat; a POST only when the model flags it idempotent.
        idempotent: method !== 'POST' || model.idempotent === true,
        maxAttempts: model.retry?.max ?? 1,
        response: responseType(sdk, id, operation),
        pageSize: pageSize(id, operation),
      });
    }
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The account-relative path template the client sends an operation to. */
export function operationTemplate(id: string, fullPath: string): string {
  return flatWhereDocumented(id, toTemplate(fullPath));
}

/** Drops the account prefix; the SDK leaves `.json` off paths ending in an id, the wire has it. */
function toTemplate(fullPath: string): string {
  const path = fullPath.slice(ACCOUNT_PREFIX.length);
  if (/['\\\n]/.test(path)) throw new Error(`unexpected character in ${path}`);
  return /\/\{\w+\}$/.test(path) ? `${path}.json` : path;
}

function flatWhereDocumented(id: string, template: string): string {
  if (!FLAT_ROUTES.has(id)) return template;
  if (!template.startsWith(`${BUCKET_PREFIX}/`)) throw new Error(`${id}: listed as flat, but the spec's path is ${template}; drop it from FLAT_ROUTES`);
  return template.slice(BUCKET_PREFIX.length);
}

/**
 * The Wire type of the first 2xx JSON answer: the schema it names, seen through an alias
 * (`GetTodoResponseContent = Todo` gives `Wire.Todo`, a list of one gives `Wire.Todo[]`);
 * `void` when no 2xx carries a body, `unknown` for a body the spec does not name.
 */
function responseType(sdk: Sdk, id: string, operation: OpenApiOperation): string {
  const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  const schema = success.map(([, response]) => response.content?.['application/json']?.schema).find((found) => found !== undefined);
  if (schema === undefined) return 'void';
  const named = refName(schema.$ref);
  if (named === undefined) return 'unknown';
  const schemas = sdk.openapi.components?.schemas ?? {};
  const target = schemas[named];
  if (target === undefined) throw new Error(`${id}: answers with ${named}, which components.schemas lacks`);
  const alias = refName(target.$ref);
  if (alias !== undefined && !target.nullable) return `Wire.${alias}`;
  const item = target.type === 'array' ? refName(target.items?.$ref) : undefined;
  if (item !== undefined && !target.nullable && !target.items?.nullable) return `Wire.${item}[]`;
  return `Wire.${named}`;
}

/** A paginated operation's largest page; `undefined` for one answered in a single call. */
function pageSize(id: string, operation: OpenApiOperation): number | undefined {
  const pagination = operation['x-basecamp-pagination'];
  if (pagination === undefined) return undefined;
  const size = pagination.maxPageSize;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) throw new Error(`${id}: x-basecamp-pagination without a usable maxPageSize`);
  return size;
}

/** `#/components/schemas/Todo` → `Todo`. */
export function refName(ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : /^#\/components\/schemas\/([A-Za-z_$][\w$]*)$/.exec(ref)?.[1];
}

function render(rows: Row[]): string {
  const table = rows.map((row) => `  ${row.id}: ['${row.method}', '${row.template}', ${row.idempotent}, ${row.maxAttempts}],`);
  const types = rows.map((row) => {
    const params = row.params.length === 0 ? 'Record<string, never>' : `{ ${row.params.map((name) => `${name}: string`).join('; ')} }`;
    return `  ${row.id}: { params: ${params}; response: ${row.response} };`;
  });
  const paged = rows.filter((row) => row.pageSize !== undefined);
  return `// Generated by scripts/generators/operations.ts from the Basecamp SDK's openapi.json and
// behavior-model.json. Do not edit; run \`npm run generate\` instead.
import type { HttpMethod } from './primitives.ts';
import type * as Wire from './wire-types.ts';

/** Each operation's path parameters (named as in its template) and the Wire type of its 2xx answer. */
export interface OperationTypes {
${types.join('\n')}
}

/** Every documented Basecamp operation, by its OpenAPI \`operationId\`. */
export type OperationId = keyof OperationTypes;

/** Method, account-relative path template, safe to repeat, attempts the behaviour model allows. */
export type OperationRow = readonly [method: HttpMethod, path: string, idempotent: boolean, maxAttempts: number];

export const OPERATIONS: { readonly [Id in OperationId]: OperationRow } = {
${table.join('\n')}
};

/** The operations the spec marks paginated: their answer is one page, the next named by \`Link\`. */
export type PaginatedOperationId =
${paged.map((row) => `  | '${row.id}'`).join('\n')};

/** Most items one page of each paginated operation holds (the spec's \`maxPageSize\`). */
export const PAGE_SIZES: { readonly [Id in PaginatedOperationId]: number } = {
${paged.map((row) => `  ${row.id}: ${row.pageSize},`).join('\n')}
};
`;
}
