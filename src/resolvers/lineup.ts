import { UpstreamError } from '../client/errors.ts';
import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { inputError, nonBlankText, requiredText } from './input.ts';
import { answerFrom } from './loaders.ts';

/** The account's Lineup markers: named dates everyone sees. */

export function listLineupMarkers(ctx: Context) {
  return call(ctx, 'ListLineupMarkers', {});
}

/** Basecamp has no GET for one marker: the (small, unpaginated) list answers every id at once. */
export function fetchLineupMarkers(ctx: Context, ids: readonly BasecampId[]) {
  return answerFrom(ids, () => listLineupMarkers(ctx), (id) => `No Lineup marker ${id}.`);
}

/**
 * `POST /lineup/markers.json` answers 201 with no body, so the new marker is found in the list
 * afterwards: the newest one with this name and date.
 */
export async function createLineupMarker(ctx: Context, input: { name: string; date: string }) {
  const name = requiredText(input.name, 'name').trim();
  await call(ctx, 'CreateLineupMarker', {}, { body: { name, date: input.date } });
  const found = (await listLineupMarkers(ctx))
    .filter((marker) => marker.name === name && marker.date === input.date)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  if (!found) throw new UpstreamError('UPSTREAM_ERROR', 'Basecamp accepted the marker but does not list it.');
  return found;
}

/** `PUT /lineup/markers/{id}.json` (200, no body): only the given fields are sent; read back from the list. */
export async function updateLineupMarker(ctx: Context, input: { id: string; name?: string | null; date?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['LineupMarker']);
  if (input.date === null) throw inputError('date', "can't be blank");
  const body = { name: nonBlankText(input.name, 'name'), date: input.date ?? undefined };
  if (body.name === undefined && body.date === undefined) throw inputError('input', 'must change the name or the date');
  await call(ctx, 'UpdateLineupMarker', { markerId: id }, { body });
  const [marker] = await fetchLineupMarkers(ctx, [id]);
  if (!marker || marker instanceof Error) throw marker ?? new UpstreamError('NOT_FOUND', `No Lineup marker ${id}.`);
  return marker;
}

