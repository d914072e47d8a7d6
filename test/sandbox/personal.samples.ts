import { SEED } from '../../src/sandbox/seed/index.ts';

/** Samples for the account and "my" GETs (spread into SAMPLES in openapi-shapes.test.ts). */
export const PERSONAL_SAMPLES: Record<string, [path: string, as?: string][]> = {
  '/account.json': [['/account.json'], ['/account.json', 'client']],
  '/my/preferences.json': [['/my/preferences.json'], ['/my/preferences.json', 'member']],
  '/lineup/markers.json': [['/lineup/markers.json']],
  '/people/:personId/out_of_office.json': [
    [`/people/${SEED.personal.outOfOffice.personId}/out_of_office.json`],
    [`/people/${SEED.people.member}/out_of_office.json`],
  ],
  '/my/assignments.json': [['/my/assignments.json', 'member']],
  '/my/assignments/completed.json': [['/my/assignments/completed.json', 'member']],
  // every seeded due date is long past on the real clock, so `overdue` (the default) is never empty
  '/my/assignments/due.json': [['/my/assignments/due.json', 'member'], ['/my/assignments/due.json?scope=overdue', 'member']],
  '/my/bookmarks.json': [['/my/bookmarks.json'], ['/my/bookmarks.json?page=2'], ['/my/bookmarks.json', 'member']],
  '/recordings/:recordingId/bookmark.json': [[`/recordings/${SEED.personal.ownerBookmarks.newestRecordingId}/bookmark.json`], [`/recordings/${SEED.todos.pending}/bookmark.json`, 'member']],
  '/my/drafts.json': [['/my/drafts.json'], ['/my/drafts.json', 'member']],
  '/my/notes.json': [['/my/notes.json'], ['/my/notes.json', 'member']],
  '/my/readings.json': [['/my/readings.json'], ['/my/readings.json?page=2&limit_bubble_ups=true'], ['/my/readings.json', 'member']],
  '/my/readings/bubble_ups.json': [['/my/readings/bubble_ups.json']],
};
