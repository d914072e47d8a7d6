import type { SpecSchema } from './generated/fields.ts';
import { openEnum, type OpenEnumRef } from './enums.ts';

/**
 * Basecamp's closed sets as enums (./enums.ts: a value not listed here answers `OTHER`), and
 * which REST key of which spec schema holds which set: `specFields` and `recordingFields` type a
 * key through `enumForKey`, so no family module lists them. The values are the union of the
 * docs' example JSON and what the sandbox sends; the spec itself has no enum lists.
 *
 * Left as strings on purpose, since their sets are open: `kind` of events and webhook events
 * (`<type>_<action>`, and Basecamp adds kinds without notice), MIME `contentType`s, and the
 * search filters `type`/`fileType` (Basecamp says to read them from `searchMetadata`).
 */

/** Basecamp's publication states, shared by every recording and project (docs README "Status vs completion"). */
export const RecordingStatus = openEnum('RecordingStatus', {
  description: 'The publication state of a project or recording, independent of completion.',
  values: {
    ACTIVE: { value: 'active', description: 'Published and visible.' },
    ARCHIVED: { value: 'archived', description: 'Archived: kept, but out of the way.' },
    DRAFTED: { value: 'drafted', description: 'A draft, not published yet: only its author sees it, in `myDrafts`. Never a list filter.' },
    TRASHED: { value: 'trashed', description: 'In the trash, deleted for good after a while.' },
  },
});

/** Basecamp's `type` names: recordings, and the few other objects it files with a `type`. */
export const RecordingType = openEnum('RecordingType', {
  description: 'Basecamp\'s own type name for a recording (e.g. `Kanban::Card` is `KANBAN_CARD`), or for the folder, calendar or note that carries one.',
  values: {
    ATTACHMENT: { value: 'Attachment', description: 'A file attached to rich text, as search names it.' },
    CALENDAR: { value: 'Calendar', description: 'A calendar in My Schedule.' },
    CHAT_LINES_RICH_TEXT: { value: 'Chat::Lines::RichText' },
    CHAT_LINES_TEXT: { value: 'Chat::Lines::Text' },
    CHAT_LINES_UPLOAD: { value: 'Chat::Lines::Upload' },
    CHAT_TRANSCRIPT: { value: 'Chat::Transcript', description: 'A Campfire.' },
    CIRCLE: { value: 'Circle', description: 'A Ping, as search names it.' },
    CLIENT_APPROVAL: { value: 'Client::Approval' },
    CLIENT_APPROVAL_RESPONSE: { value: 'Client::Approval::Response' },
    CLIENT_BOARD: { value: 'Client::Board', description: 'The client portal\'s dock tool.' },
    CLIENT_CORRESPONDENCE: { value: 'Client::Correspondence' },
    CLIENT_FORWARD: { value: 'Client::Forward' },
    CLIENT_REPLY: { value: 'Client::Reply' },
    CLOUD_FILE: { value: 'CloudFile' },
    COMMENT: { value: 'Comment' },
    DOCUMENT: { value: 'Document' },
    DOOR: { value: 'Door', description: 'A link to an outside service.' },
    GAUGE: { value: 'Gauge' },
    GAUGE_NEEDLE: { value: 'Gauge::Needle' },
    GOOGLE_DOCUMENT: { value: 'GoogleDocument' },
    INBOX: { value: 'Inbox' },
    INBOX_FORWARD: { value: 'Inbox::Forward' },
    INBOX_REPLY: { value: 'Inbox::Reply' },
    KANBAN_BOARD: { value: 'Kanban::Board', description: 'A card table.' },
    KANBAN_CARD: { value: 'Kanban::Card' },
    KANBAN_COLUMN: { value: 'Kanban::Column' },
    KANBAN_DONE_COLUMN: { value: 'Kanban::DoneColumn' },
    KANBAN_NOT_NOW_COLUMN: { value: 'Kanban::NotNowColumn' },
    KANBAN_ON_HOLD: { value: 'Kanban::OnHold' },
    KANBAN_STEP: { value: 'Kanban::Step' },
    KANBAN_TRIAGE: { value: 'Kanban::Triage' },
    KANBAN_WORMHOLE: { value: 'Kanban::Wormhole' },
    MESSAGE: { value: 'Message' },
    MESSAGE_BOARD: { value: 'Message::Board' },
    NOTEBOOK_NOTE: { value: 'Notebook::Note', description: 'A note in My Notes.' },
    PROJECT: { value: 'Project' },
    QUESTION: { value: 'Question' },
    QUESTION_ANSWER: { value: 'Question::Answer' },
    QUESTIONNAIRE: { value: 'Questionnaire' },
    RECORDING: { value: 'Recording', description: 'Any recording, as notifications name what they are about.' },
    SCHEDULE: { value: 'Schedule' },
    SCHEDULE_ENTRY: { value: 'Schedule::Entry' },
    STACK: { value: 'Stack', description: 'A folder of projects.' },
    TIMESHEET: { value: 'Timesheet' },
    TIMESHEET_ENTRY: { value: 'Timesheet::Entry' },
    TODO: { value: 'Todo' },
    TODOLIST: { value: 'Todolist' },
    TODOSET: { value: 'Todoset' },
    UPLOAD: { value: 'Upload' },
    VAULT: { value: 'Vault', description: 'A Docs & Files folder.' },
  },
  // The upcoming-schedule report spells it without the `::`.
  aliases: { ScheduleEntry: 'SCHEDULE_ENTRY' },
});

