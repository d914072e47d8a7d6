import { describe, expect, it } from 'vitest';
import type { BasecampSession } from '../../src/client/index.ts';
import type { Page } from '../../src/client/types.ts';
import { paginate } from '../../src/resolvers/connection.ts';
import { createCursorCodec } from '../../src/cursor.ts';

const ORIGIN = 'https://3.basecampapi.test';
const FIRST_PAGE = `${ORIGIN}/999/todolists/3/todos.json`;

/** A session over an in-memory list served in geared pages (15, 30, 50, then 100), recording what was fetched. */
function gearedSession(total: number, { withTotalCount = true, refusedAfter = Number.POSITIVE_INFINITY } = {}) {
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
      if (start + size < total && number >= refusedAfter) page.refusedNextUrl = `https://elsewhere.test/999/todolists/3/todos.json?page=${number + 1}`;
      else if (start + size < total) page.nextUrl = `${FIRST_PAGE}?page=${number + 1}`;
      if (withTotalCount) page.totalCount = total;
      return page;
    },
  } as unknown as BasecampSession;
  return { session: { basecamp: session, cursors: createCursorCodec('a test secret of at least 32 characters') }, fetched };
}

describe('paginate', () => {
  it('walks geared pages with first/after and returns every item exactly once, in order', async () => {
    const { session } = gearedSession(260);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const connection: Awaited<ReturnType<typeof paginate<'ListTodos', { id: string }>>> = await paginate<'ListTodos', { id: string }>(session, 'ListTodos', { todolistId: '3' }, {}, { first: 20, after });
      seen.push(...connection.edges.map((edge) => edge.node.id));
      expect(connection.totalCount).toBe(260);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 260 }, (_, i) => String(i + 1)));
  });

  it('reads only as many upstream pages as the window needs', async () => {
    const { session, fetched } = gearedSession(200);
    const connection = await paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 40 });
    expect(connection.edges).toHaveLength(40);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(fetched).toEqual([FIRST_PAGE, `${FIRST_PAGE}?page=2`]);
  });

  it('says there is no next page at the true end, even when it ends exactly on a page boundary', async () => {
    const { session } = gearedSession(15);
    const connection = await paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 15 });
    expect(connection.pageInfo.hasNextPage).toBe(false);
  });

  it('counts the collection itself when the upstream sends no X-Total-Count and the walk reaches the end', async () => {
    expect((await paginate(gearedSession(40, { withTotalCount: false }).session, 'ListTodos', { todolistId: '3' }, {}, { first: 100 })).totalCount).toBe(40);
    expect((await paginate(gearedSession(40, { withTotalCount: false }).session, 'ListTodos', { todolistId: '3' }, {}, { first: 10 })).totalCount).toBeNull();
  });

  it('counts the last page too when the window ends exactly where the list does, or inside a last page it read', async () => {
    const count = async (total: number, first: number) => (await paginate(gearedSession(total, { withTotalCount: false }).session, 'ListTodos', { todolistId: '3' }, {}, { first })).totalCount;
    expect(await count(1, 1)).toBe(1); // one page, filled exactly
    expect(await count(45, 45)).toBe(45); // two pages, the window ending on the second's last item
    expect(await count(12, 5)).toBe(12); // one unpaginated page: its length is the list's
    expect(await count(40, 20)).toBe(40); // the window ends inside the second page, which is the last
    expect(await count(100, 20)).toBeNull(); // pages left unread: not known
  });

  it('fails with UPSTREAM_ERROR where the list goes on at a refused origin, rather than end it short', async () => {
    const { session } = gearedSession(100, { withTotalCount: false, refusedAfter: 1 });
    await expect(paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 20 })).rejects.toMatchObject({ code: 'UPSTREAM_ERROR', message: expect.stringContaining('https://elsewhere.test') });
    // A window the readable page holds is answered, and says the list goes on.
    const window = await paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 10 });
    expect(window.edges).toHaveLength(10);
    expect(window.pageInfo.hasNextPage).toBe(true);
    expect(window.totalCount).toBeNull();
  });

  it('refuses an empty `after` as the cursor it is not, rather than reading the first page', async () => {
    const { session, fetched } = gearedSession(10);
    await expect(paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 5, after: '' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(fetched).toEqual([]);
  });

  it('refuses out-of-range page sizes with BAD_USER_INPUT', async () => {
    const { session, fetched } = gearedSession(10);
    for (const args of [{ first: 101 }, { first: -1 }, { first: 2.5 }]) {
      await expect(paginate(session, 'ListTodos', { todolistId: '3' }, {}, args)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(fetched).toEqual([]);
  });
});

describe('cursors', () => {
  const codec = createCursorCodec('a test secret of at least 32 characters');
  const position = { page: `${FIRST_PAGE}?page=3`, index: 4 };

  it('open to the position they were sealed with, for their own list only', () => {
    const cursor = codec.seal(FIRST_PAGE, position);
    expect(codec.open(FIRST_PAGE, cursor)).toEqual(position);
    expect(codec.open(`${FIRST_PAGE}?completed=true`, cursor)).toBeUndefined();
    expect(codec.open(`${ORIGIN}/999/todolists/4/todos.json`, cursor)).toBeUndefined();
    expect(createCursorCodec('another secret of at least 32 characters').open(FIRST_PAGE, cursor)).toBeUndefined();
  });

  it('reveal nothing of the upstream and are the same for the same item', () => {
    const cursor = codec.seal(FIRST_PAGE, position);
    const decoded = Buffer.from(cursor, 'base64url').toString('latin1');
    for (const secret of ['basecampapi', '999', 'todolists', 'page', 'http']) expect(decoded).not.toContain(secret);
    expect(codec.seal(FIRST_PAGE, position)).toBe(cursor);
    expect(codec.seal(FIRST_PAGE, { ...position, index: 5 })).not.toBe(cursor);
  });

  it('do not open when any bit is flipped, when truncated or extended', () => {
    const cursor = codec.seal(FIRST_PAGE, position);
    const raw = Buffer.from(cursor, 'base64url');
    for (let bit = 0; bit < raw.length * 8; bit++) {
      const flipped = Buffer.from(raw);
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      expect(codec.open(FIRST_PAGE, flipped.toString('base64url'))).toBeUndefined();
    }
    expect(codec.open(FIRST_PAGE, raw.subarray(0, raw.length - 1).toString('base64url'))).toBeUndefined();
    expect(codec.open(FIRST_PAGE, Buffer.concat([raw, Buffer.from([0])]).toString('base64url'))).toBeUndefined();
    expect(codec.open(FIRST_PAGE, '')).toBeUndefined();
  });

  it('are refused when forged, the old base64-of-a-URL shape included, so no request is ever sent', async () => {
    const { session, fetched } = gearedSession(10);
    const old = (page: string, index: number) => Buffer.from(JSON.stringify([page, index])).toString('base64url');
    const forged = [
      old(`${FIRST_PAGE}?page=2`, 0),
      old(`${FIRST_PAGE}?completed=true&page=2&x=1`, 0),
      old('https://evil.test/999/todolists/3/todos.json?page=2', 0),
      createCursorCodec('another secret of at least 32 characters').seal(FIRST_PAGE, { page: FIRST_PAGE, index: 0 }),
      'not-a-cursor',
    ];
    for (const after of forged) {
      await expect(paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 5, after })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(fetched).toEqual([]);
  });
});

describe('paginate within the operation\'s calls left', () => {
  function limited(total: number, left: number) {
    const geared = gearedSession(total);
    let remaining = left;
    const page = geared.session.basecamp.page.bind(geared.session.basecamp);
    Object.assign(geared.session.basecamp, {
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
    await expect(paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 100 }, { knownCount: 128 })).rejects.toMatchObject({ code: 'QUERY_TOO_EXPENSIVE' });
    expect(fetched).toEqual([]);
    // a short list fits: one page
    const short = limited(10, 1);
    await expect(paginate(short.session, 'ListTodos', { todolistId: '3' }, {}, { first: 100 }, { knownCount: 10 })).resolves.toMatchObject({ totalCount: 10 });
    expect(short.fetched).toHaveLength(1);
  });

  it('stops after the first page when X-Total-Count shows the rest cannot fit', async () => {
    const { session, fetched } = limited(128, 3);
    await expect(paginate(session, 'ListTodos', { todolistId: '3' }, {}, { first: 100 })).rejects.toMatchObject({ code: 'QUERY_TOO_EXPENSIVE' });
    expect(fetched).toEqual([FIRST_PAGE]);
    const fits = limited(128, 4);
    await expect(paginate(fits.session, 'ListTodos', { todolistId: '3' }, {}, { first: 100 })).resolves.toMatchObject({ totalCount: 128 });
    expect(fits.fetched).toHaveLength(4);
  });
});
