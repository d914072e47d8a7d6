import { builder } from './builder.ts';

// Every connection reports the collection's size (upstream `X-Total-Count`).
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: true,
    description: 'How many items the whole collection holds (Basecamp\'s `X-Total-Count`); null when Basecamp does not say.',
    resolve: (connection) => connection.totalCount,
  }),
);

/** Orders Basecamp offers on its recording lists (`sort`). */
export const RecordingSort = builder.enumType('RecordingSort', {
  description: 'What a list of recordings is ordered by.',
  values: {
    CREATED_AT: { value: 'created_at', description: 'When each was created (Basecamp\'s default).' },
    UPDATED_AT: { value: 'updated_at', description: 'When each last changed.' },
  } as const,
});

/** `direction` on the same lists. */
export const RecordingSortDirection = builder.enumType('RecordingSortDirection', {
  description: 'Which end of the order comes first.',
  values: {
    DESC: { value: 'desc', description: 'Newest first (Basecamp\'s default).' },
    ASC: { value: 'asc', description: 'Oldest first.' },
  } as const,
});
