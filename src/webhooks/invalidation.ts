import type { RecordingChange } from './payload.ts';

/**
 * What the client's `invalidateRecording` reads from a change: the recording as a write's answer
 * would carry it (`url`, `parent`, `bucket`). From it the client marks the recording at all its
 * addresses (comments, events, subscribers), the parent and the lists holding it, the container
 * above the parent that it learned from earlier reads (a to-do set's lists show each list's
 * completion), the project and the cross-project feeds, for every token.
 */
export function changedRecording(change: RecordingChange): Record<string, unknown> {
  const { recording } = change;
  return {
    id: recording.id,
    type: recording.type,
    url: recording.path,
    ...(recording.parent && { parent: { id: recording.parent.id, type: recording.parent.type, url: recording.parent.path } }),
    bucket: { id: change.projectId, type: 'Project' },
  };
}

/**
 * A copy or move also changes where the recording landed: that list and its project. Prefixes are
 * account-relative paths, as `invalidate` takes them.
 */
export function landingPrefixes(change: RecordingChange): string[] {
  if (!change.copy) return [];
  return [change.copy.path, `/buckets/${change.copy.projectId}/recordings/${change.copy.id}.json`, `/projects/${change.copy.projectId}.json`];
}
