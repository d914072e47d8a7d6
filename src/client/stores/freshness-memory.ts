import type { FreshnessStore } from './freshness-types.ts';

/**
 * Freshness marks for one process. Marks past their `ttlMs` are swept once the map has grown by
 * `sweepEvery` marks since the last sweep, so a busy writer cannot grow it without bound.
 */
export function createMemoryFreshnessStore(options: { sweepEvery?: number } = {}): FreshnessStore {
  const { sweepEvery = 10_000 } = options;
  const marks = new Map<string, { at: number; expiresAt: number }>();
  const watched = new Map<string, Set<string>>();
  let sinceSweep = 0;

  const sweep = (now: number): void => {
    for (const [key, mark] of marks) if (mark.expiresAt <= now) marks.delete(key);
    sinceSweep = 0;
  };

  return {
    async mark(accountId, keys, { at, ttlMs }) {
      for (const key of keys) {
        const name = `${accountId}\n${key}`;
        const current = marks.get(name);
        if (current === undefined || current.at < at) marks.set(name, { at, expiresAt: at + ttlMs });
        sinceSweep += 1;
      }
      if (sinceSweep >= sweepEvery) sweep(at);
    },
    async latestMark(accountId, keys) {
      let markedAt: number | undefined;
      for (const key of keys) {
        const at = marks.get(`${accountId}\n${key}`)?.at;
        if (at !== undefined && (markedAt === undefined || at > markedAt)) markedAt = at;
      }
      return markedAt;
    },
    async setWatched(accountId, projectId, watching) {
      const projects = watched.get(accountId) ?? new Set<string>();
      if (watching) projects.add(projectId);
      else projects.delete(projectId);
      watched.set(accountId, projects);
    },
    async isWatched(accountId, projectId) {
      return watched.get(accountId)?.has(projectId) ?? false;
    },
    async watchedProjects(accountId) {
      return [...(watched.get(accountId) ?? [])];
    },
  };
}
