import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startSandbox();
});
afterAll(() => harness.close());

async function projectIds(as: string, query = ''): Promise<string[]> {
  const response = await harness.call(`/projects.json${query}`, { as });
  expect(response.status).toBe(200);
  return (await json<{ id: string }[]>(response)).map((project) => project.id).sort();
}

const { projects } = SEED;

describe('project access per token', () => {
  it('shows the owner every active project', async () => {
    expect(await projectIds('owner')).toEqual(
      [projects.hq, projects.catalog, projects.warehouse, projects.bakery, projects.boardPrep].sort(),
    );
  });

  it('shows a member only the projects they are on', async () => {
    expect(await projectIds('member')).toEqual([projects.hq, projects.catalog, projects.warehouse].sort());
    expect(await projectIds('member', '?status=archived')).toEqual([projects.archived]);
  });

  it('shows a client only their client project', async () => {
    expect(await projectIds('client')).toEqual([projects.bakery]);
  });

  it('lists trashed projects under status=trashed but 404s them by id, even for the owner', async () => {
    expect(await projectIds('owner', '?status=trashed')).toEqual([projects.trashed]);
    expect((await harness.call(`/projects/${projects.trashed}.json`)).status).toBe(404);
  });

  it('404s everything inside a project the member is not on', async () => {
    const paths = [
      `/projects/${projects.boardPrep}.json`,
      `/projects/${projects.boardPrep}/people.json`,
      `/todosets/${SEED.todosets.boardPrep}.json`,
      `/todosets/${SEED.todosets.boardPrep}/todolists.json`,
      `/projects/${projects.bakery}.json`,
      `/todos/${SEED.todos.clientVisible}.json`,
    ];
    for (const path of paths) {
      expect((await harness.call(path, { as: 'member' })).status, path).toBe(404);
      expect((await harness.call(path, { as: 'owner' })).status, path).toBe(200);
    }
  });

  it('shows a client only the lists and to-dos shared with clients', async () => {
    const lists = await json<{ id: string }[]>(
      await harness.call(`/todosets/${SEED.todosets.bakery}/todolists.json`, { as: 'client' }),
    );
    expect(lists.map((list) => list.id)).toContain(SEED.todolists.clientShared);
    expect(lists.map((list) => list.id)).not.toContain(SEED.todolists.clientHidden);
    expect((await harness.call(`/todos/${SEED.todos.clientVisible}.json`, { as: 'client' })).status).toBe(200);
    expect((await harness.call(`/todos/${SEED.todos.clientHidden}.json`, { as: 'client' })).status).toBe(404);
    const todoset = await json<{ todolists_count: number }>(
      await harness.call(`/todosets/${SEED.todosets.bakery}.json`, { as: 'client' }),
    );
    expect(todoset.todolists_count).toBe(lists.length);
  });

  it('answers /my/profile.json with the token’s person', async () => {
    for (const label of ['owner', 'member', 'client'] as const) {
      const me = await json<{ id: string }>(await harness.call('/my/profile.json', { as: label }));
      expect(me.id).toBe(SEED.people[label]);
    }
  });

  it('lets a client see only the people they share a project with', async () => {
    const everyone = await json<{ id: string }[]>(await harness.call('/people.json', { as: 'member' }));
    expect(everyone).toHaveLength(Object.keys(SEED.people).length);
    const forClient = await json<{ id: string }[]>(await harness.call('/people.json', { as: 'client' }));
    expect(forClient.map((person) => person.id)).not.toContain(SEED.people.warehouse);
    expect((await harness.call(`/people/${SEED.people.warehouse}.json`, { as: 'client' })).status).toBe(404);
  });

  it('forbids members from trashing projects they do not manage, and clients from creating any', async () => {
    const trash = await harness.call(`/projects/${projects.catalog}.json`, {
      method: 'DELETE',
      as: 'member',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(trash.status).toBe(403);
    const create = await harness.call('/projects.json', { method: 'POST', as: 'client', body: { name: 'Nope' } });
    expect(create.status).toBe(403);
  });
});
