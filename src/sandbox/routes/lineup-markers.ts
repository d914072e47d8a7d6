import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { forbidden, notFound } from '../protocol/errors.ts';
import { noContent, ok, type Reply } from '../reply.ts';
import { resource, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderMarker } from '../shapes/personal.ts';
import { personalOf, type LineupMarker } from '../state/personal.ts';
import { isCalendarDate } from '../validation.ts';
import { FieldErrors } from './personal-support.ts';

/** Account-wide Lineup markers (docs: lineup_markers.md). Writes answer without a body. */
export const lineupMarkers: Section = {
  docs: 'lineup_markers',
  routes: withoutLegacyForm(
    resource('/lineup/markers.json', '/lineup/markers/:markerId.json', { list: listMarkers, create: createMarker, update: updateMarker, destroy: destroyMarker }),
  ),
};

/** Not paginated; in date order. Deletions move Last-Modified through the personal state. */
function listMarkers(ctx: RequestContext): Reply {
  const personal = personalOf(ctx.state);
  const markers = [...personal.lineupMarkers.values()].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
  const lastModified = markers.reduce((newest, marker) => Math.max(newest, marker.updatedAt), personal.updatedAt);
  return ok(markers.map(renderMarker), lastModified);
}

function createMarker(ctx: RequestContext): Reply {
  if (ctx.me.client) throw forbidden();
  const { name, date } = markerFields(ctx, true);
  const personal = personalOf(ctx.state);
  const now = ctx.now();
  const id = personal.ids.marker.next();
  personal.lineupMarkers.set(id, { id, name: name ?? '', date: date ?? '', createdAt: now, updatedAt: now });
  personal.updatedAt = Math.max(now, personal.updatedAt);
  return { status: 201 };
}

function updateMarker(ctx: RequestContext): Reply {
  if (ctx.me.client) throw forbidden();
  const marker = findMarker(ctx);
  const { name, date } = markerFields(ctx, false);
  if (name !== undefined) marker.name = name;
  if (date !== undefined) marker.date = date;
  marker.updatedAt = Math.max(ctx.now(), marker.updatedAt);
  return { status: 200 };
}

function destroyMarker(ctx: RequestContext): Reply {
  if (ctx.me.client) throw forbidden();
  const marker = findMarker(ctx);
  const personal = personalOf(ctx.state);
  personal.lineupMarkers.delete(marker.id);
  personal.updatedAt = Math.max(ctx.now(), personal.updatedAt);
  return noContent();
}

function findMarker(ctx: RequestContext): LineupMarker {
  const marker = personalOf(ctx.state).lineupMarkers.get(param(ctx, 'markerId'));
  if (!marker) throw notFound();
  return marker;
}

/** `name` and `date`, required on create; a 422 keyed by field (spec: BareFieldValidationError). */
function markerFields(ctx: RequestContext, required: boolean): { name?: string; date?: string } {
  const errors: Record<string, string[]> = {};
  const { name, date } = ctx.body;
  if ((required || name !== undefined) && (typeof name !== 'string' || name.trim() === '')) errors.name = ["can't be blank"];
  if (required && (date === undefined || date === null || date === '')) errors.date = ["can't be blank"];
  else if (date !== undefined && (typeof date !== 'string' || !isCalendarDate(date))) errors.date = ['is not a valid date'];
  if (Object.keys(errors).length > 0) throw new FieldErrors(errors, true);
  return {
    ...(typeof name === 'string' ? { name: name.trim() } : {}),
    ...(typeof date === 'string' ? { date } : {}),
  };
}
