import { GraphQLError } from 'graphql';
import { UpstreamError } from '../client/errors.ts';
import type { BasecampSession, Query } from '../client/index.ts';
import { operation, operationPath, pageSizeOf, type OperationId, type OperationParams, type OperationResponse, type PaginatedOperationId } from '../client/operations.ts';
import type { Page } from '../client/types.ts';
import type { Context } from '../context.ts';
import type { Position } from '../cursor.ts';

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

/** Geared pagination: 15, 30, 50, then 100 per page (docs README "Pagination"). */
const PAGE_GEARS = [15, 30, 50];
const PAGE_SIZE_AFTER_GEARS = 100;

/**
 * How many pages a window of `first` items from the start needs; one more when it starts after a
 * cursor (mid-page). No page holds more than `maxPageSize` (an operation's own, `pagesOf`); an
 * unpaginated operation (`Infinity`) answers in one call.
 */
export function pagesFor(first: number, afterCursor = false, maxPageSize = PAGE_SIZE_AFTER_GEARS): number {
  if (maxPageSize === Number.POSITIVE_INFINITY) return 1; // one unpaginated answer, cursor or not
  let pages = 0;
  let seen = 0;
  do {
    seen += Math.min(PAGE_GEARS[pages] ?? PAGE_SIZE_AFTER_GEARS, maxPageSize);
    pages++;
  } while (seen < first);
  return pages + (afterCursor ? 1 : 0);
}

/** How many items the first `pages` pages hold at most, at the geared sizes capped by `maxPageSize`. */
export function itemsOnPages(pages: number, maxPageSize = PAGE_SIZE_AFTER_GEARS): number {
  let items = 0;
  for (let page = 0; page < pages; page++) items += Math.min(PAGE_GEARS[page] ?? PAGE_SIZE_AFTER_GEARS, maxPageSize);
  return items;
}

/** `itemsOnPages` at the page size the operation table gives the operation. */
export function itemsOnPagesOf(operationId: PaginatedOperationId, pages: number): number {
  return itemsOnPages(pages, pageSizeOf(operationId));
}

/** `pagesFor` at the page size the operation table gives the operation. */
export function pagesOf(operationId: PaginatedOperationId, first: number, afterCursor = false): number {
  return pagesFor(first, afterCursor, pageSizeOf(operationId));
}

export interface PaginateOptions {
  /**
   * At most how many items the collection holds, when its parent says (`todolists_count`, a
   * `completed_ratio`): the pages the window needs are then known before its first call.
   */
  knownCount?: number;
}

/** A recording list's `sort`/`direction` arguments (`sortArgs` in the schema). */
export interface ListOrder {
  sort?: 'created_at' | 'updated_at' | null;
  direction?: 'asc' | 'desc' | null;
}

/** `sort`/`direction` as query parameters, leaving out Basecamp's defaults (created_at, desc). */
export function orderQuery(args: ListOrder): Record<string, string | undefined> {
  return {
    sort: args.sort && args.sort !== 'created_at' ? args.sort : undefined,
    direction: args.direction && args.direction !== 'desc' ? args.direction : undefined,
  };
}

/** The items of a list operation's answer (`Wire.Todo` for `Wire.Todo[]`). */
export type ItemOf<Id extends OperationId> = OperationResponse<Id> extends readonly (infer Item)[] ? Item : unknown;

/**
 * Reads a Relay window out of an upstream collection by following its `Link: rel="next"` pages
 * (geared pagination makes page sizes uneven, so offsets cannot be computed; docs README
 * "Pagination"). A cursor names the upstream page and index of its item, sealed to this list and
 * its filters (./cursor.ts), so paging on re-reads that page, which the freshness cache normally
 * turns into a `304`. Every page is fetched as `operationId`, the first one's operation, which the
 * spec must mark paginated (the types refuse any other).
 */
export function paginate<Id extends PaginatedOperationId, T = ItemOf<Id>>(
  ctx: Pick<Context, 'basecamp' | 'cursors'>,
  operationId: Id,
  params: OperationParams<Id>,
  query: Query,
  args: ConnectionArgs,
  options: PaginateOptions = {},
): Promise<Connection<T>> {
  return readWindow(ctx, operationId, pageSizeOf(operationId), params, query, args, options);
}

/**
 * The resolver of a connection that is one paginated operation (`paged(…, { params })`): path
 * parameters from the parent, query parameters from the field's arguments, pages followed by `Link`.
 */
export function listOf<Id extends PaginatedOperationId, Parent, Args extends ConnectionArgs>(
  operationId: Id,
  params: ((parent: Parent) => OperationParams<Id>) | undefined,
  query: ((args: Args, ctx: Context) => Query) | undefined,
): (parent: Parent, args: Args, ctx: Context) => Promise<Connection<ItemOf<Id>>> {
  return (parent, args, ctx) => paginate(ctx, operationId, params?.(parent) ?? ({} as OperationParams<Id>), query?.(args, ctx) ?? {}, args);
}

