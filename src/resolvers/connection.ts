import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { Position } from './cursor.ts';

/** The Relay arguments every connection field takes: forward only, as Basecamp pages. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/**
 * Reads a Relay window out of an upstream collection by following its `Link: rel="next"` pages
 * (geared pagination makes page sizes uneven, so offsets cannot be computed; docs README
 * "Pagination"). A cursor names the upstream page and index of its item, sealed to this list and
 * its filters (./cursor.ts), so paging on re-reads that page, which the freshness cache normally
 * turns into a `304`.
 */
export async function paginate<T>(
  ctx: Pick<Context, 'basecamp' | 'cursors'>,
  path: string,
  query: Record<string, string | undefined>,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const { basecamp, cursors } = ctx;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  // The list's identity: account, path and every filter. A cursor opens only for the same one.
  const firstPageUrl = basecamp.url(path, query);
  const start: Position = args.after ? after(cursors.open(firstPageUrl, args.after)) : { page: firstPageUrl, index: 0 };

  const edges: Connection<T>['edges'] = [];
  let page = await basecamp.page<T>(start.page);
  const totalCount = page.totalCount;
  let index = start.index;
  // Counted only while the walk began at the first page, so reaching the end gives the exact size.
  let seen = args.after ? undefined : 0;
  let hasNextPage: boolean;
  for (;;) {
    for (; index < page.items.length && edges.length < first; index++) {
      edges.push({ cursor: cursors.seal(firstPageUrl, { page: page.url, index }), node: page.items[index] as T });
    }
    if (edges.length >= first) {
      hasNextPage = index < page.items.length || page.nextUrl !== undefined;
      break;
    }
    if (seen !== undefined) seen += page.items.length;
    if (page.nextUrl === undefined) {
      hasNextPage = false;
      break;
    }
    page = await basecamp.page<T>(page.nextUrl);
    index = 0;
  }
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: totalCount ?? (!hasNextPage && seen !== undefined ? seen : null),
  };
}

/** Resumes just past the cursor's item on its page. */
function after(position: Position | undefined): Position {
  if (!position) throw badInput('`after` is not a cursor of this list: cursors belong to the list and filters that gave them.');
  return { page: position.page, index: position.index + 1 };
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
