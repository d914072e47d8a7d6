import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputField, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RENAMED_BODY_KEYS } from '../../scripts/generators/schema-inputs.ts';
import { readSdk, type OpenApiSchema } from '../../scripts/generators/sdk.ts';
import { schema } from '../../src/schema/index.ts';
import { camelCase, fieldsUsingOperations, readSpec, type SpecOperation } from '../helpers/spec.ts';

/**
 * Mutation inputs against the spec's request bodies: every key Basecamp takes in the body of a
 * write a mutation names in `uses` is an input field (camelCase), a field under the name below, or
 * listed as taken another way with the reason. So a key the graph forgets to offer, or offers with
 * another type, fails here instead of waiting for a user to miss it.
 */
const sdk = readSdk();
if ('missing' in sdk) console.log(`mutation inputs: skipping the comparison with the spec's request bodies, ${sdk.missing}`);

/** Body keys our inputs spell another way, everywhere: the same names the generated input rows use. */
const RENAMED = RENAMED_BODY_KEYS;

/** Id lists whose key does not say so (`grant`, not `grant_ids`), besides the renamed ones. */
const ID_LISTS = new Set(['grant', 'revoke']);

/** Keys of one mutation that are not an input field of their own, and why. */
const TAKEN_OTHERWISE: Record<string, Record<string, string>> = {
  completeCardTableStep: { completion: 'the mutation called says it: complete or uncomplete' },
  uncompleteCardTableStep: { completion: 'the mutation called says it: complete or uncomplete' },
  createScheduleEntry: {
    url: 'the input says joinUrl, as the entry reads it back (`url` is the entry\'s own API address)',
    status: 'a drafted entry could never be published through the API (no status on replace), so entries are created active',
  },
  updateScheduleEntry: { url: 'joinUrl, as on create' },
  createWormhole: { destination_recording_id: 'destinationColumnId: the recording is a column of the other card table' },
  updateWormhole: { destination_recording_id: 'destinationColumnId, as on create' },
  moveCardTableColumn: { source_id: 'the column moved is `id`', target_id: 'the card table is `cardTableId`' },
  repositionCardTableStep: { source_id: 'the step moved is `id`' },
  reorderUpNext: { source_id: 'the recording moved is `recordingId`' },
  repositionTodo: { parent_id: 'todolistId: the list or group it moves into' },
  prioritizeAssignment: { id: 'the recording is `recordingId`' },
  publishGoogleDocument: { ...sentBackAsRead('url', 'document_type', 'title', 'description', 'subscriptions'), status: 'active: what the mutation does' },
  publishMessage: { ...sentBackAsRead('subject', 'content', 'category_id'), status: 'active: what the mutation does' },
  updateGoogleDocument: { status: 'publishGoogleDocument does it' },
  updateMessage: { status: 'publishMessage does it' },
  updateQuestionNotificationSettings: {
    notify_on_answer: 'the API docs name the settings `responding` and `subscribed`, which the input follows',
    digest_include_unanswered: 'the API docs name the settings `responding` and `subscribed`, which the input follows',
  },
  watchProject: Object.fromEntries(['payload_url', 'types', 'active'].map((key) => [key, 'the gateway points the webhook at itself, for every type'])),
};

function sentBackAsRead(...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, 'sent back as read: publishing changes the status alone']));
}

/** Keys a create's body requires that its input leaves optional, and what the resolver sends instead. */
const FILLED_IN: Record<string, Record<string, string>> = {
  createTool: { tool_type: 'left out when `sourceToolId` names a tool to clone' },
  createWebhook: { types: '`["all"]` when left out' },
};

interface BodyKey {
  name: string;
  schema: OpenApiSchema;
  required: boolean;
}

