import { eventKey, fetchEvents, listEvents, type EventRecord } from '../resolvers/events.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { connectionOf, node } from './nodes.ts';
import { Person } from './people.ts';
import { Recording } from './recording.ts';

export const Event = node('Event', { load: fetchEvents, key: eventKey });

export const EventConnection = connectionOf(Event);

/** What an event's `details` may carry; which keys appear depends on the action. */
export const EventDetails = builder.objectRef<NonNullable<EventRecord['details']>>('EventDetails').implement({
  description: 'Specifics of a change: who was notified, who was added or removed, where a recording moved.',
  fields: (t) => ({
    notifiedRecipientIds: t.exposeIDList('notified_recipient_ids', { nullable: true, description: 'People Basecamp notified about this change.' }),
    addedPersonIds: t.exposeIDList('added_person_ids', { nullable: true, description: 'People added, e.g. as subscribers or assignees.' }),
    removedPersonIds: t.exposeIDList('removed_person_ids', { nullable: true, description: 'People taken off.' }),
    newParentId: t.exposeID('new_parent_id', { nullable: true, description: 'Where the recording was moved to.' }),
    parentIdWas: t.exposeID('parent_id_was', { nullable: true, description: 'Where the recording was moved from.' }),
    copyId: t.exposeID('copy_id', { nullable: true, description: 'The new copy, when the recording was copied.' }),
  }),
});

Event.implement({
  description: 'One change in the history of a recording: who did what, and when.',
  extensions: uses('ListEvents'),
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id of the event, as a string.' }),
    recordingId: t.exposeID('recording_id', { description: 'The Basecamp id of the recording that changed.' }),
    action: t.exposeString('action', { description: 'What happened, e.g. `created`, `completed` or `adopted` (moved).' }),
    details: t.expose('details', { type: EventDetails, nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it happened.' }),
    creator: t.field({ type: Person, description: 'Who made the change; embedded in full, so no extra call.', extensions: embedded(), resolve: (event) => event.creator }),
    boostsCount: t.exposeInt('boosts_count', { nullable: true, description: 'How many boosts the event received.' }),
    boostsUrl: t.exposeString('boosts_url', { nullable: true, description: 'REST URL of the event\'s boosts.' }),
  }),
});

builder.interfaceField(Recording, 'events', (t) =>
  t.connection(
    {
      type: Event,
      nullable: true,
      description: 'The recording\'s history, newest first.',
      extensions: uses('ListEvents'),
      resolve: (recording, args, ctx) => listEvents(ctx, recording.id, args),
    },
    EventConnection,
  ),
);
