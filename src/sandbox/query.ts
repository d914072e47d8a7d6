import type { RequestContext } from './context.ts';
import type { Status } from './state/records.ts';

/** `?status=archived|trashed`; anything else means the default, active (docs: list endpoints). */
export function statusFilter(ctx: RequestContext): Status {
  const status = ctx.query.get('status');
  return status === 'archived' || status === 'trashed' ? status : 'active';
}

/** A boolean query flag: `true`/`1` and `false`/`0`; undefined when absent or unrecognised. */
export function booleanParam(ctx: RequestContext, name: string): boolean | undefined {
  const value = ctx.query.get(name);
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}
