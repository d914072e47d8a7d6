import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { HttpError, notFound } from '../protocol/errors.ts';
import type { Reply } from '../reply.ts';
import type { Recording } from '../state/index.ts';

/**
 * Helpers shared by the account and "my" sections: field-keyed 422 bodies, fixed-size pages and
 * recording lookups of any type.
 */

/**
 * A 422 whose body is keyed by field, as the spec's FieldKeyedErrors (`{"errors": {…}}`) or, with
 * `bare`, FieldErrorMap (`{"name": ["can't be blank"]}`) describe it.
 */
export class FieldErrors extends HttpError {
  constructor(
    readonly fields: Record<string, string[]>,
    readonly bare = false,
  ) {
    super(422, Object.entries(fields).map(([field, messages]) => `${field} ${messages.join(', ')}`).join('; '));
  }

  override toReply(): Reply {
    return { status: 422, body: this.bare ? this.fields : { errors: this.fields } };
  }
}

/** A recording of any type the caller can see (404 otherwise, as `findRecording`). */
export function findAnyRecording(ctx: RequestContext, id: string): Recording {
  const type = ctx.state.recordings.get(id)?.type;
  if (type === undefined) throw notFound();
  return findRecording(ctx, id, [type]);
}

/** Like `findAnyRecording`, but undefined instead of a 404, for filtering lists. */
export function visibleRecording(ctx: RequestContext, id: string): Recording | undefined {
  try {
    return findAnyRecording({ ...ctx, params: {} }, id);
  } catch (error) {
    if (error instanceof HttpError) return undefined;
    throw error;
  }
}

/** `?page=N` (1-based; anything else is page 1). */
export function pageParam(ctx: RequestContext): number {
  const page = Number.parseInt(ctx.query.get('page') ?? '1', 10);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The URL of page `page` of this very request, other query parameters kept. */
export function pageUrl(ctx: RequestContext, page: number): string {
  const query = new URLSearchParams(ctx.query);
  query.set('page', String(page));
  return `${ctx.urls.origin}${ctx.pathname}?${query.toString()}`;
}

/**
 * A fixed-size page (the Hey! menu pages by 50, not by the geared sizes): `X-Total-Count`, and a
 * `Link: rel="next"` unless it is the last page.
 */
export function fixedPage<T>(ctx: RequestContext, items: readonly T[], size: number, render: (item: T) => unknown, lastModified: number): Reply {
  const page = pageParam(ctx);
  const start = (page - 1) * size;
  const headers: Record<string, string> = { 'X-Total-Count': String(items.length) };
  if (start + size < items.length) headers.Link = `<${pageUrl(ctx, page + 1)}>; rel="next"`;
  return { status: 200, body: items.slice(start, start + size).map(render), headers, lastModified };
}

/** A calendar day in a time zone, `YYYY-MM-DD`. */
export function localDate(ms: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