/**
 * A Relay window, cursors and all, over an operation the spec answers with one unpaginated array
 * (`GetEverythingOverdueCards`): one call whatever the window.
 */
export function windowOfWhole<Id extends Exclude<OperationId, PaginatedOperationId>, T = ItemOf<Id>>(
  ctx: Pick<Context, 'basecamp' | 'cursors'>,
  operationId: Id,
  params: OperationParams<Id>,
  query: Query,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  return readWindow(ctx, operationId, Number.POSITIVE_INFINITY, params, query, args, {});
}

async function readWindow<Id extends OperationId, T>(
  ctx: Pick<Context, 'basecamp' | 'cursors'>,
  operationId: Id,
  maxPageSize: number,
  params: OperationParams<Id>,
  query: Query,
  args: ConnectionArgs,
  options: PaginateOptions,
): Promise<Connection<T>> {
  const { basecamp, cursors } = ctx;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  // The list's identity: account, path and every filter. A cursor opens only for the same one.
  const firstPageUrl = basecamp.url(operationPath(operation(operationId), params), query);
  // An empty `after` is a cursor like any other, and opens nothing: not a request for the first page.
  const start: Position = args.after != null ? after(cursors.open(firstPageUrl, args.after)) : { page: firstPageUrl, index: 0 };

  // Known counts sharpen the operation's cap on calls: a window that cannot be read within the
  // calls left fails whole, before its first page (a count from the parent) or its second
  // (X-Total-Count), instead of half-way through.
  if (!args.after && options.knownCount !== undefined) fitsCallsLeft(basecamp, pagesFor(Math.min(first, options.knownCount), false, maxPageSize));
  const edges: Connection<T>['edges'] = [];
  let page = await basecamp.page<T>(start.page, undefined, operationId);
  const totalCount = page.totalCount;
  if (!args.after && totalCount !== undefined) fitsCallsLeft(basecamp, pagesFor(Math.min(first, totalCount), false, maxPageSize) - 1);
  let index = start.index;
  // Items of the pages walked past, counted only when the walk began at the first page: once the
  // last page is read, with or without the window reaching its end, the list's exact size is known.
  let seen = start.page === firstPageUrl ? 0 : undefined;
  let hasNextPage: boolean;
  for (;;) {
    for (; index < page.items.length && edges.length < first; index++) {
      edges.push({ cursor: cursors.seal(firstPageUrl, { page: page.url, index }), node: page.items[index] as T });
    }
    if (edges.length >= first) {
      hasNextPage = index < page.items.length || page.nextUrl !== undefined || page.refusedNextUrl !== undefined;
      break;
    }
    if (page.nextUrl === undefined) {
      if (page.refusedNextUrl !== undefined) throw refusedNext(page.refusedNextUrl);
      hasNextPage = false;
      break;
    }
    if (seen !== undefined) seen += page.items.length;
    page = await basecamp.page<T>(page.nextUrl, undefined, operationId);
    index = 0;
  }
  const size = seen !== undefined && page.nextUrl === undefined && page.refusedNextUrl === undefined ? seen + page.items.length : undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: totalCount ?? size ?? null,
  };
}

/**
 * Every page of a list operation in order, each fetched as that operation, for the walks that
 * look for one item rather than read a window. Leaving the loop stops the fetching.
 */
export async function* pages<Id extends PaginatedOperationId, T = ItemOf<Id>>(
  ctx: Pick<Context, 'basecamp'>,
  operationId: Id,
  params: OperationParams<Id>,
  query: Query = {},
): AsyncGenerator<Page<T>> {
  let url: string | undefined = ctx.basecamp.url(operationPath(operation(operationId), params), query);
  while (url !== undefined) {
    const page: Page<T> = await ctx.basecamp.page<T>(url, undefined, operationId);
    yield page;
    if (page.refusedNextUrl !== undefined) throw refusedNext(page.refusedNextUrl);
    url = page.nextUrl;
  }
}

/** Resumes just past the cursor's item on its page. */
function after(position: Position | undefined): Position {
  if (!position) throw badInput('`after` is not a cursor of this list: cursors belong to the list and filters that gave them.');
  return { page: position.page, index: position.index + 1 };
}

/** The list goes on at a URL the gateway will not send the token to: an error, not a short list. */
function refusedNext(url: string): UpstreamError {
  return new UpstreamError('UPSTREAM_ERROR', `Basecamp's next page is at ${new URL(url).origin}, not the upstream's own origin; the gateway does not send your token there, so the rest of this list cannot be read.`, { retryable: false });
}

function fitsCallsLeft(basecamp: BasecampSession, pages: number): void {
  const left = basecamp.callsLeft?.();
  if (left !== undefined && pages > left) {
    throw new UpstreamError('QUERY_TOO_EXPENSIVE', `Reading this window needs ${pages} more upstream calls; the operation has ${left} left (GRAPHQL_MAX_CALLS).`, { retryable: false });
  }
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
