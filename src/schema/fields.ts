import type { GenericFieldRef, ObjectRef } from '@pothos/core';
import type { Types } from './builder.ts';
import { enumForKey } from './closed-sets.ts';
import type { OpenEnumRef } from './enums.ts';
import { SPEC_FIELDS, type SpecSchema } from './generated/fields.ts';

/** The scalars a spec field can be exposed as. */
type Scalar = 'ID' | 'Int' | 'Float' | 'Boolean' | 'String' | 'DateTime' | 'Date';

/** How one field differs from what the spec's table says. */
export interface FieldOverlay {
  description?: string;
  nullable?: boolean;
  /**
   * A field the spec's table lacks (a key only the docs show, or one holding objects) must say
   * its type: a scalar, an enum for a closed set, or the objects Basecamp embeds in full
   * (`[Attachment]`), answered as an empty list when the key is absent.
   */
  type?: Scalar | [Scalar] | OpenEnumRef | [ObjectRef<Types, unknown>];
  /** The REST key, when it is not the snake_case of the field name. */
  key?: string;
  /** Field extensions, e.g. `embedded()` for the query price. */
  extensions?: Record<string, unknown>;
}

/**
 * A type's own words on top of its spec table, by GraphQL field name: `false` leaves a spec
 * field out (the graph does not show it, or the module declares it by hand: an enum, a link),
 * a string is its description, an object overrides (or adds a key only the docs show).
 */
export type Overlay = Record<string, false | string | FieldOverlay>;

/** What the `Recording` interface already declares: a recording type never repeats it. */
const RECORDING_KEYS = new Set(['id', 'status', 'visible_to_clients', 'created_at', 'updated_at', 'title', 'inherits_status', 'type', 'url', 'app_url', 'bookmark_url']);

/** Anything with Pothos' `t.expose` and `t.field`: object and interface field builders alike. */
interface Exposer {
  expose: (...args: never[]) => unknown;
  field: (...args: never[]) => unknown;
}

/**
 * Every scalar field of a spec schema (src/schema/generated/fields.ts), named by the camelCase
 * of its REST key (`id` becomes `basecampId`: `id` is the global one), with `overlay` on top.
 */
export function specFields(t: Exposer, schema: SpecSchema, overlay: Overlay = {}): Record<string, GenericFieldRef<unknown>> {
  return exposeFields(t, schema, overlay, new Set());
}

/**
 * The fields a recording type adds to `Recording`: its spec schema minus what the interface
 * declares. So `position`, `subscriptionUrl`, `commentsCount`, `boostsCount` and the other links
 * every recording shares come from the spec, per type, without being written out.
 */
export function recordingFields(t: Exposer, schema: SpecSchema, overlay: Overlay = {}): Record<string, GenericFieldRef<unknown>> {
  return exposeFields(t, schema, overlay, RECORDING_KEYS);
}

function exposeFields(t: Exposer, schema: SpecSchema, overlay: Overlay, inherited: ReadonlySet<string>): Record<string, GenericFieldRef<unknown>> {
  const expose = (t.expose as unknown as (key: string, options: object) => GenericFieldRef<unknown>).bind(t);
  const field = (t.field as unknown as (options: object) => GenericFieldRef<unknown>).bind(t);
  const table: Record<string, string> = SPEC_FIELDS[schema];
  const fields: Record<string, GenericFieldRef<unknown>> = {};
  const declare = (name: string, key: string, spec: string | undefined, entry: Overlay[string] | undefined) => {
    if (entry === false) return;
    const own = typeof entry === 'string' ? { description: entry } : (entry ?? {});
    // A string key holding a closed set (./closed-sets.ts) is exposed as its enum.
    const type = own.type ?? (spec?.replace(/\?$/, '') === 'String' ? enumForKey(schema, own.key ?? key) : undefined) ?? (spec && parseType(spec));
    if (!type) throw new Error(`${schema}.${name}: a field the spec lacks needs a type in the overlay.`);
    const options = {
      type,
      nullable: own.nullable ?? spec?.endsWith('?') ?? false,
      ...(own.description === undefined ? {} : { description: own.description }),
      ...(own.extensions && { extensions: own.extensions }),
    };
    const embeds = Array.isArray(type) && typeof type[0] !== 'string';
    fields[name] = embeds
      ? field({ ...options, resolve: (parent: Record<string, unknown>) => parent[own.key ?? key] ?? [] })
      : expose(own.key ?? key, options);
  };
  const named = new Set<string>();
  for (const [key, spec] of Object.entries(table)) {
    const name = fieldName(key);
    named.add(name);
    // An inherited key is declared again only when the overlay says how it differs.
    if (inherited.has(key) && overlay[name] === undefined) continue;
    declare(name, key, spec, overlay[name]);
  }
  for (const [name, entry] of Object.entries(overlay)) {
    if (!named.has(name)) declare(name, snakeCase(name), undefined, entry);
  }
  return fields;
}

/** `'[ID]?'` → `['ID']`; the `?` is read separately. */
function parseType(spec: string): Scalar | [Scalar] {
  const bare = spec.replace(/\?$/, '');
  return bare.startsWith('[') ? [bare.slice(1, -1) as Scalar] : (bare as Scalar);
}

function fieldName(key: string): string {
  return key === 'id' ? 'basecampId' : key.replace(/_([a-z0-9])/g, (_match, char: string) => char.toUpperCase());
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`);
}
