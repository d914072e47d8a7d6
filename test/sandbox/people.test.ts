import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
// a fixed Wednesday, so due scopes and "ongoing" are stable
let now = Date.parse('2026-02-11T18:00:00.000Z');
beforeEach(async () => {
  now = Date.parse('2026-02-11T18:00:00.000Z');
  harness = await startSandbox({ now: () => now });
});
afterEach(() => harness.close());

type Json = Record<string, any>;
// writes always declare JSON (the sandbox answers 415 otherwise), as the real client does
const call = (method: string, path: string, body?: unknown, as = 'owner') =>
  harness.call(path, { method, as, ...(body === undefined && method === 'DELETE' ? {} : { body: body ?? {} }) });
const read = async (path: string, as = 'owner') => json<any>(await harness.call(path, { as }));

describe('account', () => {
  it('renames the account for the owner only, 400 on a blank name, and the next read shows it', async () => {
    expect((await call('PUT', '/account/name.json', { name: 'Larkspur' }, 'admin')).status).toBe(403);
    expect((await call('PUT', '/account/name.json', { name: '  ' })).status).toBe(400);
    const before = await harness.call('/account.json');
    now += 60_000;
    const renamed = await call('PUT', '/account/name.json', { name: 'Larkspur & Finch Studio' });
    expect(renamed.status).toBe(200);
    expect((await json<Json>(renamed)).name).toBe('Larkspur & Finch Studio');
    const after = await harness.call('/account.json', { headers: { 'If-None-Match': before.headers.get('etag') ?? '' } });
    expect(after.status).toBe(200);
    expect((await json<Json>(after)).name).toBe('Larkspur & Finch Studio');
  });

  it('removes the logo for admins, and the logo key disappears', async () => {
    expect((await read('/account.json')).logo).toBeDefined();
    expect((await call('DELETE', '/account/logo.json', undefined, 'member')).status).toBe(403);
    expect((await call('DELETE', '/account/logo.json', undefined, 'admin')).status).toBe(204);
    expect('logo' in (await read('/account.json'))).toBe(false);
    expect((await call('PUT', '/account/logo.json', { logo: 'mark.png' })).status).toBe(422);
    const form = new FormData();
    form.append('logo', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'mark.png');
    const upload = (as: string) => fetch(`${harness.api}/account/logo.json`, {
      method: 'PUT',
      body: form,
      headers: { Authorization: `Bearer ${harness.sandbox.tokens[as]}`, 'User-Agent': 'Sandbox tests (sandbox-tests@example.com)' },
    });
    expect((await upload('member')).status).toBe(403);
    expect((await upload('admin')).status).toBe(204);
    expect((await read('/account.json')).logo).toMatchObject({ url: expect.stringContaining('/account/logo') });
  });
});

describe('my profile and preferences', () => {
  it('updates my profile with a 204 and refuses a taken email address', async () => {
    const taken = await call('PUT', '/my/profile.json', { email_address: 'maren@larkspurfinch.example' }, 'member');
    expect(taken.status).toBe(422);
    expect((await json<Json>(taken)).error).toBe('Email address has already been taken');
    expect((await call('PUT', '/my/profile.json', { name: '' }, 'member')).status).toBe(422);
    const updated = await call('PUT', '/my/profile.json', { title: 'Senior Designer', location: 'Tacoma, WA' }, 'member');
    expect(updated.status).toBe(204);
    expect(await read('/my/profile.json', 'member')).toMatchObject({ title: 'Senior Designer', location: 'Tacoma, WA', name: 'Jonah Whitfield' });
  });

  it('changes preferences inside `person`, keeps the others, and answers field-keyed 422s', async () => {
    const bad = await call('PUT', '/my/preferences.json', { person: { time_format: 'sundial', first_week_day: 'Funday' } }, 'member');
    expect(bad.status).toBe(422);
    expect(await json(bad)).toEqual({ errors: { time_format: ['is not included in the list'], first_week_day: ['is not included in the list'] } });
    const ok = await call('PUT', '/my/preferences.json', { person: { time_zone_name: 'London', time_format: 'twenty_four_hour' } }, 'member');
    expect(ok.status).toBe(200);
    expect(await json(ok)).toMatchObject({ time_zone_name: 'Europe/London', first_week_day: 'Monday', time_format: 'twenty_four_hour' });
    expect((await read(`/people/${SEED.people.member}.json`)).time_zone).toBe('Europe/London');
  });
});

