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
const chat = SEED.chat;
const write = (method: string, path: string, body?: unknown, as = 'owner') => harness.call(path, { method, as, body: body ?? {} });
const linesPath = `/chats/${chat.campfires.catalog}/lines.json`;

describe('Campfire lines', () => {
  it('lists lines newest first over geared pages, with the total and a next link', async () => {
    const first = await harness.call(linesPath);
    expect(first.headers.get('x-total-count')).toBe(String(chat.counts.catalogLines));
    const page1 = await json<Json[]>(first);
    expect(page1).toHaveLength(15);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBeDefined();
    const page2 = await json<Json[]>(await harness.call(next!));
    expect(page2).toHaveLength(chat.counts.catalogLines - 15);
    const created = [...page1, ...page2].map((line) => line.created_at as string);
    expect(created).toEqual([...created].sort().reverse());
    const asc = await json<Json[]>(await harness.call(`${linesPath}?direction=asc`));
    expect(asc[0]?.id).toBe(chat.lines.text);
  });

  it('creates plain and rich text lines, edits one as its author and deletes it', async () => {
    const before = await harness.call(`/chats/${chat.campfires.catalog}.json`);
    const plain = await write('POST', linesPath, { content: 'Proofs look great' }, 'member');
    expect(plain.status).toBe(201);
    const line = await json<Json>(plain);
    expect(line).toMatchObject({
      type: 'Chat::Lines::Text',
      title: 'Proofs look great',
      content: 'Proofs look great',
      parent: { id: chat.campfires.catalog, type: 'Chat::Transcript' },
      creator: { id: SEED.people.member },
      created_at: new Date(now).toISOString(),
    });
    expect(line.url).toBe(`${harness.api}/buckets/${SEED.projects.catalog}/chats/${chat.campfires.catalog}/lines/${line.id}.json`);
    const rich = await json<Json>(await write('POST', linesPath, { content: '<strong>Big</strong> news', content_type: 'text/html' }));
    expect(rich).toMatchObject({ type: 'Chat::Lines::RichText', title: 'Big news', content: '<strong>Big</strong> news' });

    // The Campfire's own representation moves with the new lines.
    const after = await harness.call(`/chats/${chat.campfires.catalog}.json`, { headers: { 'If-None-Match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);

    const linePath = `/chats/${chat.campfires.catalog}/lines/${line.id}.json`;
    const etag = (await harness.call(linePath)).headers.get('etag')!;
    now += 60_000;
    expect((await write('PUT', linePath, { content: 'Proofs look <em>great</em>' }, 'owner')).status).toBe(403);
    expect((await write('PUT', linePath, { content: ' ' }, 'member')).status).toBe(422);
    expect((await write('PUT', linePath, { content: 'Proofs look <em>great</em>' }, 'member')).status).toBe(204);
    const edited = await harness.call(linePath, { headers: { 'If-None-Match': etag } });
    expect(edited.status).toBe(200);
    expect(await json<Json>(edited)).toMatchObject({ type: 'Chat::Lines::RichText', content: 'Proofs look <em>great</em>', updated_at: new Date(now).toISOString() });

    expect((await write('DELETE', linePath, undefined, 'member')).status).toBe(204);
    expect((await harness.call(linePath)).status).toBe(404);
    expect(Number((await harness.call(linesPath)).headers.get('x-total-count'))).toBe(chat.counts.catalogLines + 1);
  });

  it('refuses a blank line or an unknown content type with a Basecamp-style 422', async () => {
    const blank = await write('POST', linesPath, { content: '   ' });
    expect(blank.status).toBe(422);
    expect(await json(blank)).toEqual({ error: "Content can't be blank" });
    expect((await write('POST', linesPath, { content: 'x', content_type: 'text/markdown' })).status).toBe(422);
  });

  it('answers 404 for a line read through another Campfire, and for people off the project', async () => {
    expect((await harness.call(`/chats/${chat.campfires.hq}/lines/${chat.lines.text}.json`)).status).toBe(404);
    expect((await harness.call(`/chats/${chat.campfires.catalog}.json`, { as: 'client' })).status).toBe(404);
    expect((await harness.call(`/buckets/${SEED.projects.hq}/chats/${chat.campfires.catalog}.json`)).status).toBe(404);
    expect((await harness.call(`/buckets/${SEED.projects.catalog}/chats/${chat.campfires.catalog}.json`)).status).toBe(200);
  });

  it('lists only uploaded files under uploads, with their attachment', async () => {
    const uploads = await json<Json[]>(await harness.call(`/chats/${chat.campfires.catalog}/uploads.json`));
    expect(uploads).toHaveLength(chat.counts.catalogUploads);
    expect(uploads.every((line) => line.type === 'Chat::Lines::Upload')).toBe(true);
    expect(uploads.find((line) => line.id === chat.lines.upload)?.attachments).toEqual([
      expect.objectContaining({ filename: 'mug-test-shot.jpg', content_type: 'image/jpeg', byte_size: 482113 }),
    ]);
  });
});

describe('chatbots', () => {
  const base = `/buckets/${SEED.projects.hq}/chats/${chat.campfires.hq}/integrations`;

  it('lets administrators create, rename and remove an account-wide chatbot', async () => {
    expect((await write('POST', `${base}.json`, { service_name: 'tally' }, 'member')).status).toBe(403);
    const response = await write('POST', `${base}.json`, { service_name: 'tally', command_url: 'https://example.com/tally' }, 'admin');
    expect(response.status).toBe(201);
    const bot = await json<Json>(response);
    expect(bot).toMatchObject({ service_name: 'tally', command_url: 'https://example.com/tally' });
    expect(bot.lines_url).toMatch(new RegExp(`/integrations/[\\w-]+/buckets/${SEED.projects.hq}/chats/${chat.campfires.hq}/lines$`));

    // Account-wide: the same bot is listed through another project's Campfire.
    const elsewhere = await json<Json[]>(await harness.call(`/buckets/${SEED.projects.catalog}/chats/${chat.campfires.catalog}/integrations.json`));
    expect(elsewhere.map((b) => b.service_name)).toContain('tally');

    const renamed = await json<Json>(await write('PUT', `${base}/${bot.id}.json`, { service_name: 'uptime' }, 'admin'));
    expect(renamed).toMatchObject({ service_name: 'uptime', command_url: null });
    expect((await write('DELETE', `${base}/${bot.id}.json`, undefined, 'admin')).status).toBe(204);
    expect((await harness.call(`${base}/${bot.id}.json`)).status).toBe(404);
  });

  it('refuses names people could not type after "!" and non-HTTPS command URLs', async () => {
    const spaced = await write('POST', `${base}.json`, { service_name: 'my bot' });
    expect(spaced.status).toBe(422);
    expect((await json<Json>(spaced)).error).toMatch(/Service name/);
    expect((await write('POST', `${base}.json`, { service_name: 'deploybot' })).status).toBe(422);
    expect((await write('POST', `${base}.json`, { service_name: 'ok', command_url: 'http://example.com' })).status).toBe(422);
    expect((await write('POST', `${base}.json`, {})).status).toBe(422);
  });
});

describe('inboxes, forwards and replies', () => {
  it('counts and lists a project\'s forwards, and reads a reply only through its forward', async () => {
    const inbox = await json<Json>(await harness.call(`/inboxes/${chat.inboxes.catalog}.json`));
    expect(inbox).toMatchObject({ type: 'Inbox', forwards_count: 2 });
    const forwards = await json<Json[]>(await harness.call(`/inboxes/${chat.inboxes.catalog}/inbox_forwards.json`));
    expect(forwards.map((f) => f.id)).toContain(chat.forwards.withReplies);
    const forward = forwards.find((f) => f.id === chat.forwards.withReplies)!;
    expect(forward).toMatchObject({ replies_count: chat.counts.forwardReplies, from: 'quotes@tidewaterprint.example', content_attachments: [] });
    expect((await harness.call(`/inbox_forwards/${chat.forwards.plain}/replies/${chat.inboxReplies.first}.json`)).status).toBe(404);
    const everything = await json<Json[]>(await harness.call('/forwards.json'));
    expect(everything.map((f) => f.id)).toEqual(expect.arrayContaining([chat.forwards.withReplies, chat.forwards.plain]));
  });

  it('trashing a forward takes it out of its inbox', async () => {
    expect((await write('PUT', `/recordings/${chat.forwards.plain}/status/trashed.json`)).status).toBe(204);
    expect((await harness.call(`/inbox_forwards/${chat.forwards.plain}.json`)).status).toBe(404);
    const inbox = await json<Json>(await harness.call(`/inboxes/${chat.inboxes.hq}.json`));
    expect(inbox.forwards_count).toBe(1);
  });
});

describe('the clientside', () => {
  const bakery = SEED.projects.bakery;

  it('shows approvals with their responses and replies, to the client too', async () => {
    const approval = await json<Json>(await harness.call(`/client/approvals/${chat.approvals.approved}.json`, { as: 'client' }));
    expect(approval).toMatchObject({
      approval_status: 'approved',
      approver: { id: SEED.people.client },
      parent: { type: 'Client::Board', url: `${harness.api}/buckets/${bakery}/client/board.json` },
      responses: [{ type: 'Client::Approval::Response', approved: true }],
      replies_count: 1,
    });
    const list = await json<Json[]>(await harness.call(`/buckets/${bakery}/client/approvals.json?direction=asc`));
    expect(list.map((a) => a.id)).toEqual([chat.approvals.approved, chat.approvals.rejected, chat.approvals.pending]);
    expect(list[0]?.responses).toBeUndefined();
    const replies = await json<Json[]>(await harness.call(`/buckets/${bakery}/client/recordings/${chat.correspondences.kickoff}/replies.json`));
    expect(replies).toHaveLength(chat.counts.kickoffReplies);
    expect(replies[0]?.app_url).toContain(`client/correspondences/${chat.correspondences.kickoff}#__recording_`);
  });

  it('answers 404 outside the bakery project and for replies of another thread', async () => {
    expect((await harness.call(`/buckets/${SEED.projects.hq}/client/approvals.json`)).status).toBe(404);
    expect((await harness.call(`/buckets/${SEED.projects.hq}/client/recordings/${chat.correspondences.kickoff}/replies.json`)).status).toBe(404);
    expect(
      (await harness.call(`/buckets/${bakery}/client/recordings/${chat.correspondences.launch}/replies/${chat.clientReplies.onCorrespondence}.json`)).status,
    ).toBe(404);
  });
});

describe('client visibility', () => {
  it('shares a to-do list with the client, who then sees it and its to-dos', async () => {
    const hidden = SEED.todolists.clientHidden;
    expect((await harness.call(`/todolists/${hidden}.json`, { as: 'client' })).status).toBe(404);
    const response = await write('PUT', `/recordings/${hidden}/client_visibility.json`, { visible_to_clients: true });
    expect(response.status).toBe(200);
    expect(await json<Json>(response)).toMatchObject({ id: hidden, type: 'Todolist', visible_to_clients: true });
    expect((await harness.call(`/todolists/${hidden}.json`, { as: 'client' })).status).toBe(200);
    expect((await harness.call(`/todos/${SEED.todos.clientHidden}.json`, { as: 'client' })).status).toBe(200);
  });

  it('refuses recordings that follow their parent, clients, and a missing flag', async () => {
    expect((await write('PUT', `/recordings/${SEED.todos.clientHidden}/client_visibility.json`, { visible_to_clients: true })).status).toBe(403);
    expect((await write('PUT', `/recordings/${chat.lines.text}/client_visibility.json`, { visible_to_clients: true })).status).toBe(403);
    expect((await write('PUT', `/recordings/${SEED.todolists.clientShared}/client_visibility.json`, { visible_to_clients: false }, 'client')).status).toBe(403);
    const missing = await write('PUT', `/recordings/${SEED.todolists.clientShared}/client_visibility.json`, {});
    expect(missing.status).toBe(422);
    expect((await write('PUT', `/recordings/1/client_visibility.json`, { visible_to_clients: true })).status).toBe(404);
  });
});
