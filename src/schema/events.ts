import { eventKey, fetchEvents, type EventRecord } from '../resolvers/events.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { connectionOf, node, paged } from './nodes.ts';
import { specFields } from './fields.ts';
import { Person } from './people.ts';
import { Recording } from './recording.ts';

export const Event = node('Event', { load: fetchEvents, key: eventKey });

export const EventConnection = connectionOf(Event);

/** What an event's `details` may carry; which keys appear depends on the action. */
export const EventDetails = builder.objectRef<NonNullable<EventRecord['details']>>('EventDetails').implement({
  description: 'Specifics of a change: who was notified, who was added or removed, where a recording moved.',
  fields: (t) => ({
    ...specFields(t, 'EventDetails', {
      notifiedRecipientIds: 'People Basecamp notified about this change.',
      addedPersonIds: 'People added, e.g. as subscribers or assignees.',
      removedPersonIds: 'People taken off.',
      newParentId: { type: 'ID', nullable: true, description: 'Where the recording was moved to.' },
      parentIdWas: { type: 'ID', nullable: true, description: 'Where the recording was moved from.' },
      copyId: { type: 'ID', nullable: true, description: 'The new copy, when the recording was copied.' },
    }),
  }),
});

Event.implement({
  description: 'One change in the history of a recording: who did what, and when.',
  extensions: uses('ListEvents'),
  fields: (t) => ({
    ...specFields(t, 'Event', {
      basecampId: 'The numeric Basecamp id of the event, as a string.',
      recordingId: 'The Basecamp id of the recording that changed.',
      action: 'What happened, e.g. `created`, `completed` or `adopted` (moved).',
      createdAt: 'When it happened.',
      boostsCount: 'How many boosts the event received.',
      boostsUrl: 'REST URL of the event\'s boosts.',
    }),
    details: t.expose('details', { type: EventDetails, nullable: true }),
    creator: t.expose('creator', { type: Person, description: 'Who made the change; embedded in full, so no extra call.', extensions: embedded() }),
  }),
});

builder.interfaceField(Recording, 'events', (t) =>
  paged(t, EventConnection, 'ListEvents', {
    description: 'The recording\'s history, newest first.',
    params: (recording) => ({ recordingId: recording.id }),
  }),
);