describe('project access and status', () => {
  it('grants, revokes and creates people, and the project people list follows', async () => {
    const path = `/projects/${SEED.projects.warehouse}/people/users.json`;
    expect((await call('PUT', path, {})).status).toBe(422);
    expect((await call('PUT', path, { grant: [SEED.people.client] }, 'member')).status).toBe(403);
    const response = await call('PUT', path, {
      grant: [SEED.people.photographer],
      revoke: [SEED.people.developer],
      create: [{ name: 'Ines Duarte', email_address: 'ines@movers.example', title: 'Crew lead', company_name: 'Quayside Movers' }],
    });
    expect(response.status).toBe(200);
    const body = await json<Json>(response);
    expect(body.granted.map((p: Json) => p.name)).toEqual(['Hana Kobayashi', 'Ines Duarte']);
    expect(body.granted[1]).toMatchObject({ title: 'Crew lead', employee: false, company: { name: 'Quayside Movers' } });
    expect(body.revoked.map((p: Json) => p.id)).toEqual([SEED.people.developer]);
    const members = (await read(`/projects/${SEED.projects.warehouse}/people.json`)).map((p: Json) => p.name);
    expect(members).toContain('Ines Duarte');
    expect(members).toContain('Hana Kobayashi');
    expect(members).not.toContain('Daniel Mbeki');
  });

  it('archives and restores a project, also out of the trash', async () => {
    const id = SEED.projects.catalog;
    expect((await call('PUT', `/projects/${id}/status/archived.json`, undefined, 'member')).status).toBe(403);
    expect((await call('PUT', `/projects/${id}/status/archived.json`)).status).toBe(204);
    expect((await read(`/projects/${id}.json`)).status).toBe('archived');
    expect((await read('/projects.json?status=archived')).map((p: Json) => p.id)).toContain(id);
    expect((await call('PUT', `/projects/${SEED.projects.trashed}/status/active.json`)).status).toBe(204);
    expect((await read(`/projects/${SEED.projects.trashed}.json`)).status).toBe('active');
    expect((await call('PUT', `/projects/${id}/status/active.json`)).status).toBe(204);
    expect((await read(`/projects/${id}.json`)).status).toBe('active');
  });
});

describe('out of office', () => {
  it('enables, shows on the person, and disables idempotently; others need to be admins', async () => {
    const path = `/people/${SEED.people.member}/out_of_office.json`;
    expect(await read(path)).toMatchObject({ enabled: false, start_date: null, end_date: null });
    expect((await call('POST', path, { out_of_office: { start_date: '2026-02-10', end_date: '2026-02-13' } }, 'copywriter-not-a-token')).status).toBe(401);
    expect((await call('POST', `/people/${SEED.people.owner}/out_of_office.json`, { out_of_office: { start_date: '2026-02-10', end_date: '2026-02-13' } }, 'member')).status).toBe(403);
    const backwards = await call('POST', path, { out_of_office: { start_date: '2026-02-13', end_date: '2026-02-10' } }, 'member');
    expect(backwards.status).toBe(422);
    const enabled = await call('POST', path, { out_of_office: { start_date: '2026-02-10', end_date: '2026-02-13' } }, 'member');
    expect(enabled.status).toBe(200);
    expect(await json(enabled)).toMatchObject({ enabled: true, ongoing: true, start_date: '2026-02-10', end_date: '2026-02-13', back_on_date: '2026-02-16' });
    expect((await read(`/people/${SEED.people.member}.json`)).out_of_office).toEqual({ start_date: '2026-02-10', end_date: '2026-02-13' });
    expect((await call('DELETE', path, undefined, 'admin')).status).toBe(204);
    expect((await call('DELETE', path, undefined, 'member')).status).toBe(204);
    expect((await read(`/people/${SEED.people.member}.json`)).out_of_office).toBeUndefined();
  });
});

