import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
let now = Date.parse('2026-03-02T10:00:00.000Z');
beforeEach(async () => {
  harness = await startSandbox({ now: () => now });
});
afterEach(() => harness.close());

type Json = Record<string, any>;
const M = SEED.messages;
const write = (method: string, path: string, body?: unknown, as = 'owner') => harness.call(path, { method, as, body: body ?? {} });
const read = async <T = Json>(path: string, as = 'owner'): Promise<T> => {
  const response = await harness.call(path, { as });
  expect(response.status, path).toBe(200);
  return json<T>(response);
};

describe('messages', () => {
  it('publishes, edits, pins and unpins a message, and the board list follows', async () => {
    const listPath = `/message_boards/${M.boards.catalog}/messages.json`;
    const before = Number((await harness.call(listPath)).headers.get('x-total-count'));
    expect(before).toBe(M.counts.catalogMessages);

    const response = await write('POST', listPath, {
      subject: 'Paper samples arrived',
      content: '<div>Three stocks, all on the big table.</div>',
      status: 'active',
      category_id: Number(M.messageTypes.announcement),
    });
    expect(response.status).toBe(201);
    const created = await json(response);
    expect(created).toMatchObject({
      type: 'Message',
      title: 'Paper samples arrived',
      subject: 'Paper samples arrived',
      content: '<div>Three stocks, all on the big table.</div>',
      content_attachments: [],
      created_at: new Date(now).toISOString(),
      comments_count: 0,
      boosts_count: 0,
      parent: { id: M.boards.catalog, type: 'Message::Board' },
      bucket: { id: SEED.projects.catalog },
      creator: { id: SEED.people.owner },
      category: { id: M.messageTypes.announcement, name: 'Announcement' },
    });
    expect(await read(`/messages/${created.id}.json`)).toEqual(created);
    expect(Number((await harness.call(listPath)).headers.get('x-total-count'))).toBe(before + 1);

    now += 60_000;
    const updated = await json(await write('PUT', `/messages/${created.id}.json`, { subject: 'Paper samples: pick one', category_id: null }));
    expect(updated).toMatchObject({ subject: 'Paper samples: pick one', content: created.content, updated_at: new Date(now).toISOString() });
    expect(updated.category).toBeUndefined();

    expect((await write('POST', `/recordings/${M.messages.thread}/pin.json`)).status).toBe(204);
    const pinnedFirst = await read<Json[]>(listPath);
    expect(pinnedFirst[0]?.id).toBe(M.messages.thread);
    expect((await write('DELETE', `/recordings/${M.messages.thread}/pin.json`)).status).toBe(204);
    expect((await read<Json[]>(listPath))[0]?.id).toBe(created.id);
  });

  it('subscribes the people named in `subscriptions`, or the whole project without it', async () => {
    const path = `/message_boards/${M.boards.catalog}/messages.json`;
    const chosen = await json(await write('POST', path, { subject: 'For two', subscriptions: [SEED.people.copywriter, SEED.people.member] }));
    const few = await read(`/recordings/${chosen.id}/subscription.json`);
    expect(few.subscribers.map((person: Json) => person.id).sort()).toEqual([SEED.people.copywriter, SEED.people.member].sort());
    const everyone = await json(await write('POST', path, { subject: 'For all' }));
    const project = await read(`/projects/${SEED.projects.catalog}/people.json`);
    expect((await read(`/recordings/${everyone.id}/subscription.json`)).count).toBe((project as unknown as Json[]).length);
    expect((await write('POST', path, { subject: 'x', subscriptions: ['1'] })).status).toBe(422);
  });

  it('keeps a message sent without `status: active` as a draft: its author alone sees it, in /my/drafts, until it is published', async () => {
    const listPath = `/message_boards/${M.boards.catalog}/messages.json`;
    const listed = async (as = 'owner') => (await read<Json[]>(`${listPath}?page=1`, as)).map((message) => message.id);
    const countBefore = (await read(`/message_boards/${M.boards.catalog}.json`)).messages_count;
    const response = await write('POST', listPath, { subject: 'Not yet', content: '<div>Rough <b>notes</b> for the launch.</div>' });
    expect(response.status).toBe(201);
    const draft = await json(response);
    expect(draft).toMatchObject({ status: 'drafted', subject: 'Not yet' });

    expect(await listed()).not.toContain(draft.id);
    expect((await read(`/message_boards/${M.boards.catalog}.json`)).messages_count).toBe(countBefore);
    expect((await read(`/messages/${draft.id}.json`)).status).toBe('drafted');
    expect((await harness.call(`/messages/${M.messages.thread}.json`, { as: 'member' })).status).toBe(200);
    expect((await harness.call(`/messages/${draft.id}.json`, { as: 'member' })).status).toBe(404);
    const drafts = await read<Json[]>('/my/drafts.json');
    expect(drafts.find((entry) => entry.id === draft.id)).toMatchObject({ type: 'message', title: 'Not yet', excerpt: 'Rough notes for the launch.', parent: { id: M.boards.catalog } });
    expect((await read<Json[]>('/my/drafts.json', 'member')).map((entry) => entry.id)).not.toContain(draft.id);
    expect(await read<Json[]>(`/recordings/${draft.id}/events.json`)).toEqual([]);

    const published = await write('PUT', `/messages/${draft.id}.json`, { status: 'active' });
    expect((await json(published)).status).toBe('active');
    expect((await listed('member'))).toContain(draft.id);
    expect((await read(`/message_boards/${M.boards.catalog}.json`)).messages_count).toBe(countBefore + 1);
    expect((await read<Json[]>('/my/drafts.json')).map((entry) => entry.id)).not.toContain(draft.id);
    expect((await read<Json[]>(`/recordings/${draft.id}/events.json`)).map((event) => event.action)).toEqual(['created']);
  });

  it('refuses a blank subject, an unknown category and an unknown status with Basecamp-style 422s', async () => {
    const path = `/message_boards/${M.boards.catalog}/messages.json`;
    const blank = await write('POST', path, { subject: '  ' });
    expect(blank.status).toBe(422);
    expect(await json(blank)).toEqual({ error: "Subject can't be blank" });
    const otherProject = await write('POST', `/message_boards/${M.boards.hq}/messages.json`, { subject: 'x', category_id: M.messageTypes.announcement });
    expect(otherProject.status).toBe(422);
    expect((await write('PUT', `/messages/${M.messages.thread}.json`, { subject: '' })).status).toBe(422);
    const unknown = await write('POST', path, { subject: 'Later', status: 'published' });
    expect(await json(unknown)).toEqual({ error: 'Status is not included in the list' });
  });

  it('pages through a board with more messages than the first page holds', async () => {
    const first = await harness.call(`/message_boards/${M.boards.catalog}/messages.json`);
    expect((await json<Json[]>(first)).length).toBe(15);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBeDefined();
    const second = await json<Json[]>(await harness.call(next!));
    expect(second.length).toBe(M.counts.catalogMessages - 15);
  });

  it('hides trashed messages and, from clients, messages not shared with them', async () => {
    expect((await harness.call(`/messages/${M.messages.trashed}.json`)).status).toBe(404);
    const clientList = await read<Json[]>(`/message_boards/${M.boards.bakery}/messages.json`, 'client');
    expect(clientList.map((message) => message.id)).toEqual([M.messages.clientVisible]);
    expect((await harness.call(`/messages/${M.messages.clientHidden}.json`, { as: 'client' })).status).toBe(404);
    const everywhere = await read<Json[]>('/messages.json', 'client');
    expect(everywhere.map((message) => message.id)).toEqual([M.messages.clientVisible]);
  });

  it('counts a board\'s messages and serves it on the legacy route too', async () => {
    const board = await read(`/message_boards/${M.boards.catalog}.json`);
    expect(board).toMatchObject({ type: 'Message::Board', messages_count: M.counts.catalogMessages });
    expect(await read(`/buckets/${SEED.projects.catalog}/message_boards/${M.boards.catalog}.json`)).toEqual(board);
    expect((await harness.call(`/buckets/${SEED.projects.hq}/message_boards/${M.boards.catalog}.json`)).status).toBe(404);
  });
});

