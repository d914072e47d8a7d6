import { forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderOutOfOffice } from '../shapes/personal.ts';
import type { Person } from '../state/records.ts';
import { personalOf } from '../state/personal.ts';
import { isCalendarDate } from '../validation.ts';
import { visiblePeople } from './people.ts';

/** Out of office (docs: out_of_office.md). Account-wide, so no legacy bucket forms. */
export const outOfOffice: Section = {
  docs: 'out_of_office',
  routes: withoutLegacyForm([
    get('/people/:personId/out_of_office.json', getOutOfOffice),
    post('/people/:personId/out_of_office.json', enableOutOfOffice),
    del('/people/:personId/out_of_office.json', disableOutOfOffice),
  ]),
};

function findPerson(ctx: RequestContext): Person {
  const id = param(ctx, 'personId');
  const person = visiblePeople(ctx).find((candidate) => candidate.id === id);
  if (!person) throw notFound();
  return person;
}

/** People manage their own; admins and owners may manage anyone's (docs: "Pro Pack" admins). */
function findManageablePerson(ctx: RequestContext): Person {
  const person = findPerson(ctx);
  if (person.id !== ctx.me.id && !ctx.me.admin && !ctx.me.owner) throw forbidden();
  return person;
}

function getOutOfOffice(ctx: RequestContext): Reply {
  const person = findPerson(ctx);
  const ooo = personalOf(ctx.state).outOfOffice.get(person.id);
  return ok(renderOutOfOffice(ctx, person, ctx.now()), Math.max(person.updatedAt, ooo?.updatedAt ?? 0));
}

/** Enables or replaces the person's out of office; answers with it (200). */
function enableOutOfOffice(ctx: RequestContext): Reply {
  const person = findManageablePerson(ctx);
  const payload = ctx.body.out_of_office;
  const { start_date: start, end_date: end } = (payload !== null && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  if (typeof start !== 'string' || start === '') throw unprocessable("Start date can't be blank");
  if (typeof end !== 'string' || end === '') throw unprocessable("End date can't be blank");
  if (!isCalendarDate(start)) throw unprocessable('Start date is not a valid date');
  if (!isCalendarDate(end)) throw unprocessable('End date is not a valid date');
  if (end < start) throw unprocessable('End date must be on or after the start date');
  const now = ctx.now();
  personalOf(ctx.state).outOfOffice.set(person.id, { startDate: start, endDate: end, updatedAt: now });
  bumpPerson(ctx, person, now);
  return ok(renderOutOfOffice(ctx, person, now));
}

/** Idempotent: turning off an absent out of office is also a 204. */
function disableOutOfOffice(ctx: RequestContext): Reply {
  const person = findManageablePerson(ctx);
  const now = ctx.now();
  if (personalOf(ctx.state).outOfOffice.delete(person.id)) bumpPerson(ctx, person, now);
  return noContent();
}

/** The person JSON shows out of office, so the person and the people lists change with it. */
function bumpPerson(ctx: RequestContext, person: Person, now: number): void {
  person.updatedAt = Math.max(now, person.updatedAt);
  ctx.state.account.updatedAt = Math.max(now, ctx.state.account.updatedAt);
}
