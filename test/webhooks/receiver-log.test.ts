import { describe, expect, it } from 'vitest';
import { createEventDedup } from '../../src/webhooks/dedup.ts';
import { createRecordingEvents } from '../../src/webhooks/events.ts';
import { createWebhookReceiver } from '../../src/webhooks/receiver.ts';

const ORIGIN = 'https://3.basecampapi.test';
const root = `${ORIGIN}/999`;

describe('the webhook receiver\'s log', () => {
  it('says one line per delivery, with its status and code, and never the secret', async () => {
    const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
    const events = createRecordingEvents();
    const receive = createWebhookReceiver({
      secret: 's3cret-value',
      origin: ORIGIN,
      cache: { invalidate: async () => undefined, invalidateRecording: async () => undefined, isWatched: () => true },
      dedup: createEventDedup(),
      events,
      log: (level, message, fields) => lines.push({ level, message, ...(fields && { fields }) }),
    });
    const body = JSON.stringify({
      id: '7001',
      kind: 'todo_completed',
      created_at: '2026-12-02T10:00:00.000Z',
      recording: { id: '9', type: 'Todo', url: `${root}/buckets/1/todos/9.json`, parent: { id: '2', type: 'Todolist', url: `${root}/buckets/1/todolists/2.json` }, bucket: { id: '1', name: 'HQ', type: 'Project' } },
      creator: { id: '5', name: 'Someone' },
    });
    const post = (secret: string) => receive(new Request('http://gateway.test/webhooks/basecamp', { method: 'POST', headers: { 'content-type': 'application/json' }, body }), secret);
    expect((await post('wrong')).status).toBe(404);
    expect((await post('s3cret-value')).status).toBe(202);
    expect((await post('s3cret-value')).status).toBe(200);
    expect(lines.filter((line) => line.level === 'info')).toEqual([
      { level: 'info', message: 'webhook delivery: 404 NOT_FOUND', fields: { status: 404, code: 'NOT_FOUND' } },
      { level: 'info', message: 'webhook delivery: 202 ACCEPTED', fields: { status: 202, code: 'ACCEPTED', kind: 'todo_completed', projectId: '1' } },
      { level: 'info', message: 'webhook delivery: 200 DUPLICATE_EVENT', fields: { status: 200, code: 'DUPLICATE_EVENT', projectId: '1' } },
    ]);
    expect(JSON.stringify(lines)).not.toContain('s3cret');
    await events.close();
  });
});
