import { listEventBoosts } from '../resolvers/messages.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';
import { Event } from './events.ts';
import { BoostConnection, Boost } from './messages.ts';

// Kept apart from messages.ts so the message graph does not depend on the events module.
builder.objectField(Event, 'boosts', (t) =>
  t.connection(
    {
      type: Boost,
      nullable: true,
      description: 'Boosts on this event, oldest first; null for events that cannot be boosted.',
      extensions: uses('ListEventBoosts'),
      resolve: (event, args, ctx) => (event.boosts_url ? listEventBoosts(ctx, event.recording_id, event.id, args) : null),
    },
    BoostConnection,
  ),
);
