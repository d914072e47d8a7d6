import { GraphQLError } from 'graphql';
import type { GraphQLParams } from 'graphql-yoga';

/**
 * A GraphQL multipart request (graphql-multipart-request-spec: `operations`, `map`, one part per
 * file), read and checked before GraphQL sees it. yoga's own reader answered a malformed
 * `operations` with 200 and crashed (500) on `operations: null` or a `map` whose entries are not
 * lists of paths; every such request is now a 400 `BAD_REQUEST` that says what is wrong, as a
 * malformed JSON body is.
 */
export async function parseMultipart(request: Request): Promise<GraphQLParams> {
  const form = await readForm(request);
  const operations = jsonPart(form, 'operations');
  if (operations === undefined) throw badRequest('A multipart request needs an "operations" part: {"query": "...", "variables": {...}}.');
  if (Array.isArray(operations)) throw badRequest('Batching is not supported: "operations" must be one object, not a list.');
  if (!isObject(operations)) throw badRequest('The "operations" part must be a JSON object {"query": "...", "variables": {...}}.');
  const map = jsonPart(form, 'map') ?? {};
  if (!isObject(map)) throw badRequest('The "map" part must be a JSON object from file part names to lists of paths, e.g. {"0": ["variables.file"]}.');
  for (const [name, paths] of Object.entries(map)) {
    if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string')) {
      throw badRequest(`The "map" entry "${name}" must be a list of paths, e.g. ["variables.file"].`);
    }
    // A form entry is text or a file; the server's fetch API has its own File class.
    const file = form.get(name);
    if (file === null || typeof file === 'string') throw badRequest(`The "map" names the file part "${name}", which the request does not carry as a file.`);
    for (const path of paths) place(operations, path, file);
  }
  return operations as GraphQLParams;
}

async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch (error) {
    // A refusal already coded (the body cap) and an aborted request pass as they are.
    if (error instanceof GraphQLError || (error instanceof Error && error.name === 'AbortError')) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith('File size limit exceeded')) {
      throw new GraphQLError(message, { extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } } });
    }
    throw badRequest(`The body is not valid multipart/form-data: ${message}`);
  }
}

function jsonPart(form: FormData, name: string): unknown {
  const part = form.get(name);
  if (part === null) return undefined;
  if (typeof part !== 'string') throw badRequest(`The "${name}" part must be JSON text, not a file.`);
  try {
    return JSON.parse(part) as unknown;
  } catch {
    throw badRequest(`The "${name}" part is not valid JSON.`);
  }
}

/** Puts a file at `variables.a.0.b`; only variables take files, and no path reaches a prototype. */
function place(operations: Record<string, unknown>, path: string, file: Blob): void {
  const keys = path.split('.');
  if (keys[0] !== 'variables' || keys.length < 2 || keys.some((key) => key === '' || key === '__proto__' || key === 'constructor' || key === 'prototype')) {
    throw badRequest(`The "map" path "${path}" must name a variable, e.g. "variables.file".`);
  }
  let at: Record<string, unknown> = operations;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(at, key) ? at[key] : undefined;
    if (!isObject(next) && !Array.isArray(next)) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = file;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}
