import { describe, expect, it } from 'vitest';
import { createRecordingEvents } from '../../src/webhooks/events.ts';

describe('recording events in one process', () => {
  it('ends every open subscription on close, so each stream completes rather than waits', async () => {
    const events = createRecordingEvents();
    const first = events.subscribe();
    const second = events.subscribe();
    const pending = first.next();
    await events.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await second.next()).toEqual({ done: true, value: undefined });
  });

  it('lets a subscription its consumer returned go, and still ends the others on close', async () => {
    const events = createRecordingEvents();
    const left = events.subscribe();
    const staying = events.subscribe();
    await left.return?.();
    expect(await left.next()).toEqual({ done: true, value: undefined });
    await events.close();
    expect(await staying.next()).toEqual({ done: true, value: undefined });
  });
});
