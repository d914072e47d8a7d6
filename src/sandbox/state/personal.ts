import { idSequence, type IdSequence } from '../ids.ts';
import type { StateCore } from './records.ts';

/**
 * The account's and each person's own things (docs: account.md, people.md "preferences",
 * out_of_office.md, lineup_markers.md, my_assignments.md, my_notifications.md, plus the spec's
 * bookmarks, drafts, notes and Up Next). Kept beside the shared model so the recording types in
 * `records.ts` stay about projects.
 */

export type FirstWeekDay = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';
export type TimeFormat = 'twelve_hour' | 'twenty_four_hour';

export interface AccountExtras {
  createdAt: number;
  /** The uploaded logo's file name; null when the account has none. */
  logo: { filename: string; updatedAt: number } | null;
}

export interface Preferences {
  firstWeekDay: FirstWeekDay;
  timeFormat: TimeFormat;
  updatedAt: number;
}

export interface OutOfOffice {
  startDate: string;
  endDate: string;
  updatedAt: number;
}

export interface LineupMarker {
  id: string;
  name: string;
  date: string;
  createdAt: number;
  updatedAt: number;
}

export interface Bookmark {
  id: string;
  personId: string;
  recordingId: string;
  createdAt: number;
  updatedAt: number;
}

export interface Note {
  id: string;
  /** Rich text HTML. */
  content: string;
  createdAt: number;
  updatedAt: number;
}

/** `remembered`: kept for later, listed under `memories` rather than with unreads and reads. */
export type NotificationSection = 'inbox' | 'chats' | 'pings' | 'bubbles' | 'mentions' | 'remembered';

/** One entry of a person's Hey! menu, about one recording. */
export interface Notification {
  id: string;
  personId: string;
  recordingId: string;
  section: NotificationSection;
  creatorId: string;
  excerpt: string;
  createdAt: number;
  updatedAt: number;
  unreadCount: number;
  unreadAt: number;
  /** Null while unread. */
  readAt: number | null;
  /** Bubbled up: null when not, `0` when current, a future epoch ms when scheduled. */
  bubbleUpAt: number | null;
}

export type DraftKind = 'message' | 'document' | 'upload' | 'client_approval' | 'client_correspondence';

/** An unpublished message, document or upload, filed under a dock tool of a project. */
export interface Draft {
  id: string;
  personId: string;
  bucketId: string;
  kind: DraftKind;
  /** The dock tool recording it would be published into. */
  parentId: string;
  title: string;
  excerpt: string;
  createdAt: number;
  updatedAt: number;
  scheduledPostingAt: number | null;
}

export interface PersonalState {
  account: AccountExtras;
  preferences: Map<string, Preferences>;
  outOfOffice: Map<string, OutOfOffice>;
  lineupMarkers: Map<string, LineupMarker>;
  /** Newest last; listed newest first. */
  bookmarks: Bookmark[];
  /** Person id → recording ids in Up Next order. */
  priorities: Map<string, string[]>;
  notes: Map<string, Note>;
  notifications: Notification[];
  drafts: Draft[];
  /** Moves when anything in this state changes, for the Last-Modified of lists that can shrink. */
  updatedAt: number;
  ids: { marker: IdSequence; bookmark: IdSequence; note: IdSequence; notification: IdSequence; draft: IdSequence };
}

/** The personal state, created empty the first time a state without a seed asks for it. */
export function personalOf(state: StateCore & { personal?: PersonalState }): PersonalState {
  state.personal ??= emptyPersonalState(state.account.updatedAt);
  return state.personal;
}

export function emptyPersonalState(at: number): PersonalState {
  return {
    account: { createdAt: at, logo: null },
    preferences: new Map(),
    outOfOffice: new Map(),
    lineupMarkers: new Map(),
    bookmarks: [],
    priorities: new Map(),
    notes: new Map(),
    notifications: [],
    drafts: [],
    updatedAt: at,
    ids: {
      marker: idSequence('7301100001'),
      bookmark: idSequence('7302200001'),
      note: idSequence('7303300001'),
      notification: idSequence('7304400001'),
      draft: idSequence('7305500001'),
    },
  };
}

/** A person's preferences; Basecamp's defaults until they change them. */
export function preferencesOf(personal: PersonalState, personId: string): Preferences {
  return personal.preferences.get(personId) ?? { firstWeekDay: 'Sunday', timeFormat: 'twelve_hour', updatedAt: 0 };
}