describe('lineup markers', () => {
  it('creates with an empty 201, updates, destroys, and answers bare field errors', async () => {
    const bad = await call('POST', '/lineup/markers.json', { name: '', date: '2026-13-01' });
    expect(bad.status).toBe(422);
    expect(await json(bad)).toEqual({ name: ["can't be blank"], date: ['is not a valid date'] });
    const created = await call('POST', '/lineup/markers.json', { name: 'Photo shoot wraps', date: '2026-02-20' });
    expect(created.status).toBe(201);
    expect(await created.text()).toBe('');
    const marker = (await read('/lineup/markers.json')).find((m: Json) => m.name === 'Photo shoot wraps');
    expect(marker).toMatchObject({ date: '2026-02-20' });
    expect((await call('PUT', `/lineup/markers/${marker.id}.json`, { date: '2026-02-21' })).status).toBe(200);
    expect((await read('/lineup/markers.json')).find((m: Json) => m.id === marker.id)).toMatchObject({ name: 'Photo shoot wraps', date: '2026-02-21' });
    expect((await call('DELETE', `/lineup/markers/${marker.id}.json`)).status).toBe(204);
    expect((await call('DELETE', `/lineup/markers/${marker.id}.json`)).status).toBe(404);
    expect((await read('/lineup/markers.json')).map((m: Json) => m.id)).toEqual(SEED.personal.markers);
  });
});

describe('my assignments and Up Next', () => {
  it('splits priorities from the rest, in Up Next order, and reorders and removes them', async () => {
    const first = await read('/my/assignments.json', 'member');
    expect(first.priorities.map((a: Json) => a.id)).toEqual(SEED.personal.memberUpNext);
    expect(first.priorities[0]).toMatchObject({ type: 'todo', priority_recording_id: SEED.personal.memberUpNext[0], children: [] });
    expect(first.non_priorities.every((a: Json) => !('priority_recording_id' in a))).toBe(true);
    const [a, b, c] = SEED.personal.memberUpNext;
    expect((await call('POST', '/my/priority_moves.json', { source_id: c, position: 1 }, 'member')).status).toBe(204);
    expect((await read('/my/assignments.json', 'member')).priorities.map((x: Json) => x.id)).toEqual([c, a, b]);
    expect((await call('POST', '/my/priority_moves.json', { source_id: c, position: 9 }, 'member')).status).toBe(422);
    expect((await call('POST', '/my/priority_moves.json', { source_id: c }, 'member')).status).toBe(400);
    expect((await call('DELETE', `/my/priorities/${a}.json`, undefined, 'member')).status).toBe(204);
    expect((await call('DELETE', `/my/priorities/${a}.json`, undefined, 'member')).status).toBe(204);
    const next = first.non_priorities[0].id;
    expect((await call('POST', '/my/priorities.json', { id: next }, 'member')).status).toBe(204);
    expect((await read('/my/assignments.json', 'member')).priorities.map((x: Json) => x.id)).toEqual([c, b, next]);
    // somebody else's to-do cannot be prioritized
    expect((await call('POST', '/my/priorities.json', { id: SEED.todos.inHugeProject }, 'admin')).status).toBe(404);
  });

  it('filters due assignments by scope in my week, and rejects unknown scopes with the valid list', async () => {
    const all = [...(await read('/my/assignments.json', 'member')).priorities, ...(await read('/my/assignments.json', 'member')).non_priorities];
    const overdue = await read('/my/assignments/due.json', 'member');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((a: Json) => a.due_on < '2026-02-11')).toBe(true);
    expect(overdue.length).toBe(all.filter((a: Json) => a.due_on && a.due_on < '2026-02-11').length);
    const today = await read('/my/assignments/due.json?scope=due_today', 'member');
    expect(today.every((a: Json) => a.due_on === '2026-02-11')).toBe(true);
    // the member's week starts on Monday: Feb 9–15, so "later this week" is Feb 13–15
    const later = await read('/my/assignments/due.json?scope=due_later_this_week', 'member');
    expect(later.length).toBe(all.filter((a: Json) => a.due_on >= '2026-02-13' && a.due_on <= '2026-02-15').length);
    const bad = await harness.call('/my/assignments/due.json?scope=someday', { as: 'member' });
    expect(bad.status).toBe(400);
    expect((await json<Json>(bad)).error).toBe("Invalid scope 'someday'. Valid options: overdue, due_today, due_tomorrow, due_later_this_week, due_next_week, due_later");
  });
});

