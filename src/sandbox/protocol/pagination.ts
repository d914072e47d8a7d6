import type { RequestContext } from '../context.ts';
import type { Reply } from '../reply.ts';

/** Geared pagination: 15, 30, 50, then 100 per page (docs README, "Pagination"). */
export const PAGE_GEARS = [15, 30, 50] as const;
export const PAGE_SIZE_AFTER_GEARS = 100;

/** The `[start, end)` slice of a 1-based page. */
export function pageBounds(page: number): { start: number; end: number } {
  const gears = PAGE_GEARS.slice(0, Math.min(page - 1, PAGE_GEARS.length)).reduce((sum, size) => sum + size, 0);
  const start = gears + Math.max(0, page - 1 - PAGE_GEARS.length) * PAGE_SIZE_AFTER_GEARS;
  return { start, end: start + pageSize(page) };
}

/** How many items page `page` (1-based) holds. */
export function pageSize(page: number): number {
  return PAGE_GEARS[page - 1] ?? PAGE_SIZE_AFTER_GEARS;
}

export interface PaginateOptions {
  /** `updated_at` of the collection's container, so removals move Last-Modified too. */
  containerUpdatedAt?: number;
}

/**
 * One page of `items` as a 200 reply with `X-Total-Count` and, unless it is the last page, an
 * absolute `Link: <…?page=N>; rel="next"` on the sandbox's own origin that keeps the other query
 * parameters. Pages past the end are empty. Only the page's items are rendered.
 */
export function paginate<T extends { updatedAt: number }>(
  ctx: RequestContext,
  items: readonly T[],
  render: (item: T) => unknown,
  options: PaginateOptions = {},
): Reply {
  const page = requestedPage(ctx.query);
  const { start, end } = pageBounds(page);
  const headers: Record<string, string> = { 'X-Total-Count': String(items.length) };
  if (end < items.length) headers.Link = `<${pageUrl(ctx, page + 1)}>; rel="next"`;
  let lastModified = options.containerUpdatedAt ?? 0;
  for (const item of items) lastModified = Math.max(lastModified, item.updatedAt);
  return { status: 200, body: items.slice(start, end).map(render), headers, lastModified };
}

function requestedPage(query: URLSearchParams): number {
  const page = Number.parseInt(query.get('page') ?? '1', 10);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function pageUrl(ctx: RequestContext, page: number): string {
  const query = new URLSearchParams(ctx.query);
  query.set('page', String(page));
  return `${ctx.urls.origin}${ctx.pathname}?${query.toString()}`;
}
