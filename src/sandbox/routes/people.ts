import { findProject, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { notFound } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { ok, type Reply } from '../reply.ts';
import { get, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderPerson } from '../shapes/person.ts';
import type { Person } from '../state/records.ts';
import { peopleWrites } from './people-writes.ts';

/** People (docs: people.md). Account-wide, so there are no legacy bucket forms. */
export const people: Section = {
  docs: 'people',
  routes: withoutLegacyForm([
    get('/people.json', listPeople),
    get('/people/:personId.json', getPerson),
    get('/my/profile.json', getMyProfile),
    get('/projects/:projectId/people.json', listProjectPeople),
    get('/circles/people.json', listPingablePeople),
    ...peopleWrites,
  ]),
};

/**
 * The people `me` can see: everyone for account members; for a client, their own company and the
 * people on projects they share.
 */
export function visiblePeople(ctx: RequestContext): Person[] {
  const everyone = [...ctx.state.people.values()];
  if (!ctx.me.client) return everyone.sort(byName);
  const shared = new Set(visibleProjects(ctx.state, ctx.me).flatMap((project) => project.memberIds));
  return everyone
    .filter((person) => person.companyId === ctx.me.companyId || shared.has(person.id))
    .sort(byName);
}

function byName(a: Person, b: Person): number {
  return a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);
}

function listPeople(ctx: RequestContext): Reply {
  return paginate(ctx, visiblePeople(ctx), (person) => renderPerson(ctx, person), {
    containerUpdatedAt: ctx.state.account.updatedAt,
  });
}

function getPerson(ctx: RequestContext): Reply {
  const id = param(ctx, 'personId');
  const person = visiblePeople(ctx).find((candidate) => candidate.id === id);
  if (!person) throw notFound();
  return ok(renderPerson(ctx, person));
}

function getMyProfile(ctx: RequestContext): Reply {
  return ok(renderPerson(ctx, ctx.me));
}

function listProjectPeople(ctx: RequestContext): Reply {
  const project = findProject(ctx, param(ctx, 'projectId'));
  const members = project.memberIds
    .map((id) => ctx.state.people.get(id))
    .filter((person): person is Person => person !== undefined)
    .sort(byName);
  return paginate(ctx, members, (person) => renderPerson(ctx, person), { containerUpdatedAt: project.updatedAt });
}

/** Not paginated (docs: people.md, "Get pingable people"). */
function listPingablePeople(ctx: RequestContext): Reply {
  const pingable = visiblePeople(ctx).filter((person) => person.canPing);
  return ok(pingable.map((person) => renderPerson(ctx, person)));
}
