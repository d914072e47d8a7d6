import { findRecording, isVisibleTo } from '../access/visibility.ts';
import { param } from '../context.ts';
import { paginate } from '../protocol/pagination.ts';
import { statusFilter } from '../query.ts';
import type { Handler } from '../router.ts';
import { childrenOf, type Recording, type RecordingType } from '../state/index.ts';
import type { Render } from './show.ts';

/**
 * The GET of a recording's children of one type: those in the `status` the query asks for (active
 * by default) that the caller may see, in stored order, paginated with the parent as container.
 */
export function listChildren<P extends RecordingType, C extends RecordingType>(
  parentParam: string,
  parentTypes: readonly P[],
  childType: C,
  render: Render<Extract<Recording, { type: C }>>,
): Handler {
  return (ctx) => {
    const parent = findRecording(ctx, param(ctx, parentParam), parentTypes);
    const status = statusFilter(ctx);
    const children = childrenOf(ctx.state, parent.id, childType).filter((child) => child.status === status && isVisibleTo(ctx.me, child));
    return paginate(ctx, children, (child) => render(ctx, child), { containerUpdatedAt: parent.updatedAt });
  };
}
