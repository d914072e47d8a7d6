import { describe, expect, it } from 'vitest';
import type { BasecampSession } from '../../src/client/index.ts';
import type { Page } from '../../src/client/types.ts';
import { decodeCursor, encodeCursor, paginate } from '../../src/resolvers/connection.ts';

const ORIGIN = 'https://3.basecampapi.test';
const FIRST_PAGE = `${ORIGIN}/999/todolists/3/todos.json`;

/** A session over an in-memory list served in geared pages (15, 30, 50, then 100), recording what was fetched. */
function gearedSession(total: number, { withTotalCount = true } = {}) {
  const items = Array.from({ length: total }, (_, i) => ({ id: String(i + 1) }));
  const fetched: string[] = [];
  const sizes = [15, 30, 50];
  const session = {
    accountId: '999',
    url: (path: string, query: Record<string, string | undefined> = {}) => {
      const url = new URL(`${ORIGIN}/999${path}`);
      for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
      return url.href;
    },
    page: async <T>(url: string): Promise<Page<T>> => {
      fetched.push(url);
      const number = Number(new URL(url).searchParams.get('page') ?? '1');
      const start = [0, 15, 45, 95].at(Math.min(number - 1, 3))! + Math.max(0, number - 4) * 100;
      const size = sizes[number - 1] ?? 100;
      const slice = items.slice(start, start + size);
      const page: Page<T> = { items: slice as T[], url };
      if (start + size < total) page.nextUrl = `${FIRST_PAGE}?page=${number + 1}`;
      if (withTotalCount) page.totalCount = total;
      return page;
    },
  } as unknown as BasecampSession;
  return { session, fetched };
}

describe('paginate', () => {
  it('walks geared pages with first/after and returns every item exactly once, in order', async () => {
    const { session } = gearedSession(260);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const connection: Awaited<ReturnType<typeof paginate<{ id: string }>>> = await paginate<{ id: string }>(session, '/todolists/3/todos.json', {}, { first: 20, after });
      seen.push(...connection.edges.map((edge) => edge.node.id));
      expect(connection.totalCount).toBe(260);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 260 }, (_, i) => String(i + 1)));
  });

  it('reads only as many upstream pages as the window needs', async () => {
    const { session, fetched } = gearedSession(200);
    const connection = await paginate(session, '/todolists/3/todos.json', {}, { first: 40 });
    expect(connection.edges).toHaveLength(40);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(fetched).toEqual([FIRST_PAGE, `${FIRST_PAGE}?page=2`]);
  });

  it('says there is no next page at the true end, even when it ends exactly on a page boundary', async () => {
    const { session } = gearedSession(15);
    const connection = await paginate(session, '/todolists/3/todos.json', {}, { first: 15 });
    expect(connection.pageInfo.hasNextPage).toBe(false);
  });

  it('counts the collection itself when the upstream sends no X-Total-Count and the walk reaches the end', async () => {
    expect((await paginate(gearedSession(40, { withTotalCount: false }).session, '/todolists/3/todos.json', {}, { first: 100 })).totalCount).toBe(40);
    expect((await paginate(gearedSession(40, { withTotalCount: false }).session, '/todolists/3/todos.json', {}, { first: 10 })).totalCount).toBeNull();
  });

  it('refuses backward paging and out-of-range page sizes with BAD_USER_INPUT', async () => {
    const { session, fetched } = gearedSession(10);
    for (const args of [{ last: 5 }, { before: 'x' }, { first: 101 }, { first: -1 }]) {
      await expect(paginate(session, '/todolists/3/todos.json', {}, args)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(fetched).toEqual([]);
  });
});

describe('cursors', () => {
  it('point just past their item on their own page', () => {
    expect(decodeCursor(encodeCursor({ page: `${FIRST_PAGE}?page=3`, index: 4 }), FIRST_PAGE)).toEqual({ page: `${FIRST_PAGE}?page=3`, index: 5 });
  });

  it('are refused when forged to point at another host, scheme or list, so no request is ever sent there', async () => {
    const { session, fetched } = gearedSession(10);
    const forged = [
      encodeCursor({ page: 'https://evil.test/999/todolists/3/todos.json?page=2', index: 0 }),
      encodeCursor({ page: FIRST_PAGE.replace('https:', 'http:'), index: 0 }),
      encodeCursor({ page: `${ORIGIN}/999/todolists/4/todos.json`, index: 0 }),
      encodeCursor({ page: `${ORIGIN}/111/todolists/3/todos.json`, index: 0 }),
      encodeCursor({ page: FIRST_PAGE, index: -3 }),
      'not-a-cursor',
    ];
    for (const after of forged) {
      await expect(paginate(session, '/todolists/3/todos.json', {}, { first: 5, after })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(fetched).toEqual([]);
  });
});

describe('paginate within the operation\'s calls left', () => {
  function limited(total: number, left: number) {
    const geared = gearedSession(total);
    let remaining = left;
    const page = geared.session.page.bind(geared.session);
    Object.assign(geared.session, {
      callsLeft: () => remaining,
      page: async (url: string) => {
        remaining--;
        return page(url);
      },
    });
    return geared;
  }

  it('fails a window that a count from its parent says cannot fit, before its first page', async () => {
    const { session, fetched } = limited(128, 3);
    await expect(paginate(session, '/todolists/3/todos.json', {}, { first: 100 }, { knownCount: 128 })).rejects.toMatchObject({ code: 'QUERY_TOO_EXPENSIVE' });
    expect(fetched).toEqual([]);
    // a short list fits: one page
    const short = limited(10, 1);
    await expect(paginate(short.session, '/todolists/3/todos.json', {}, { first: 100 }, { knownCount: 10 })).resolves.toMatchObject({ totalCount: 10 });
    expect(short.fetched).toHaveLength(1);
  });

  it('stops after the first page when X-Total-Count shows the rest cannot fit', async () => {
    const { session, fetched } = limited(128, 3);
    await expect(paginate(session, '/todolists/3/todos.json', {}, { first: 100 })).rejects.toMatchObject({ code: 'QUERY_TOO_EXPENSIVE' });
    expect(fetched).toEqual([FIRST_PAGE]);
    const fits = limited(128, 4);
    await expect(paginate(fits.session, '/todolists/3/todos.json', {}, { first: 100 })).resolves.toMatchObject({ totalCount: 128 });
    expect(fits.fetched).toHaveLength(4);
  });
});