export const PersonableType = openEnum('PersonableType', {
  description: 'What kind of account a person is.',
  values: {
    USER: { value: 'User', description: 'A member of the account.' },
    CLIENT: { value: 'Client', description: 'A client, who sees only what is shared with clients.' },
    DUMMY_USER: { value: 'DummyUser', description: 'A placeholder Basecamp itself posts as (e.g. for integrations).' },
    OUTSIDER: { value: 'Outsider', description: 'Someone outside the account, e.g. an email correspondent.' },
  },
});

export const ClientApprovalStatus = openEnum('ClientApprovalStatus', {
  description: 'Where a client approval stands.',
  values: {
    PENDING: { value: 'pending' },
    APPROVED: { value: 'approved' },
    REJECTED: { value: 'rejected' },
  },
});

export const ProjectConstructionStatus = openEnum('ProjectConstructionStatus', {
  description: 'How far building a project from a template has come.',
  values: {
    PENDING: { value: 'pending', description: 'Still being built.' },
    COMPLETED: { value: 'completed', description: 'Built: the project exists.' },
  },
});

/** My assignments and the upcoming report name what is assigned in lowercase. */
export const AssignableType = openEnum('AssignableType', {
  description: 'What kind of thing is assigned.',
  values: {
    TODO: { value: 'todo' },
    CARD: { value: 'card', description: 'A card-table card.' },
    STEP: { value: 'step', description: 'A step on a card.' },
  },
});

export const DraftType = openEnum('DraftType', {
  description: 'What a draft will become when posted.',
  values: {
    MESSAGE: { value: 'message' },
    DOCUMENT: { value: 'document' },
    UPLOAD: { value: 'upload' },
    CLIENT_APPROVAL: { value: 'client_approval' },
    CLIENT_CORRESPONDENCE: { value: 'client_correspondence' },
  },
});

/** Basecamp's own set, `other` included: a kind it does not know yet is `OTHER` too. */
export const GoogleDocumentType = openEnum('GoogleDocumentType', {
  description: 'Which Google Workspace app a linked Google document belongs to.',
  values: {
    DOC: { value: 'doc', description: 'Google Docs.' },
    SHEET: { value: 'sheet', description: 'Google Sheets.' },
    SLIDE: { value: 'slide', description: 'Google Slides.' },
    OTHER: { value: 'other', description: 'Anything else on Google Drive, or a kind this schema does not know yet.' },
  },
});

/** A gauge's health, on its needles, the gauge and the project that shows it. */
export const GaugeNeedleColor = openEnum('GaugeNeedleColor', {
  description: 'How a project is doing, as its gauge shows it.',
  values: {
    GREEN: { value: 'green', description: 'On track.' },
    YELLOW: { value: 'yellow', description: 'Some risk.' },
    RED: { value: 'red', description: 'In trouble.' },
  } as const,
});

type ClosedSet = OpenEnumRef;

/** The set a REST key holds wherever it appears. */
const BY_KEY: Record<string, ClosedSet> = {
  status: RecordingStatus,
  type: RecordingType,
  recording_type: RecordingType,
  personable_type: PersonableType,
  approval_status: ClientApprovalStatus,
  document_type: GoogleDocumentType,
};

/** Where a schema's key holds another set than `BY_KEY` says. */
const BY_SCHEMA_KEY: Partial<Record<SpecSchema, Record<string, ClosedSet>>> = {
  ProjectConstruction: { status: ProjectConstructionStatus },
  MyAssignment: { type: AssignableType },
  UpcomingAssignable: { type: AssignableType },
  Draft: { type: DraftType },
};

/** The enum a spec schema's string key is exposed as, if its values are a closed set. */
export function enumForKey(schema: SpecSchema, key: string): ClosedSet | undefined {
  return BY_SCHEMA_KEY[schema]?.[key] ?? BY_KEY[key];
}