describe('bookmarks', () => {
  it('lists mine newest first over two pages, and bookmarking is idempotent both ways', async () => {
    const page1 = await harness.call('/my/bookmarks.json');
    expect(page1.headers.get('x-total-count')).toBe(String(SEED.personal.ownerBookmarks.count));
    const link = /<([^>]+)>; rel="next"/.exec(page1.headers.get('link') ?? '')?.[1];
    expect(link).toBeDefined();
    const first = await json<Json[]>(page1);
    expect(first).toHaveLength(15);
    expect(first[0]).toMatchObject({ id: SEED.personal.ownerBookmarks.newestBookmarkId, recording: { id: SEED.personal.ownerBookmarks.newestRecordingId, type: 'Todo' } });
    expect(await json<Json[]>(await harness.call(link!))).toHaveLength(3);

    const target = SEED.todos.pending;
    expect(await read(`/recordings/${target}/bookmark.json`, 'member')).toEqual({ bookmarked: false });
    const made = await call('POST', `/recordings/${target}/bookmark.json`, undefined, 'member');
    expect(made.status).toBe(201);
    const again = await call('POST', `/recordings/${target}/bookmark.json`, undefined, 'member');
    expect((await json<Json>(again)).id).toBe((await json<Json>(made)).id);
    expect(await read(`/recordings/${target}/bookmark.json`, 'member')).toEqual({ bookmarked: true });
    expect((await read('/my/bookmarks.json', 'member'))[0].recording.id).toBe(target);
    expect((await call('DELETE', `/recordings/${target}/bookmark.json`, undefined, 'member')).status).toBe(204);
    expect((await call('DELETE', `/recordings/${target}/bookmark.json`, undefined, 'member')).status).toBe(204);
    expect(await read(`/recordings/${target}/bookmark.json`, 'member')).toEqual({ bookmarked: false });
    expect((await call('POST', `/recordings/${SEED.todos.trashed}/bookmark.json`)).status).toBe(404);
  });
});

describe('notifications', () => {
  it('pages reads by 50, caps bubble-ups when asked, and marks items read', async () => {
    const inbox = await read('/my/readings.json');
    const { unread, read: readCount, currentBubbleUps, scheduledBubbleUps } = SEED.personal.ownerNotifications;
    expect(inbox.unreads).toHaveLength(unread);
    expect(inbox.reads).toHaveLength(50);
    expect(inbox.memories).toHaveLength(SEED.personal.ownerNotifications.remembered);
    for (const memory of inbox.memories) expect(memory).toMatchObject({ section: 'remembered', memory_url: expect.stringMatching(new RegExp(`/my/readings/${memory.id}/memory\\.json$`)) });
    expect([...inbox.unreads, ...inbox.reads].some((n: Json) => n.section === 'remembered' || 'memory_url' in n)).toBe(false);
    expect(inbox).toMatchObject({ bubble_ups_count: currentBubbleUps, scheduled_bubble_ups_count: scheduledBubbleUps });
    expect((await read('/my/readings.json?page=2')).reads).toHaveLength(readCount - 50);
    const limited = await read('/my/readings.json?limit_bubble_ups=true');
    expect('scheduled_bubble_ups' in limited).toBe(false);
    expect((await read('/my/readings/bubble_ups.json')).length).toBe(currentBubbleUps + scheduledBubbleUps);

    const target = inbox.unreads[0];
    expect((await call('PUT', '/my/unreads.json', {})).status).toBe(400);
    const marked = await call('PUT', '/my/unreads.json', { readables: [target.readable_sgid] });
    expect(marked.status).toBe(200);
    const after = await read('/my/readings.json');
    expect(after.unreads.map((n: Json) => n.id)).not.toContain(target.id);
    expect(after.reads[0]).toMatchObject({ id: target.id, unread_count: 0, read_at: new Date(now).toISOString() });
  });
});

describe('drafts and my note', () => {
  it('lists only my drafts in active projects', async () => {
    expect((await read('/my/drafts.json')).map((d: Json) => d.type)).toEqual(['upload', 'document', 'message']);
    expect(await read('/my/drafts.json', 'member')).toHaveLength(SEED.personal.drafts.member);
    await call('PUT', `/projects/${SEED.projects.bakery}/status/archived.json`);
    expect((await read('/my/drafts.json')).map((d: Json) => d.type)).toEqual(['document', 'message']);
  });

  it('starts with an empty note, creates it on the first write, and refuses blank content', async () => {
    expect(await read('/my/notes.json', 'member')).toMatchObject({ id: null, created_at: null, content: '' });
    const blank = await call('PUT', '/my/notes.json', { note: { content: '<div> </div>' } }, 'member');
    expect(blank.status).toBe(422);
    expect(await json(blank)).toEqual({ errors: { content: ["can't be blank"] } });
    const saved = await call('PUT', '/my/notes.json', { note: { content: '<div>Kerning pairs to fix</div>' } }, 'member');
    expect(saved.status).toBe(200);
    const note = await json<Json>(saved);
    expect(note.id).toMatch(/^\d+$/);
    expect(await read('/my/notes.json', 'member')).toEqual(note);
  });
});
