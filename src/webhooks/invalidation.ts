import type { RecordingChange } from './payload.ts';

/**
 * The account-relative path prefixes a change makes stale: the recording itself and what hangs
 * under it (comments, events, subscribers), the parent that holds it and the parent's lists (a
 * to-do list's to-dos, a message's comments), the project, and the cross-project recordings
 * listing. Prefixes end in `.json`, `/` or `?`, so `/todos/12` never also drops `/todos/123`.
 */
export function stalePrefixes(change: RecordingChange): string[] {
  const prefixes = new Set<string>();
  const project = change.projectId;
  for (const recording of [change.recording, change.recording.parent]) {
    if (!recording) continue;
    addResource(prefixes, recording.path);
    addResource(prefixes, `/buckets/${project}/recordings/${recording.id}.json`);
    addResource(prefixes, `/recordings/${recording.id}.json`);
  }
  if (change.copy) {
    // A copy or move lands in another list, maybe another project: that list is stale too.
    addResource(prefixes, change.copy.path);
    prefixes.add(`/projects/${change.copy.projectId}.json`);
  }
  prefixes.add(`/projects/${project}.json`);
  prefixes.add('/projects/recordings.json');
  return [...prefixes];
}

/** `/buckets/1/todos/2.json` → itself and everything under `/buckets/1/todos/2/`. */
function addResource(prefixes: Set<string>, path: string): void {
  prefixes.add(path);
  prefixes.add(`${path.slice(0, -'.json'.length)}/`);
}
