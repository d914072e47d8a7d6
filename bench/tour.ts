import type { SeedLandmarks } from '../src/sandbox/seed/index.ts';
import { RestByHand } from './rest-by-hand.ts';

/** Geared pagination: pages of 15, 30, 50, then 100 (docs README "Pagination"). */
const PAGE_SIZES = [15, 30, 50];
const pageSize = (page: number) => PAGE_SIZES[page - 1] ?? 100;

/** Upstream pages that must be read to return items [start, start + count) of a list. */
export function pagesCovering(start: number, count: number, total: number): number {
  const end = Math.min(start + count, total);
  let pages = 0;
  for (let page = 1, first = 0; first < Math.max(end, 1); first += pageSize(page), page++) {
    if (first + pageSize(page) > start) pages++;
  }
  return Math.max(pages, 1);
}

export interface TourStop {
  name: string;
  /** One or more GraphQL requests; a paging stop feeds each response into the next variables. */
  run(graphql: (query: string, variables?: Record<string, unknown>) => Promise<any>): Promise<void>;
  /** The fewest REST calls that could answer it, computed from the data via REST. */
  lowerBound(rest: RestByHand): Promise<number>;
  /** The same result by hand over REST; returns nothing, the RestByHand counts. */
  byHand(rest: RestByHand): Promise<void>;
}

const DASHBOARD = `{ projects(first: 3) { totalCount nodes { name todoset { todolists(first: 5) { nodes { name
  todos(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { title completed assignees { name } creator { name } } } } } } } } }`;

function expectData(result: any, what: string): any {
  if (result.errors?.length) throw new Error(`${what}: ${JSON.stringify(result.errors[0])}`);
  return result.data;
}

export function tour(seed: SeedLandmarks): TourStop[] {
  return [
    {
      name: 'project dashboard',
      run: async (graphql) => void expectData(await graphql(DASHBOARD), 'dashboard'),
      async lowerBound(rest) {
        let calls = 1;
        const projects = (await rest.get('/projects.json')).body.slice(0, 3);
        for (const project of projects) {
          calls += 2;
          const todoset = project.dock.find((tool: any) => tool.name === 'todoset');
          const lists = (await rest.get(`/todosets/${todoset.id}/todolists.json`)).body.slice(0, 5);
          for (const list of lists) calls += pagesCovering(0, 20, (await rest.get(`/todolists/${list.id}/todos.json`)).total ?? 0);
        }
        return calls;
      },
      async byHand(rest) {
        for (const project of (await rest.get('/projects.json')).body.slice(0, 3)) {
          const todoset = (await rest.get(project.dock.find((tool: any) => tool.name === 'todoset').url)).body;
          for (const list of (await rest.get(todoset.todolists_url)).body.slice(0, 5)) await rest.first(list.todos_url, 20);
        }
      },
    },
    {
      name: 'to-do board (assignees, comment counts)',
      run: async (graphql) =>
        void expectData(
          await graphql(
            `query($id: ID!) { todolist(id: $id) { name completedRatio todos(first: 50) { totalCount nodes { content dueOn commentsCount assignees { name avatarUrl } completionSubscribers { name } creator { name } } } } }`,
            { id: seed.todolists.large },
          ),
          'board',
        ),
      lowerBound: async (rest) => 1 + pagesCovering(0, 50, (await rest.get(`/todolists/${seed.todolists.large}/todos.json`)).total ?? 0),
      async byHand(rest) {
        const list = (await rest.get(`/todolists/${seed.todolists.large}.json`)).body;
        await rest.first(list.todos_url, 50);
      },
    },
    {
      name: 'message thread (comments, creators)',
      run: async (graphql) =>
        void expectData(
          await graphql(
            `query($id: ID!) { message(id: $id) { subject content creator { name title } category { name icon }
              comments(first: 50) { totalCount nodes { content createdAt creator { name avatarUrl } } } } }`,
            { id: seed.messages.messages.thread },
          ),
          'thread',
        ),
      async lowerBound(rest) {
        const message = (await rest.get(`/messages/${seed.messages.messages.thread}.json`)).body;
        return 1 + pagesCovering(0, 50, message.comments_count);
      },
      async byHand(rest) {
        const message = (await rest.get(`/messages/${seed.messages.messages.thread}.json`)).body;
        await rest.first(message.comments_url, 50);
      },
    },
    {
      name: 'cross-project recordings feed',
      run: async (graphql) => {
        const projects = expectData(await graphql(`{ projects(first: 10) { nodes { basecampId } } }`), 'projects');
        const ids = projects.projects.nodes.map((p: any) => p.basecampId);
        expectData(
          await graphql(`query($ids: [ID!]) { recordings(type: TODO, projectIds: $ids, first: 30) { nodes { title updatedAt creator { name } bucket { name } } } }`, { ids }),
          'feed',
        );
      },
      async lowerBound(rest) {
        const ids = (await rest.get('/projects.json')).body.map((p: any) => p.id);
        const feed = await rest.get(`/projects/recordings.json?type=Todo&bucket=${ids.join(',')}`);
        return 1 + pagesCovering(0, 30, feed.total ?? feed.body.length);
      },
      async byHand(rest) {
        const ids = (await rest.get('/projects.json')).body.map((p: any) => p.id);
        await rest.first(`/projects/recordings.json?type=Todo&bucket=${ids.join(',')}`, 30);
      },
    },
    {
      name: 'paging a 520-item list (first: 100)',
      async run(graphql) {
        let after: string | null = null;
        for (;;) {
          const data: any = expectData(
            await graphql(`query($id: ID!, $after: String) { todolist(id: $id) { todos(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { basecampId content } } } }`, {
              id: seed.todolists.benchmark,
              after,
            }),
            'paging',
          );
          if (!data.todolist.todos.pageInfo.hasNextPage) return;
          after = data.todolist.todos.pageInfo.endCursor;
        }
      },
      async lowerBound(rest) {
        // Each request is answered on its own: it must read every upstream page its window touches.
        const total = (await rest.get(`/todolists/${seed.todolists.benchmark}/todos.json`)).total ?? 0;
        let calls = 0;
        for (let start = 0; start < total; start += 100) calls += 1 + pagesCovering(start, 100, total);
        return calls;
      },
      async byHand(rest) {
        const list = (await rest.get(`/todolists/${seed.todolists.benchmark}.json`)).body;
        await rest.first(list.todos_url, Number.MAX_SAFE_INTEGER);
      },
    },
  ];
}