describe.skipIf('missing' in sdk)('mutation inputs and the spec\'s request bodies', () => {
  if ('missing' in sdk) return;
  const { operations, resolve } = readSpec(sdk);

  /** The body's keys; an envelope object (`{ gauge_needle: {…} }`) the input does not mirror counts by its own keys. */
  const bodyKeys = ({ body }: SpecOperation, inputFields: Record<string, GraphQLInputField>): BodyKey[] => {
    const keys: BodyKey[] = [];
    for (const [name, raw] of Object.entries(body?.properties ?? {})) {
      const value = resolve(raw)!;
      const required = body?.required?.includes(name) ?? false;
      if (value.properties && !(camelCase(name) in inputFields)) {
        for (const [inner, innerRaw] of Object.entries(value.properties)) keys.push({ name: inner, schema: resolve(innerRaw)!, required: required && (value.required?.includes(inner) ?? false) });
      } else {
        keys.push({ name, schema: value, required });
      }
    }
    return keys;
  };

  const mutations = fieldsUsingOperations(schema)
    .filter(({ owner }) => owner === schema.getMutationType())
    .map(({ field, operations: used }) => {
      const inputType = field.args.find((arg) => arg.name === 'input')?.type;
      const named = inputType && getNamedType(inputType);
      const fields = named && isInputObjectType(named) ? named.getFields() : {};
      const writes = used.map((id) => operations.get(id)).filter((operation) => operation !== undefined);
      return { name: field.name, fields, keys: writes.flatMap((operation) => bodyKeys(operation, fields)), creates: field.name.startsWith('create') };
    });

  it('offers every body key of the writes a mutation calls, or says how it is taken', () => {
    const missing = mutations.flatMap(({ name, fields, keys }) =>
      keys
        .filter((key) => !((RENAMED[key.name] ?? camelCase(key.name)) in fields) && TAKEN_OTHERWISE[name]?.[key.name] === undefined)
        .map((key) => `${name}: ${key.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('types each offered key as the body does: ids as ID, flags as Boolean, counts as Int, id lists as [ID!]', () => {
    const wrong = mutations.flatMap(({ name, fields, keys }) =>
      keys.flatMap((key) => {
        const field = fields[RENAMED[key.name] ?? camelCase(key.name)];
        if (field === undefined) return [];
        const expected = expectedType(key);
        const actual = shape(field.type);
        return expected === undefined || expected.includes(actual) ? [] : [`${name}.${field.name}: ${actual}, the body's ${key.name} wants ${expected.join(' or ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('requires what a create\'s body requires', () => {
    const optional = mutations.flatMap(({ name, fields, keys, creates }) =>
      creates
        ? keys
            .filter((key) => key.required && FILLED_IN[name]?.[key.name] === undefined)
            .filter((key) => {
              const field = fields[RENAMED[key.name] ?? camelCase(key.name)];
              return field !== undefined && !isNonNullType(field.type);
            })
            .map((key) => `${name}: ${key.name}`)
        : [],
    );
    expect(optional).toEqual([]);
  });

  it('lists no key that no longer needs it, taken otherwise or filled in', () => {
    const stale = Object.entries(TAKEN_OTHERWISE).flatMap(([name, keys]) => {
      const mutation = mutations.find((candidate) => candidate.name === name);
      return Object.keys(keys)
        .filter((key) => !mutation?.keys.some((bodyKey) => bodyKey.name === key) || (RENAMED[key] ?? camelCase(key)) in mutation.fields)
        .map((key) => `${name}: ${key}`);
    });
    const filled = Object.entries(FILLED_IN).flatMap(([name, keys]) => {
      const mutation = mutations.find((candidate) => candidate.name === name);
      return Object.keys(keys)
        .filter((key) => {
          const field = mutation?.fields[RENAMED[key] ?? camelCase(key)];
          return !mutation?.keys.some((bodyKey) => bodyKey.name === key && bodyKey.required) || field === undefined || isNonNullType(field.type);
        })
        .map((key) => `${name}: ${key}`);
    });
    expect([...stale, ...filled]).toEqual([]);
  });
});

/** The input's type with the nullability left out, its kind where the name says little (`enum`, `input`). */
function shape(type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${shape(inner.ofType)}]`;
  if (isEnumType(inner)) return 'enum';
  if (isInputObjectType(inner)) return 'input';
  return inner.name;
}

function expectedType(key: BodyKey): string[] | undefined {
  const type = [key.schema.type].flat().find((kind) => kind !== 'null');
  const idKey = key.name === 'id' || key.name.endsWith('_id') || key.name.endsWith('_ids') || key.name in RENAMED || ID_LISTS.has(key.name);
  switch (type) {
    case 'boolean':
      return ['Boolean'];
    case 'integer':
      return idKey ? ['ID'] : ['Int'];
    case 'string':
      return ['String', 'Date', 'DateTime', 'enum', 'ID'];
    case 'array': {
      const items = [key.schema.items?.type].flat().find((kind) => kind !== 'null');
      if (items === 'integer') return idKey ? ['[ID]'] : ['[Int]'];
      if (items === 'string') return ['[String]', '[enum]'];
      return undefined;
    }
    default:
      return undefined;
  }
}
