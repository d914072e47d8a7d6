import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { schemaSDL } from '../../src/schema/sdl.ts';

/**
 * Naming and descriptions of the built schema, checked by graphql-eslint's schema rules (the
 * `schema-recommended` and `schema-relay` sets) with the exceptions below, each with its reason.
 * A finding here is fixed in the schema code (or, for a field name Basecamp uses everywhere, in
 * src/schema/descriptions.ts), not by loosening a rule without saying why.
 */
const { rules: recommended } = graphqlPlugin.configs['flat/schema-recommended'];
const { rules: relay } = graphqlPlugin.configs['flat/schema-relay'];

const RULES: Linter.RulesRecord = {
  ...recommended,
  ...relay,
  '@graphql-eslint/naming-convention': [
    'error',
    {
      types: 'PascalCase',
      FieldDefinition: 'camelCase',
      InputValueDefinition: 'camelCase',
      Argument: 'camelCase',
      DirectiveDefinition: 'camelCase',
      EnumValueDefinition: 'UPPER_CASE',
      InputObjectTypeDefinition: { style: 'PascalCase', requiredPattern: /Input$/ },
      'FieldDefinition[parent.name.value=Query]': { forbiddenPatterns: [/^(query|get)[A-Z]/, /Query$/] },
      'FieldDefinition[parent.name.value=Mutation]': { forbiddenPatterns: [/^mutation/, /Mutation$/] },
      'FieldDefinition[parent.name.value=Subscription]': { forbiddenPatterns: [/^subscription/, /Subscription$/] },
      'EnumTypeDefinition,EnumTypeExtension': { forbiddenPatterns: [/^Enum/, /Enum$/] },
      'InterfaceTypeDefinition,InterfaceTypeExtension': { forbiddenPatterns: [/^Interface/, /Interface$/] },
      'UnionTypeDefinition,UnionTypeExtension': { forbiddenPatterns: [/^Union/, /Union$/] },
      // `MessageType` is Basecamp's own noun (a message board's categories, `/categories.json`),
      // not a stutter; every other object type ending in "Type" is.
      'ObjectTypeDefinition,ObjectTypeExtension': { forbiddenPatterns: [/^Type/, /(?<!^Message)Type$/] },
    },
  ],
  // Every type, field, argument, input field and directive. Enum values are left to their enum's
  // description: MONDAY or LAST_30_DAYS says what it is, and a sentence per value would repeat it.
  '@graphql-eslint/require-description': ['error', { types: true, FieldDefinition: true, InputValueDefinition: true, DirectiveDefinition: true, rootField: true }],
  // Mutations take one argument, `input`, of an `…Input` type (the suffix is checked above).
  // Not "named after the mutation": `unwatchProject` deliberately shares `WatchProjectInput`.
  '@graphql-eslint/input-name': ['error', { checkInputType: false }],
  // It flags Basecamp's nouns, not stutters: `Vault.vaults` (folders in a folder),
  // `Comment.comments`, `Boost.booster`.
  '@graphql-eslint/no-typename-prefix': 'off',
  // Which objects get a global `id` is decided by the node tests (test/schema/node.test.ts);
  // connections, edges, payloads and value objects (`AccountLimits`) rightly have none.
  '@graphql-eslint/strict-id-in-types': 'off',
  // Forward pagination only: Basecamp pages one way, so `last`/`before` could never work.
  '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
  // Edges are `…Edge` types with `node` and `cursor`; lists of plain objects (a to-do's
  // assignees) stay lists, and an edge may hold an object that cannot be refetched by id.
  '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
};

/** Lints an SDL document with the rules above; returns `rule: message` per finding. */
async function lintSDL(sdl: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true, // only the config below, never an eslint.config.* found on disk
    overrideConfig: [
      {
        files: ['**/*.graphql'],
        languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: sdl } } },
        plugins: { '@graphql-eslint': graphqlPlugin as unknown as ESLint.Plugin },
        rules: RULES,
      },
    ],
  });
  const [result] = await eslint.lintText(sdl, { filePath: 'schema.graphql' });
  return result!.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message.split('\n')[0]} (line ${message.line})`);
}

describe('schema lint', () => {
  it('finds nothing in the schema the code builds', async () => {
    expect(await lintSDL(schemaSDL())).toEqual([]);
  }, 60_000);

  it('reports bad names and missing descriptions', async () => {
    const findings = await lintSDL(`
"""The root."""
type Query {
  """One to-do."""
  todo_item(Id: ID!): todo_item
  """Its projects."""
  getProjects: [String!]!
}

type todo_item {
  """Its id."""
  id: ID!
  Title: String
}

"""The root of writes."""
type Mutation {
  """Adds a to-do."""
  createTodo(
    """What to add."""
    input: NewTodo!
  ): todo_item
}

"""A new to-do."""
input NewTodo {
  """Its title."""
  title: String
}

"""Its state."""
enum status {
  """Open."""
  active
}
`);
    expect(findings).toEqual([
      '@graphql-eslint/relay-page-info: The server must provide a `PageInfo` object. (line 1)',
      '@graphql-eslint/naming-convention: Field "todo_item" should be in camelCase format (line 5)',
      '@graphql-eslint/naming-convention: Input value "Id" should be in camelCase format (line 5)',
      '@graphql-eslint/require-description: Description is required for input value "Id" in field "todo_item" (line 5)',
      '@graphql-eslint/naming-convention: Field "getProjects" should not contain the forbidden pattern "/^(query|get)[A-Z]/" (line 7)',
      '@graphql-eslint/naming-convention: Type "todo_item" should be in PascalCase format (line 10)',
      '@graphql-eslint/require-description: Description is required for type "todo_item" (line 10)',
      '@graphql-eslint/naming-convention: Field "Title" should be in camelCase format (line 13)',
      '@graphql-eslint/require-description: Description is required for field "Title" in type "todo_item" (line 13)',
      '@graphql-eslint/naming-convention: Input "NewTodo" should contain the required pattern: /Input$/ (line 26)',
      '@graphql-eslint/naming-convention: Enum "status" should be in PascalCase format (line 32)',
      '@graphql-eslint/no-unreachable-types: Enum type `status` is unreachable. (line 32)',
      '@graphql-eslint/naming-convention: Enum value "active" should be in UPPER_CASE format (line 34)',
    ]);
  }, 60_000);
});