describe('message types', () => {
  it('creates, renames, lists and deletes a type; its messages lose it', async () => {
    const base = `/buckets/${SEED.projects.catalog}/categories`;
    const created = await json(await write('POST', `${base}.json`, { name: 'Recap', icon: '📝' }));
    expect(created).toMatchObject({ name: 'Recap', icon: '📝', created_at: new Date(now).toISOString() });
    const message = await json(await write('POST', `/message_boards/${M.boards.catalog}/messages.json`, { subject: 'Week 1 recap', category_id: created.id }));
    expect(message.category).toMatchObject({ id: created.id });

    now += 60_000;
    const renamed = await json(await write('PUT', `${base}/${created.id}.json`, { name: 'Weekly recap' }));
    expect(renamed).toMatchObject({ name: 'Weekly recap', icon: '📝', updated_at: new Date(now).toISOString() });
    expect((await read(`/messages/${message.id}.json`)).category).toMatchObject({ name: 'Weekly recap' });
    expect((await read<Json[]>(`${base}.json`)).map((type) => type.name)).toContain('Weekly recap');

    expect((await write('DELETE', `${base}/${created.id}.json`)).status).toBe(204);
    expect((await harness.call(`${base}/${created.id}.json`)).status).toBe(404);
    expect((await read(`/messages/${message.id}.json`)).category).toBeUndefined();
  });

  it('requires a name and an icon, keeps types per project and lets clients only read', async () => {
    const base = `/buckets/${SEED.projects.catalog}/categories`;
    expect(await json(await write('POST', `${base}.json`, { name: 'No icon' }))).toEqual({ error: "Icon can't be blank" });
    expect((await harness.call(`/buckets/${SEED.projects.hq}/categories/${M.messageTypes.announcement}.json`)).status).toBe(404);
    const bakery = `/buckets/${SEED.projects.bakery}/categories.json`;
    expect((await harness.call(bakery, { as: 'client' })).status).toBe(200);
    expect((await write('POST', bakery, { name: 'Ask', icon: '🙋' }, 'client')).status).toBe(403);
  });
});

