import type { ArgBuilder } from '@pothos/core';
import { builder, type Types } from './builder.ts';
import { enumOf } from './enums.ts';
import { RecordingStatus } from './closed-sets.ts';

// Every connection reports the collection's size (upstream `X-Total-Count`).
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: true,
    description: 'How many items the whole collection holds (Basecamp\'s `X-Total-Count`); null when Basecamp does not say.',
    resolve: (connection) => connection.totalCount,
  }),
);

/** Orders Basecamp offers on its recording lists (`sort`). */
export const RecordingSort = enumOf('RecordingSort', 'What a list of recordings is ordered by.', {
  CREATED_AT: ['created_at', 'When each was created (Basecamp\'s default).'],
  UPDATED_AT: ['updated_at', 'When each last changed.'],
});

/** `direction` on the same lists. */
export const RecordingSortDirection = enumOf('RecordingSortDirection', 'Which end of the order comes first.', {
  DESC: ['desc', 'Newest first (Basecamp\'s default).'],
  ASC: ['asc', 'Oldest first.'],
});

/** Any field builder: the arguments below are made with its `t.arg`. */
type WithArgs = { arg: ArgBuilder<Types> };

/** `sort` and `direction` on a recording list; `by` names what the default order follows (`creation`). */
export function sortArgs(t: WithArgs, by = 'creation') {
  return {
    sort: t.arg({ type: RecordingSort, description: `Order by ${by} (default) or by last change.` }),
    direction: t.arg({ type: RecordingSortDirection, description: 'Newest first unless ASC.' }),
  };
}

/** `status` on a recording list whose default is the active ones; `what` names its items (`uploads`). */
export function statusArg(t: WithArgs, what: string) {
  return { status: t.arg({ type: RecordingStatus, description: `Archived or trashed ${what} instead of active ones.` }) };
}
