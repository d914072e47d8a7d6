import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { schema } from '../../src/schema/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const gid = (typename: string, id: string) => encodeGlobalId(typename, stack.sandbox.accountId, id);

/** Apollo Client as a frontend configures it: a default InMemoryCache, no `keyFields`. */
function apollo() {
  const link = new HttpLink({ uri: 'http://gateway.test/graphql', fetch: async (input, init) => stack.gateway.fetch(String(input), init ?? {}) });
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

describe('every object Basecamp identifies has a global id', () => {
  it('in the schema: each object type with `basecampId` has an `id` of type ID', () => {
    const identified = Object.values(schema.getTypeMap()).filter(
      // A payload's `basecampId` names the recording it changed, which is its own object.
      (type) => isObjectType(type) && 'basecampId' in type.getFields() && !type.name.endsWith('Payload'),
    );
    expect(identified.length).toBeGreaterThan(60);
    const withoutId = identified.filter((type) => isObjectType(type) && getNamedType(type.getFields().id?.type)?.name !== 'ID').map((type) => type.name);
    expect(withoutId).toEqual([]);
  });

  it('Apollo InMemoryCache normalises bookmarks, drafts, timeline events and dock tools by their ids', async () => {
    const client = apollo();
    const query = gql`
      query Cacheable($project: ID!) {
        myBookmarks(first: 3) { nodes { id basecampId } }
        myDrafts(first: 3) { nodes { id basecampId } }
        project(id: $project) {
          id
          dock { id basecampId }
          timeline(first: 3) { nodes { id basecampId } }
        }
      }
    `;
    const { data } = await client.query<any>({ query, variables: { project: SEED.projects.catalog } });
    const lists = {
      Bookmark: data.myBookmarks.nodes,
      Draft: data.myDrafts.nodes,
      DockTool: data.project.dock,
      TimelineEvent: data.project.timeline.nodes,
    } as Record<string, { id: string; basecampId: string }[]>;
    const cache = client.cache.extract() as Record<string, unknown>;
    for (const [typename, items] of Object.entries(lists)) {
      expect(items.length, typename).toBeGreaterThan(0);
      for (const item of items) {
        // Stable: type, account and Basecamp id, so the same object has the same id in every query.
        expect(item.id).toBe(gid(typename, item.basecampId));
        expect(cache[`${typename}:${item.id}`], `${typename} ${item.basecampId} normalised`).toMatchObject({ __typename: typename, basecampId: item.basecampId });
      }
      expect(new Set(items.map((item) => item.id)).size, `${typename} ids are distinct`).toBe(items.length);
    }
    // A dock tool and the tool it stands for share a Basecamp id, never a global id.
    const todoset = data.project.dock.find((tool: { basecampId: string }) => tool.basecampId === SEED.todosets.catalog);
    expect(todoset.id).not.toBe(gid('Todoset', SEED.todosets.catalog));

    const again = await apollo().query<any>({ query, variables: { project: SEED.projects.catalog }, fetchPolicy: 'network-only' });
    expect(again.data).toEqual(data);
  });

  it('tells the occurrences of a repeating schedule entry apart, though they share its Basecamp id', async () => {
    const result = await stack.graphql(`query($from: Date!, $to: Date!) {
      upcomingSchedule(windowStartsOn: $from, windowEndsOn: $to) { recurringScheduleEntryOccurrences { id basecampId startsAt } }
    }`, { variables: { from: '2026-01-12', to: '2026-02-20' } });
    expect(result.errors).toBeUndefined();
    const occurrences = result.data.upcomingSchedule.recurringScheduleEntryOccurrences as { id: string; basecampId: string }[];
    expect(new Set(occurrences.map((occurrence) => occurrence.basecampId)).size).toBeLessThan(occurrences.length);
    expect(new Set(occurrences.map((occurrence) => occurrence.id)).size).toBe(occurrences.length);
  });

  it('gives one day of a repeating entry an id of its own, which node(id:) reads back as that day', async () => {
    const entry = SEED.schedule.entries.recurring;
    const day = SEED.schedule.occurrences.later;
    const result = await stack.graphql(`query($id: ID!, $day: Date!) {
      scheduleEntry(id: $id) { id basecampId startsAt occurrence(date: $day) { id basecampId startsAt } }
      other: scheduleEntryOccurrence(id: $id, date: $day) { id }
    }`, { variables: { id: entry, day } });
    expect(result.errors).toBeUndefined();
    const { occurrence, ...whole } = result.data.scheduleEntry;
    expect(occurrence.basecampId).toBe(whole.basecampId);
    expect(occurrence.startsAt).not.toBe(whole.startsAt);
    expect(occurrence.id).not.toBe(whole.id);
    expect(result.data.other.id).toBe(occurrence.id);
    const again = await stack.graphql(`query($a: ID!, $b: ID!) { a: node(id: $a) { id ... on ScheduleEntry { startsAt } } b: node(id: $b) { id ... on ScheduleEntry { startsAt } } }`, { variables: { a: occurrence.id, b: whole.id } });
    expect(again.data).toEqual({ a: { id: occurrence.id, startsAt: occurrence.startsAt }, b: { id: whole.id, startsAt: whole.startsAt } });
    // Writes on the occurrence's id reach the entry itself, the one recording Basecamp has.
    stack.resetLog();
    const commented = await stack.graphql('mutation($id: ID!) { createComment(input: { recordingId: $id, content: "<div>Moved?</div>" }) { comment { parent { id } } } }', { variables: { id: occurrence.id } });
    expect(commented.errors).toBeUndefined();
    expect(stack.upstreamPaths()[0]).toBe(`/recordings/${entry}/comments.json`);
    stack.resetLog();
    const forged = await stack.graphql('query($id: ID!) { node(id: $id) { id } }', { variables: { id: encodeGlobalId('ScheduleEntry', stack.sandbox.accountId, 'soon-1') } });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('node refuses such an id with BAD_USER_INPUT that names its type, before any call', async () => {
    const bookmarks = await stack.graphql('{ myBookmarks(first: 1) { nodes { id } } }');
    const id = bookmarks.data.myBookmarks.nodes[0].id as string;
    stack.resetLog();
    const result = await stack.graphql('query($id: ID!) { me { name } node(id: $id) { id } }', { variables: { id } });
    expect(result.data).toEqual({ me: { name: 'Maren Okafor' }, node: null });
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['node'], message: expect.stringContaining('is the id of a Bookmark, which Basecamp cannot read again'), extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect(stack.upstreamPaths()).toEqual(['/my/profile.json']);
  });
});
