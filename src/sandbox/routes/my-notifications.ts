import type { RequestContext } from '../context.ts';
import { badRequest } from '../protocol/errors.ts';
import { booleanParam } from '../query.ts';
import type { Reply } from '../reply.ts';
import { get, put, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { readableSgid, renderNotification } from '../shapes/personal.ts';
import type { Recording } from '../state/index.ts';
import { personalOf, type Notification } from '../state/personal.ts';
import { fixedPage, pageParam, pageUrl, visibleRecording } from './personal-support.ts';

/** The Hey! menu (docs: my_notifications.md) and the spec's bubble-ups list. */
export const myNotifications: Section = {
  docs: 'my_notifications',
  routes: withoutLegacyForm([
    get('/my/readings.json', getNotifications),
    get('/my/readings/bubble_ups.json', getBubbleUps),
    put('/my/unreads.json', markAsRead),
  ]),
};

/** Reads page by 50; unreads are capped at 100 (docs: "Get notifications"). */
export const READS_PER_PAGE = 50;
const UNREADS_CAP = 100;
const BUBBLE_UPS_PER_PAGE = 50;

type Visible = [Notification, Recording];

/** My notifications whose recording I can still see, most recently updated first. */
function mine(ctx: RequestContext): Visible[] {
  return personalOf(ctx.state)
    .notifications.filter((notification) => notification.personId === ctx.me.id)
    .flatMap((notification): Visible[] => {
      const recording = visibleRecording(ctx, notification.recordingId);
      return recording ? [[notification, recording]] : [];
    })
    .sort(([a], [b]) => b.updatedAt - a.updatedAt || b.id.localeCompare(a.id));
}

function lastModified(ctx: RequestContext, items: Visible[]): number {
  return items.reduce((at, [notification, recording]) => Math.max(at, notification.updatedAt, recording.updatedAt), personalOf(ctx.state).updatedAt);
}

/** Current bubble-ups (time reached) first, then scheduled ones by their time. */
function bubbleUps(ctx: RequestContext, items: Visible[]): { current: Visible[]; scheduled: Visible[] } {
  const now = ctx.now();
  const current = items.filter(([n]) => n.bubbleUpAt !== null && n.bubbleUpAt <= now);
  const scheduled = items
    .filter(([n]) => n.bubbleUpAt !== null && n.bubbleUpAt > now)
    .sort(([a], [b]) => (a.bubbleUpAt ?? 0) - (b.bubbleUpAt ?? 0));
  return { current, scheduled };
}

/**
 * Unreads, a page of reads (`?page`), the items kept for later (`memories`, listed only there), and bubble-ups; with
 * `limit_bubble_ups=true` at most two current ones and no scheduled list (counts stay whole).
 */
function getNotifications(ctx: RequestContext): Reply {
  const items = mine(ctx);
  const render = ([notification, recording]: Visible) => renderNotification(ctx, notification, recording);
  const memories = items.filter(([n]) => n.section === 'remembered');
  const listed = items.filter(([n]) => n.section !== 'remembered');
  const unreads = listed.filter(([n]) => n.readAt === null).slice(0, UNREADS_CAP);
  const reads = listed.filter(([n]) => n.readAt !== null).sort(([a], [b]) => (b.readAt ?? 0) - (a.readAt ?? 0));
  const page = pageParam(ctx);
  const start = (page - 1) * READS_PER_PAGE;
  const { current, scheduled } = bubbleUps(ctx, items);
  const limited = booleanParam(ctx, 'limit_bubble_ups') === true;
  const headers: Record<string, string> = {};
  if (start + READS_PER_PAGE < reads.length) headers.Link = `<${pageUrl(ctx, page + 1)}>; rel="next"`;
  return {
    status: 200,
    headers,
    lastModified: lastModified(ctx, items),
    body: {
      unreads: unreads.map(render),
      reads: reads.slice(start, start + READS_PER_PAGE).map(render),
      memories: memories.map(render),
      bubble_ups: (limited ? current.slice(0, 2) : current).map(render),
      ...(limited ? {} : { scheduled_bubble_ups: scheduled.map(render) }),
      bubble_ups_count: current.length,
      scheduled_bubble_ups_count: scheduled.length,
    },
  };
}

function getBubbleUps(ctx: RequestContext): Reply {
  const items = mine(ctx);
  const { current, scheduled } = bubbleUps(ctx, items);
  return fixedPage(ctx, [...current, ...scheduled], BUBBLE_UPS_PER_PAGE, ([n, r]) => renderNotification(ctx, n, r), lastModified(ctx, items));
}

/** `{ readables: [sgid, …] }`: marks my notifications about those recordings read; 200, no body. */
function markAsRead(ctx: RequestContext): Reply {
  const readables = ctx.body.readables;
  if (!Array.isArray(readables) || readables.length === 0 || !readables.every((sgid) => typeof sgid === 'string')) {
    throw badRequest('readables must be a list of readable_sgid values');
  }
  const wanted = new Set(readables as string[]);
  const now = ctx.now();
  const personal = personalOf(ctx.state);
  for (const notification of personal.notifications) {
    if (notification.personId !== ctx.me.id || notification.readAt !== null || !wanted.has(readableSgid(notification.recordingId))) continue;
    notification.readAt = now;
    notification.unreadCount = 0;
    notification.updatedAt = Math.max(now, notification.updatedAt);
    personal.updatedAt = Math.max(now, personal.updatedAt);
  }
  return { status: 200 };
}