describe('comments', () => {
  it('stops counting a trashed comment on its parent, and counts it again when restored', async () => {
    const todoPath = `/todos/${M.commentedTodo}.json`;
    const comment = await json(await write('POST', `/recordings/${M.commentedTodo}/comments.json`, { content: '<div>Temporary.</div>' }));
    const counted = (await read(todoPath)).comments_count as number;
    expect((await write('PUT', `/recordings/${comment.id}/status/trashed.json`)).status).toBe(204);
    expect((await read(todoPath)).comments_count).toBe(counted - 1);
    expect((await write('PUT', `/recordings/${comment.id}/status/active.json`)).status).toBe(204);
    expect((await read(todoPath)).comments_count).toBe(counted);
  });

  it('comments on a to-do, edits it, and counts it on the parent', async () => {
    const todoPath = `/todos/${M.commentedTodo}.json`;
    const before = (await read(todoPath)).comments_count as number;
    const response = await write('POST', `/recordings/${M.commentedTodo}/comments.json`, { content: '<div>Done by Friday.</div>' }, 'member');
    expect(response.status).toBe(201);
    const comment = await json(response);
    expect(response.headers.get('location')).toBe(comment.app_url);
    expect(comment).toMatchObject({
      type: 'Comment',
      content: '<div>Done by Friday.</div>',
      parent: { id: M.commentedTodo, type: 'Todo' },
      creator: { id: SEED.people.member },
      boosts_count: 0,
    });
    expect(comment.title).toMatch(/^Re: /);
    expect(comment.comments_url).toBeUndefined();
    expect((await read(todoPath)).comments_count).toBe(before + 1);
    const listed = await read<Json[]>(`/recordings/${M.commentedTodo}/comments.json`);
    expect(listed.at(-1)).toEqual(comment);

    expect((await write('PUT', `/comments/${comment.id}.json`, { content: 'mine now' }, 'client')).status).toBe(404);
    expect((await write('PUT', `/comments/${M.comments.onMessage}.json`, { content: 'not yours' }, 'member')).status).toBe(403);
    const edited = await json(await write('PUT', `/comments/${comment.id}.json`, { content: '<div>Done by Thursday.</div>' }, 'member'));
    expect(edited.content).toBe('<div>Done by Thursday.</div>');
    expect((await read(`/comments/${comment.id}.json`)).content).toBe('<div>Done by Thursday.</div>');
  });

  it('refuses blank comments and comments on things that take none', async () => {
    const blank = await write('POST', `/recordings/${M.messages.thread}/comments.json`, { content: '' });
    expect(blank.status).toBe(422);
    expect(await json(blank)).toEqual({ error: "Content can't be blank" });
    expect((await write('POST', `/recordings/${M.boards.catalog}/comments.json`, { content: 'x' })).status).toBe(404);
    expect((await write('POST', `/recordings/${M.comments.onMessage}/comments.json`, { content: 'x' })).status).toBe(404);
    expect((await write('POST', `/recordings/${M.messages.trashed}/comments.json`, { content: 'x' })).status).toBe(404);
  });

  it('pages through a long thread and keeps a renamed message\'s comment titles in step', async () => {
    const first = await harness.call(`/recordings/${M.messages.thread}/comments.json`);
    expect(first.headers.get('x-total-count')).toBe(String(M.counts.threadComments));
    expect((await json<Json[]>(first)).length).toBe(15);
    expect(first.headers.get('link')).toContain('page=2');
    await write('PUT', `/messages/${M.messages.thread}.json`, { subject: 'Kickoff, revised' });
    expect((await read(`/comments/${M.comments.onMessage}.json`)).title).toBe('Re: Kickoff, revised');
  });

  it('changes the parent message\'s ETag when a comment arrives', async () => {
    const path = `/messages/${M.messages.thread}.json`;
    const etag = (await harness.call(path)).headers.get('etag')!;
    expect((await harness.call(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    await write('POST', `/recordings/${M.messages.thread}/comments.json`, { content: 'One more' });
    const after = await harness.call(path, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect((await json(after)).comments_count).toBe(M.counts.threadComments + 1);
  });
});

describe('boosts', () => {
  it('boosts a message, reads the boost back and takes it back', async () => {
    const before = (await read(`/messages/${M.messages.thread}.json`)).boosts_count as number;
    const response = await write('POST', `/recordings/${M.messages.thread}/boosts.json`, { content: '🔥' }, 'member');
    expect(response.status).toBe(201);
    const boost = await json(response);
    expect(boost).toMatchObject({ content: '🔥', booster: { id: SEED.people.member }, recording: { id: M.messages.thread, type: 'Message' } });
    expect(await read(`/boosts/${boost.id}.json`)).toEqual(boost);
    expect((await read(`/messages/${M.messages.thread}.json`)).boosts_count).toBe(before + 1);
    const listed = await read<Json[]>(`/recordings/${M.messages.thread}/boosts.json`);
    expect(listed.at(-1)).toEqual({ id: boost.id, content: '🔥', created_at: boost.created_at, booster: boost.booster });

    expect((await write('DELETE', `/boosts/${M.boosts.onMessage}.json`, undefined, 'member')).status).toBe(403);
    expect((await write('DELETE', `/boosts/${boost.id}.json`, undefined, 'member')).status).toBe(204);
    expect((await harness.call(`/boosts/${boost.id}.json`)).status).toBe(404);
    expect((await read(`/messages/${M.messages.thread}.json`)).boosts_count).toBe(before);
  });

  it('refuses blank and over-long boosts', async () => {
    const long = await write('POST', `/recordings/${M.messages.thread}/boosts.json`, { content: 'seventeen letters' });
    expect(long.status).toBe(422);
    expect(await json(long)).toEqual({ error: 'Content is too long (maximum is 16 characters)' });
    expect((await write('POST', `/recordings/${M.messages.thread}/boosts.json`, { content: ' ' })).status).toBe(422);
  });

  it('boosts a completion event but not a creation event', async () => {
    const base = `/recordings/${M.eventRecording}/events`;
    const listed = await read<Json[]>(`${base}/${M.events.completed}/boosts.json`);
    expect(listed.map((boost) => boost.id)).toEqual([M.boosts.onEvent]);
    const created = await write('POST', `${base}/${M.events.completed}/boosts.json`, { content: '✅' });
    expect(created.status).toBe(201);
    expect((await read<Json[]>(`${base}/${M.events.completed}/boosts.json`)).length).toBe(2);
    const history = await read<Json[]>(`/recordings/${M.eventRecording}/events.json`);
    expect(history.find((event) => event.id === M.events.completed)?.boosts_count).toBe(2);
    expect((await write('POST', `${base}/${M.events.created}/boosts.json`, { content: '✅' })).status).toBe(403);
    expect((await harness.call(`/recordings/${M.messages.thread}/events/${M.events.completed}/boosts.json`)).status).toBe(404);
    const own = await harness.call(`/recordings/${M.eventRecording}/boosts.json`);
    expect(own.headers.get('x-total-count'), 'event boosts are not the recording\'s own').toBe('0');
  });
});
