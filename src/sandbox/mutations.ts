import { byPosition, type Status } from './state/records.ts';
import type { Recording, SandboxState } from './state/index.ts';

/**
 * Shared write steps. Every write bumps `updated_at` on the recording and its ancestors, as
 * Basecamp does, so the Last-Modified of every read that shows the change moves with it.
 */
export function touch(state: SandboxState, recording: Recording, now: number): void {
  for (let current: Recording | undefined = recording; current; ) {
    current.updatedAt = Math.max(now, current.updatedAt);
    current = current.parentId === null ? undefined : state.recordings.get(current.parentId);
  }
}

/**
 * Moves `item` to 1-based `position` among `siblings` (clamped to the end) and renumbers them
 * all 1..n. `item` may be new to the siblings (a move between lists).
 */
export function reposition<T extends Recording>(siblings: T[], item: T, position: number): void {
  const others = siblings.filter((sibling) => sibling.id !== item.id).sort(byPosition);
  const index = Math.min(Math.max(position, 1), others.length + 1) - 1;
  others.splice(index, 0, item);
  others.forEach((sibling, i) => {
    sibling.position = i + 1;
  });
}

/**
 * `status` sent with an edit of a message or Google document: `active` publishes a draft. A
 * published one stays published (Basecamp offers no way back to a draft), and `drafted` on a
 * draft changes nothing.
 */
export function publish(recording: Recording, status: 'active' | 'drafted' | undefined): void {
  if (status === 'active' && recording.status === 'drafted') recording.status = 'active';
}

/** Sets a recording's status (trash, archive, restore) and bubbles the change up. */
export function setStatus(state: SandboxState, recording: Recording, status: Status, now: number): void {
  // A parent's `comments_count` counts its active comments only.
  if (recording.type === 'Comment' && (recording.status === 'active') !== (status === 'active') && recording.parentId !== null) {
    const parent = state.recordings.get(recording.parentId);
    if (parent) parent.commentsCount = Math.max(0, parent.commentsCount + (status === 'active' ? 1 : -1));
  }
  recording.status = status;
  touch(state, recording, now);
}
