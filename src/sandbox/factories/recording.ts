import type { StateCore } from '../state/records.ts';

/**
 * What every new recording starts as: a fresh id, its parent's project and client visibility,
 * active, not yet positioned, no comments or boosts. Callers add their type and own fields.
 * Shared by every family's factories, so the seed and the write endpoints produce identical records.
 */
export function recordingBase(state: StateCore, parent: { id: string | null; bucketId: string; visibleToClients: boolean }, creatorId: string, at: number) {
  return {
    id: state.ids.recording.next(),
    bucketId: parent.bucketId,
    parentId: parent.id,
    creatorId,
    status: 'active' as const,
    visibleToClients: parent.visibleToClients,
    createdAt: at,
    updatedAt: at,
    position: null,
    commentsCount: 0,
    boostsCount: 0,
  };
}
