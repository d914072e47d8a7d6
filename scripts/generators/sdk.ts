import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The subset of an OpenAPI 3.0/3.1 schema object the generators and spec checks read. */
export interface OpenApiSchema {
  type?: string | string[];
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  deprecated?: boolean;
  'x-deprecated-reason'?: string;
  contentEncoding?: string;
  $ref?: string;
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  additionalProperties?: boolean | OpenApiSchema;
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  [extension: string]: unknown;
}

export interface OpenApiSpec {
  info?: { version?: string };
  components?: { schemas?: Record<string, OpenApiSchema> };
}

/** Where the official SDK sits: the shared checkout beside this repo, never needed to run or test. */
export const SDK_DIR = new URL('../../../shared/basecamp-api/sdk/', import.meta.url);

export interface BehaviourModel {
  operations: Record<string, { idempotent?: boolean; readonly?: boolean; retry?: { max?: number } }>;
}

/** The inputs every generator reads. */
export interface Sdk {
  openapi: OpenApiSpec & { paths: Record<string, Record<string, { operationId?: string; [key: string]: unknown }>> };
  behaviour: BehaviourModel;
}

/** One committed file made from the SDK: pure, so the freshness test can compare without writing. */
export interface Generator {
  /** The committed file it writes. */
  output: URL;
  generate(sdk: Sdk): string;
}

/** The SDK, or the reason it cannot be read (a fresh clone has no ../shared). */
export function readSdk(): Sdk | { missing: string } {
  const openapi = new URL('openapi.json', SDK_DIR);
  const behaviour = new URL('behavior-model.json', SDK_DIR);
  for (const file of [openapi, behaviour]) {
    if (!existsSync(file)) return { missing: `no ${fileURLToPath(file)} (it comes from ../shared beside this checkout)` };
  }
  return {
    openapi: JSON.parse(readFileSync(openapi, 'utf8')) as Sdk['openapi'],
    behaviour: JSON.parse(readFileSync(behaviour, 'utf8')) as BehaviourModel,
  };
}
