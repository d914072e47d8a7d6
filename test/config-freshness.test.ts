import { describe, expect, it } from 'vitest';
import { loadConfig, parseDuration } from '../src/config.ts';

describe('freshness configuration', () => {
  it('defaults to revalidating everything, and 5 minutes for watched projects', () => {
    expect(loadConfig({})).toMatchObject({ freshForMs: 0, watchedFreshForMs: 300_000 });
  });

  it('reads durations in ms, s, m and h', () => {
    expect(loadConfig({ BASECAMP_FRESH_FOR: '5s', BASECAMP_WATCHED_FRESH_FOR: '10m' })).toMatchObject({ freshForMs: 5_000, watchedFreshForMs: 600_000 });
    expect(parseDuration('500ms', 'X')).toBe(500);
    expect(parseDuration('1.5m', 'X')).toBe(90_000);
    expect(parseDuration('1h', 'X')).toBe(3_600_000);
    expect(parseDuration('0', 'X')).toBe(0);
    expect(parseDuration(' 2 s ', 'X')).toBe(2_000);
  });

  it('names the variable and shows the expected form when a duration is unusable', () => {
    expect(() => loadConfig({ BASECAMP_FRESH_FOR: '5' })).toThrow(/^BASECAMP_FRESH_FOR must be a duration such as 500ms, 5s, 5m or 1h \(0 turns it off\), got "5"\.$/);
    expect(() => loadConfig({ BASECAMP_WATCHED_FRESH_FOR: 'five minutes' })).toThrow(/BASECAMP_WATCHED_FRESH_FOR must be a duration/);
    expect(() => loadConfig({ BASECAMP_FRESH_FOR: '-5s' })).toThrow(/BASECAMP_FRESH_FOR must be a duration/);
    expect(() => loadConfig({ BASECAMP_FRESH_FOR: '2d' })).toThrow(/BASECAMP_FRESH_FOR must be a duration/);
    expect(() => loadConfig({ BASECAMP_WATCHED_FRESH_FOR: '25h' })).toThrow(/BASECAMP_WATCHED_FRESH_FOR must be at most 24h/);
  });
});
