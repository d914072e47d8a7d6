import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * Closed sets are enums (src/schema/closed-sets.ts): Basecamp's strings come back as enum names,
 * and a string the schema does not know yet comes back as `OTHER`, with no error, logged once.
 */

let stack: Stack;
const logged: Array<Record<string, unknown>> = [];
beforeAll(async () => {
  const logger = createLogger('warn', (line) => logged.push(JSON.parse(line) as Record<string, unknown>));
  stack = await startStack({ gateway: { logger } });
});
afterAll(() => stack.close());

describe('closed sets as enums', () => {
  it('answers status and type of several recording kinds by enum name', async () => {
    const result = await stack.graphql(
      `query($todo: ID!, $list: ID!, $archived: ID!, $card: ID!, $column: ID!, $project: ID!) {
        todo(id: $todo) { type status parent { type } }
        todolist(id: $list) { type status }
        archived: todo(id: $archived) { status }
        cardTableCard(id: $card) { type status }
        cardTableColumn(id: $column) { type }
        project(id: $project) { status }
        recordings(type: KANBAN_CARD, first: 2) { nodes { type } }
      }`,
      {
        variables: {
          todo: SEED.todos.pending,
          list: SEED.todolists.large,
          archived: SEED.todos.archived,
          card: SEED.cards.cards.withSteps,
          column: SEED.cards.columns.notNow,
          project: SEED.projects.catalog,
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      todo: { type: 'TODO', status: 'ACTIVE', parent: { type: 'TODOLIST' } },
      todolist: { type: 'TODOLIST', status: 'ACTIVE' },
      archived: { status: 'ARCHIVED' },
      cardTableCard: { type: 'KANBAN_CARD', status: 'ACTIVE' },
      cardTableColumn: { type: 'KANBAN_NOT_NOW_COLUMN' },
      project: { status: 'ACTIVE' },
      recordings: { nodes: [{ type: 'KANBAN_CARD' }, { type: 'KANBAN_CARD' }] },
    });
  });

  it('answers OTHER, with no error, for a type, status or personable type Basecamp adds later, and logs each value once', async () => {
    const tool = stack.sandbox.state.recordings.get(SEED.automation.tools.catalogChat)!;
    const person = stack.sandbox.state.people.get(SEED.people.client)!;
    const before = { type: tool.type, status: tool.status, personableType: person.personableType };
    // Values Basecamp might send one day; the sandbox serves whatever its state holds.
    Object.assign(tool, { type: 'Chat::Hyperchat', status: 'frozen' });
    Object.assign(person, { personableType: 'Robot' });
    try {
      const query = `query($tool: ID!, $person: ID!) { tool(id: $tool) { type status title } person(id: $person) { personableType name } }`;
      const variables = { tool: SEED.automation.tools.catalogChat, person: SEED.people.client };
      for (let i = 0; i < 2; i++) {
        const result = await stack.graphql(query, { variables });
        expect(result.errors).toBeUndefined();
        expect(result.data.tool).toMatchObject({ type: 'OTHER', status: 'OTHER', title: expect.any(String) });
        expect(result.data.person).toMatchObject({ personableType: 'OTHER', name: expect.any(String) });
      }
      // Two queries, one warning per (enum, value).
      const warnings = logged.filter((line) => line.level === 'warn' && typeof line.enum === 'string').map(({ enum: name, value }) => ({ enum: name, value }));
      expect(warnings).toEqual([
        { enum: 'RecordingType', value: 'Chat::Hyperchat' },
        { enum: 'RecordingStatus', value: 'frozen' },
        { enum: 'PersonableType', value: 'Robot' },
      ]);
    } finally {
      Object.assign(tool, { type: before.type, status: before.status });
      Object.assign(person, { personableType: before.personableType });
    }
  });

  it('answers DRAFTED for an unpublished draft, and refuses it as a list filter before any upstream call', async () => {
    // Basecamp keeps a document created without `status: ACTIVE` as a draft for its author.
    const created = await stack.graphql('mutation($vault: ID!) { createDocument(input: { vaultId: $vault, title: "Still thinking" }) { document { id } } }', {
      variables: { vault: SEED.files.vaults.catalog },
    });
    const result = await stack.graphql('query($id: ID!) { document(id: $id) { status } }', { variables: { id: created.data.createDocument.document.id } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ document: { status: 'DRAFTED' } });
    stack.resetLog();
    for (const query of ['{ recordings(type: DOCUMENT, status: DRAFTED) { totalCount } }', '{ projects(status: DRAFTED) { totalCount } }']) {
      const refused = await stack.graphql(query);
      expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^status: cannot be DRAFTED/), extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
    }
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('refuses OTHER as input, before any upstream call, with a code', async () => {
    stack.resetLog();
    const literal = await stack.graphql('{ recordings(type: TODO, status: OTHER) { totalCount } }');
    expect(literal.data).toBeUndefined();
    expect(literal.errors?.[0]?.message).toMatch(/OTHER stands for a RecordingStatus value this schema does not know yet/);
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable = await stack.graphql('query($status: RecordingStatus) { recordings(type: TODO, status: $status) { totalCount } }', { variables: { status: 'OTHER' } });
    expect(variable.data).toBeUndefined();
    expect(variable.errors?.[0]?.message).toMatch(/\$status.*OTHER stands for a RecordingStatus value/);
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.upstreamPaths()).toEqual([]);
  });
});
