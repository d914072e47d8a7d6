import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';

let sandbox: Sandbox;
let url: string;
let close: () => Promise<void>;
let linesUrl: string;
const C = SEED.chat;

beforeAll(async () => {
  sandbox = createSandbox({ rateLimit: false });
  ({ url, close } = await sandbox.listen());
  const bots = await fetch(`${url}/${sandbox.accountId}/buckets/${SEED.projects.catalog}/chats/${C.campfires.catalog}/integrations.json`, {
    headers: { authorization: `Bearer ${sandbox.tokens.owner}`, 'user-agent': 'tests (t@example.test)' },
  });
  linesUrl = ((await bots.json()) as { lines_url: string }[])[0]!.lines_url;
});
afterAll(() => close());

const post = (target: string, body: unknown) => fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function latestLine(): Promise<Record<string, unknown>> {
  const lines = await fetch(`${url}/${sandbox.accountId}/chats/${C.campfires.catalog}/lines.json?direction=desc`, {
    headers: { authorization: `Bearer ${sandbox.tokens.owner}`, 'user-agent': 'tests (t@example.test)' },
  });
  return ((await lines.json()) as Record<string, unknown>[])[0]!;
}

describe('chatbot lines (key in the URL, no bearer token)', () => {
  it('posts a line with the key from the chatbot\'s lines_url and answers 201', async () => {
    const response = await post(`${linesUrl}.json`, { content: 'Deploy finished: v2.4.1' });
    expect(response.status).toBe(201);
    expect(await latestLine()).toMatchObject({ content: 'Deploy finished: v2.4.1' });
  });

  it('reads the content from another field when content_param names it', async () => {
    expect((await post(`${linesUrl}.json?content_param=text`, { text: 'Standup in five minutes' })).status).toBe(201);
    expect(await latestLine()).toMatchObject({ content: 'Standup in five minutes' });
  });

  it('refuses an unknown key with 404 and blank content with 422', async () => {
    expect((await post(`${linesUrl.replace(/integrations\/[^/]+/, 'integrations/forged')}.json`, { content: 'x' })).status).toBe(404);
    expect((await post(`${linesUrl}.json`, { content: '  ' })).status).toBe(422);
  });
});
