import { listEventBoosts } from '../resolvers/messages.ts';
import { builder } from './builder.ts';
import { Event } from './events.ts';
import { BoostConnection } from './messages.ts';
import { paged } from './nodes.ts';

// Kept apart from messages.ts so the message graph does not depend on the events module.
builder.objectField(Event, 'boosts', (t) =>
  paged(t, BoostConnection, 'ListEventBoosts', {
    description: 'Boosts on this event, oldest first; null for events that cannot be boosted.',
    resolve: (event, args, ctx) => (event.boosts_url ? listEventBoosts(ctx, event.recording_id, event.id, args) : null),
  }),
);
