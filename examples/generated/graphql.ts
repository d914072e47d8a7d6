/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without a time, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant in time, as the ISO 8601 string Basecamp sends (e.g. `2026-01-27T05:40:00.000Z`). */
  DateTime: { input: string; output: string; }
  /** A file sent with the request, as a GraphQL multipart request (graphql-multipart-request-spec). Input only. */
  File: { input: any; output: any; }
};

/** The Basecamp account the token works in: its name, plan and status. */
export type Account = Node & {
  __typename?: 'Account';
  /** False once the account is cancelled or suspended. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** The numeric Basecamp id of the account, as a string. */
  basecampId: Scalars['ID']['output'];
  /** When the account was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Read-only, e.g. after a billing problem. */
  frozen?: Maybe<Scalars['Boolean']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** What the plan allows right now. */
  limits?: Maybe<AccountLimits>;
  /** The custom logo; null when there is none. */
  logo?: Maybe<AccountLogo>;
  /** The account's name, usually the company's. */
  name: Scalars['String']['output'];
  /** Who owns the account. */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** Paused by its owner. */
  paused?: Maybe<Scalars['Boolean']['output']>;
  /** Account-wide switches. */
  settings?: Maybe<AccountSettings>;
  /** The plan and its features. */
  subscription?: Maybe<AccountSubscription>;
  /** Still on a free trial. */
  trial?: Maybe<Scalars['Boolean']['output']>;
  /** The last day of the trial; null when not on one. */
  trialEndsOn?: Maybe<Scalars['Date']['output']>;
  /** When the account last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What the account's plan lets people do right now. */
export type AccountLimits = {
  __typename?: 'AccountLimits';
  /** Whether another project fits in the plan. */
  canCreateProjects?: Maybe<Scalars['Boolean']['output']>;
  /** Whether more people can be added. */
  canCreateUsers?: Maybe<Scalars['Boolean']['output']>;
  /** Whether projects can be pinned to the home screen. */
  canPinProjects?: Maybe<Scalars['Boolean']['output']>;
  /** Whether storage is left for uploads. */
  canUploadFiles?: Maybe<Scalars['Boolean']['output']>;
};

/** The account's custom logo. */
export type AccountLogo = {
  __typename?: 'AccountLogo';
  /** Where the image can be downloaded. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Account-wide switches for how work is organised. */
export type AccountSettings = {
  __typename?: 'AccountSettings';
  /** The account has a company-wide HQ project. */
  companyHqEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Projects are switched on. */
  projectsEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Teams are switched on. */
  teamsEnabled?: Maybe<Scalars['Boolean']['output']>;
};

/** The plan the account pays for and the features it includes. */
export type AccountSubscription = {
  __typename?: 'AccountSubscription';
  /** Clients can be invited. */
  clients?: Maybe<Scalars['Boolean']['output']>;
  /** A custom logo is allowed. */
  logo?: Maybe<Scalars['Boolean']['output']>;
  /** How many projects the plan allows; null when unlimited. */
  projectLimit?: Maybe<Scalars['Int']['output']>;
  /** The plan's name as shown to people. */
  properName?: Maybe<Scalars['String']['output']>;
  /** Basecamp's internal code for the plan. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Team spaces are included. */
  teams?: Maybe<Scalars['Boolean']['output']>;
  /** Project templates are included. */
  templates?: Maybe<Scalars['Boolean']['output']>;
  /** Time tracking is included. */
  timesheet?: Maybe<Scalars['Boolean']['output']>;
};

/** The mutation's arguments. */
export type ArchiveProjectInput = {
  /** The project, by global id or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type ArchiveProjectPayload = {
  __typename?: 'ArchiveProjectPayload';
  /** The project as it is now. */
  project?: Maybe<Project>;
};

/** The mutation's arguments. */
export type ArchiveRecordingInput = {
  /** A global id of any recording, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type ArchiveRecordingPayload = {
  __typename?: 'ArchiveRecordingPayload';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** The recording as it is now; null when only a Basecamp id was given, since its type is then unknown. */
  recording?: Maybe<Recording>;
};

/** Someone's pending to-dos across the account. */
export type AssignedTodos = {
  __typename?: 'AssignedTodos';
  /** `bucket` (by project) or `date` (by due date). */
  groupedBy: Scalars['String']['output'];
  /** The person. */
  person: Person;
  /** The to-dos. */
  todos: Array<Todo>;
};

/** How an assignment report orders its to-dos. */
export type AssignedTodosGrouping =
  /** By project (the default). */
  | 'BUCKET'
  /** By due date. */
  | 'DATE';

/** Something assigned to the current person, as their assignment lists show it (a to-do, or a card with its steps). */
export type Assignment = {
  __typename?: 'Assignment';
  /** Where it lives in the web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** Everyone it is assigned to. */
  assignees: Array<Person>;
  /** The Basecamp id of the assigned recording. */
  basecampId: Scalars['ID']['output'];
  /** The project it belongs to. */
  bucket?: Maybe<Project>;
  /** Nested assignments, such as the steps of a card. */
  children: Array<Assignment>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** Whether it is done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** The to-do or card text. */
  content?: Maybe<Scalars['String']['output']>;
  /** When it is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Whether it carries notes beyond its text. */
  hasDescription?: Maybe<Scalars['Boolean']['output']>;
  /** What it sits in: a to-do's list, a card's column. */
  parent?: Maybe<Recording>;
  /** On Up Next items: the id that carries the priority (what `deprioritizeAssignment` takes). */
  priorityRecordingId?: Maybe<Scalars['ID']['output']>;
  /** The assigned recording itself, in full. */
  recording?: Maybe<Recording>;
  /** When work on it starts. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The kind of assignment, e.g. `todo`. */
  type?: Maybe<Scalars['String']['output']>;
};

/** A stored file, referenced from rich text or turned into an upload by its signed id. */
export type Attachment = {
  __typename?: 'Attachment';
  /** The signed id to pass as `attachableSgid` when creating an upload, or to embed in rich text. */
  attachableSgid?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** Size in bytes. */
  byteSize?: Maybe<Scalars['Int']['output']>;
  /** A caption shown with the file. */
  caption?: Maybe<Scalars['String']['output']>;
  /** The MIME type, e.g. `image/png`. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** REST URL to download the file. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The file's name. */
  filename?: Maybe<Scalars['String']['output']>;
  /** Pixels; null unless an image. */
  height?: Maybe<Scalars['Int']['output']>;
  /** The storage key of the file's bytes. */
  key?: Maybe<Scalars['String']['output']>;
  /** URL of a preview image. */
  previewUrl?: Maybe<Scalars['String']['output']>;
  /** Whether Basecamp can render a preview. */
  previewable?: Maybe<Scalars['Boolean']['output']>;
  /** The signed id as rich text carries it. */
  sgid?: Maybe<Scalars['String']['output']>;
  /** Where to check on processing of a fresh upload. */
  statusUrl?: Maybe<Scalars['String']['output']>;
  /** URL of a thumbnail image. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** Pixels; null unless an image. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** The current person's personal link to one recording. */
export type Bookmark = {
  __typename?: 'Bookmark';
  /** The numeric Basecamp id of the bookmark, as a string. */
  basecampId: Scalars['ID']['output'];
  /** When it was bookmarked. */
  createdAt: Scalars['DateTime']['output'];
  /** What was bookmarked. Embedded in full, so this costs no extra call. */
  recording?: Maybe<Recording>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type BookmarkConnection = {
  __typename?: 'BookmarkConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<BookmarkEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Bookmark>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type BookmarkEdge = {
  __typename?: 'BookmarkEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Bookmark;
};

/** Whether the current person bookmarked a recording. */
export type BookmarkStatus = {
  __typename?: 'BookmarkStatus';
  /** Whether the current user bookmarked it. */
  bookmarked: Scalars['Boolean']['output'];
};

/** A short reaction (at most 16 characters, often an emoji) left on a recording or event. */
export type Boost = Node & {
  __typename?: 'Boost';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Who left it. Embedded in full by Basecamp: no extra call. */
  booster?: Maybe<Person>;
  /** The reaction itself. */
  content?: Maybe<Scalars['String']['output']>;
  /** When it was left. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** What was boosted. Lists leave it out, so it is read from the boost itself when needed. */
  recording?: Maybe<Recording>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type BoostConnection = {
  __typename?: 'BoostConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<BoostEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Boost>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type BoostEdge = {
  __typename?: 'BoostEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Boost;
};

/** A calendar of the account that is not a project: a bucket of its own with one schedule. */
export type Calendar = Node & {
  __typename?: 'Calendar';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id (its bucket id), as a string. */
  basecampId: Scalars['ID']['output'];
  /** Its colour: white, red, orange, yellow, green, blue, aqua, purple, gray, pink or brown. */
  color: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** The schedule holding its entries. */
  schedule?: Maybe<Schedule>;
  /** REST URL of its schedule. */
  scheduleUrl: Scalars['String']['output'];
  /** Basecamp's own type name, `Calendar`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
};

/** The colours a calendar can take. */
export type CalendarColor =
  /** The colour aqua. */
  | 'AQUA'
  /** The colour blue. */
  | 'BLUE'
  /** The colour brown. */
  | 'BROWN'
  /** The colour gray. */
  | 'GRAY'
  /** The colour green. */
  | 'GREEN'
  /** The colour orange. */
  | 'ORANGE'
  /** The colour pink. */
  | 'PINK'
  /** The colour purple. */
  | 'PURPLE'
  /** The colour red. */
  | 'RED'
  /** The colour white. */
  | 'WHITE'
  /** The colour yellow. */
  | 'YELLOW';

/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type Campfire = Node & Recording & {
  __typename?: 'Campfire';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** The account's chatbots, with the posting URLs that lead into this chat. */
  chatbots?: Maybe<ChatbotConnection>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** REST URL of the files posted to it. */
  filesUrl?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** What was said, files included; newest first unless `direction` says otherwise. */
  lines?: Maybe<CampfireLineConnection>;
  /** REST URL of its lines. */
  linesUrl?: Maybe<Scalars['String']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place in the project's dock. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of who gets notified about it. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** The name the chat goes by in the project. */
  topic?: Maybe<Scalars['String']['output']>;
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Only the lines that are uploaded files, newest first by default. */
  uploads?: Maybe<CampfireLineConnection>;
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type CampfireBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type CampfireChatbotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type CampfireCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type CampfireEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type CampfireLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RecordingSortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RecordingSort>;
};


/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type CampfireTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A project's group chat (Basecamp's Campfire, type `Chat::Transcript`). */
export type CampfireUploadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RecordingSortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RecordingSort>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type CampfireConnection = {
  __typename?: 'CampfireConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CampfireEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Campfire>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type CampfireEdge = {
  __typename?: 'CampfireEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Campfire;
};

/** One line said in a Campfire: plain text, rich text or an uploaded file (its `type` tells which). */
export type CampfireLine = Node & Recording & {
  __typename?: 'CampfireLine';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The posted file, for upload lines; null otherwise. */
  attachments?: Maybe<Array<CampfireLineAttachment>>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it got. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** The Campfire it was said in. */
  campfire?: Maybe<Campfire>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** What was said: plain text, or HTML for rich text lines; null for files. */
  content?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** One line said in a Campfire: plain text, rich text or an uploaded file (its `type` tells which). */
export type CampfireLineBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One line said in a Campfire: plain text, rich text or an uploaded file (its `type` tells which). */
export type CampfireLineCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One line said in a Campfire: plain text, rich text or an uploaded file (its `type` tells which). */
export type CampfireLineEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One line said in a Campfire: plain text, rich text or an uploaded file (its `type` tells which). */
export type CampfireLineTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A file posted to a Campfire. */
export type CampfireLineAttachment = {
  __typename?: 'CampfireLineAttachment';
  /** Size in bytes. */
  byteSize?: Maybe<Scalars['Int']['output']>;
  /** The MIME type, e.g. `image/png`. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** Where the file itself can be downloaded. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The file's name as uploaded. */
  filename?: Maybe<Scalars['String']['output']>;
  /** The name shown for the file. */
  title?: Maybe<Scalars['String']['output']>;
  /** A preview of the file. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type CampfireLineConnection = {
  __typename?: 'CampfireLineConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CampfireLineEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<CampfireLine>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** How the content of a new Campfire line is read. */
export type CampfireLineContentType =
  /** Rich text HTML. */
  | 'TEXT_HTML'
  /** Plain text, shown as typed (Basecamp's default). */
  | 'TEXT_PLAIN';

/** One item of a page, with its cursor. */
export type CampfireLineEdge = {
  __typename?: 'CampfireLineEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CampfireLine;
};

/** Narrows card views by due date. */
export type CardDueFilter =
  /** Only cards past their due date. */
  | 'OVERDUE'
  /** Only cards with a due date. */
  | 'WITH'
  /** Only cards without one. */
  | 'WITHOUT';

/** A project's card table (kanban board): columns of cards that move left to right as work progresses. */
export type CardTable = Node & Recording & {
  __typename?: 'CardTable';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Its columns in board order: Triage, Not now, the numbered columns, then Done. Embedded in full, no extra call. */
  lists: Array<CardTableColumn>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** REST URL for sharing the board by public link. */
  publicLinkUrl?: Maybe<Scalars['String']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Who is notified of changes to the board; embedded in full, no extra call. */
  subscribers: Array<Person>;
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
  /** Portals from this board to columns on other projects' boards. */
  wormholes: Array<Wormhole>;
};


/** A project's card table (kanban board): columns of cards that move left to right as work progresses. */
export type CardTableBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's card table (kanban board): columns of cards that move left to right as work progresses. */
export type CardTableCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's card table (kanban board): columns of cards that move left to right as work progresses. */
export type CardTableEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's card table (kanban board): columns of cards that move left to right as work progresses. */
export type CardTableTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A card on a card table: a piece of work with notes, assignees, a due date and steps. */
export type CardTableCard = Node & Recording & {
  __typename?: 'CardTableCard';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** Who it is assigned to; embedded in full, no extra call. */
  assignees: Array<Person>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** The comment count again, under the docs' other key. */
  commentCount?: Maybe<Scalars['Int']['output']>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** Whether it has reached Done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** When it was completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who completed it; embedded in full. */
  completer?: Maybe<Person>;
  /** Who is notified when it is completed. */
  completionSubscribers: Array<Person>;
  /** REST URL to complete or uncomplete it. */
  completionUrl?: Maybe<Scalars['String']['output']>;
  /** The card's notes, rich text (HTML). */
  content?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The same notes as `content`, rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the notes. */
  descriptionAttachments: Array<Attachment>;
  /** The day it is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Order in its column, from 1 at the top. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Its checklist, in order; embedded in full, no extra call. */
  steps: Array<CardTableStep>;
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A card on a card table: a piece of work with notes, assignees, a due date and steps. */
export type CardTableCardBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A card on a card table: a piece of work with notes, assignees, a due date and steps. */
export type CardTableCardCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A card on a card table: a piece of work with notes, assignees, a due date and steps. */
export type CardTableCardEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A card on a card table: a piece of work with notes, assignees, a due date and steps. */
export type CardTableCardTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type CardTableCardConnection = {
  __typename?: 'CardTableCardConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CardTableCardEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<CardTableCard>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type CardTableCardEdge = {
  __typename?: 'CardTableCardEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CardTableCard;
};

/** The matching cards of one project, in an account-wide card view. */
export type CardTableCardGroup = {
  __typename?: 'CardTableCardGroup';
  /** Its matching cards, with their steps; no extra call. */
  cards: Array<CardTableCard>;
  /** The project the cards are in. */
  project?: Maybe<Project>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type CardTableCardGroupConnection = {
  __typename?: 'CardTableCardGroupConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CardTableCardGroupEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<CardTableCardGroup>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type CardTableCardGroupEdge = {
  __typename?: 'CardTableCardGroupEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CardTableCardGroup;
};

/** A column of a card table. Its Basecamp `type` says which kind: `Kanban::Triage`, `Kanban::Column`, `Kanban::NotNowColumn` or `Kanban::DoneColumn`. */
export type CardTableColumn = Node & Recording & {
  __typename?: 'CardTableColumn';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** The cards in the column, top first. */
  cards?: Maybe<CardTableCardConnection>;
  /** How many cards are in it, not counting those on hold. */
  cardsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its cards. */
  cardsUrl?: Maybe<Scalars['String']['output']>;
  /** A colour name such as `orange`; null when uncoloured. */
  color?: Maybe<Scalars['String']['output']>;
  /** How many comments it has (the docs' key). */
  commentCount?: Maybe<Scalars['Int']['output']>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many comments it has (the spec's key). */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** What the column is for, plain text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Its on-hold section, when it has one. */
  onHold?: Maybe<CardTableColumnOnHold>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Order among the numbered columns, from 1; null for Triage, Not now and Done. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Who watches the column; embedded in full, no extra call. */
  subscribers: Array<Person>;
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A column of a card table. Its Basecamp `type` says which kind: `Kanban::Triage`, `Kanban::Column`, `Kanban::NotNowColumn` or `Kanban::DoneColumn`. */
export type CardTableColumnBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A column of a card table. Its Basecamp `type` says which kind: `Kanban::Triage`, `Kanban::Column`, `Kanban::NotNowColumn` or `Kanban::DoneColumn`. */
export type CardTableColumnCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A column of a card table. Its Basecamp `type` says which kind: `Kanban::Triage`, `Kanban::Column`, `Kanban::NotNowColumn` or `Kanban::DoneColumn`. */
export type CardTableColumnCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A column of a card table. Its Basecamp `type` says which kind: `Kanban::Triage`, `Kanban::Column`, `Kanban::NotNowColumn` or `Kanban::DoneColumn`. */
export type CardTableColumnEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A column of a card table. Its Basecamp `type` says which kind: `Kanban::Triage`, `Kanban::Column`, `Kanban::NotNowColumn` or `Kanban::DoneColumn`. */
export type CardTableColumnTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The colours a card table column can take. */
export type CardTableColumnColor =
  /** The aqua column colour. */
  | 'AQUA'
  /** The blue column colour. */
  | 'BLUE'
  /** The brown column colour. */
  | 'BROWN'
  /** The gray column colour. */
  | 'GRAY'
  /** The green column colour. */
  | 'GREEN'
  /** The orange column colour. */
  | 'ORANGE'
  /** The pink column colour. */
  | 'PINK'
  /** The purple column colour. */
  | 'PURPLE'
  /** The red column colour. */
  | 'RED'
  /** The white column colour. */
  | 'WHITE'
  /** The yellow column colour. */
  | 'YELLOW';

/** The on-hold section of a column: cards parked under the column until they can move on. */
export type CardTableColumnOnHold = {
  __typename?: 'CardTableColumnOnHold';
  /** The numeric Basecamp id; it also names the section as a card list (`createCard`, `moveCard`). */
  basecampId: Scalars['ID']['output'];
  /** The cards on hold, top first. */
  cards?: Maybe<CardTableCardConnection>;
  /** How many cards are on hold. */
  cardsCount: Scalars['Int']['output'];
  /** REST URL of its cards. */
  cardsUrl: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** The on-hold section of a column: cards parked under the column until they can move on. */
export type CardTableColumnOnHoldCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One step of a card's checklist. */
export type CardTableStep = Node & Recording & {
  __typename?: 'CardTableStep';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** Who it is assigned to; embedded in full, no extra call. */
  assignees: Array<Person>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** Whether it is done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** When it was completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who completed it; embedded in full. */
  completer?: Maybe<Person>;
  /** Where to set its completion; Basecamp sends this one path-only. */
  completionUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The day it is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Order on the card, from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** One step of a card's checklist. */
export type CardTableStepBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One step of a card's checklist. */
export type CardTableStepCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One step of a card's checklist. */
export type CardTableStepEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One step of a card's checklist. */
export type CardTableStepTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Which cards an account-wide card view collects. */
export type CardView =
  /** Completed. */
  | 'COMPLETED'
  /** Parked in a board's Not now column. */
  | 'NOT_NOW'
  /** Open and without a due date. */
  | 'NO_DUE_DATE'
  /** Not completed, in Triage or a numbered column. */
  | 'OPEN'
  /** Open and assigned to nobody. */
  | 'UNASSIGNED';

/** A chatbot of the account: it posts into Campfires and, when it has a command URL, answers `!name` commands. */
export type Chatbot = Node & {
  __typename?: 'Chatbot';
  /** Where it is managed in the web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** The HTTPS endpoint Basecamp calls with commands; null for bots that only post. */
  commandUrl?: Maybe<Scalars['String']['output']>;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** The secret URL the bot posts to in this Campfire; treat it like a password. */
  linesUrl?: Maybe<Scalars['String']['output']>;
  /** The one-word name people address it by, as in `!name`. */
  serviceName: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL, under the Campfire it was read through. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ChatbotConnection = {
  __typename?: 'ChatbotConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ChatbotEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Chatbot>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type ChatbotEdge = {
  __typename?: 'ChatbotEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Chatbot;
};

/** Something sent to a client for a yes or no (Basecamp type `Client::Approval`). */
export type ClientApproval = Node & Recording & {
  __typename?: 'ClientApproval';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** Where it stands: `pending`, `approved` or `rejected`. */
  approvalStatus?: Maybe<Scalars['String']['output']>;
  /** The client asked to decide. Embedded in full: no extra call. */
  approver?: Maybe<Person>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** The message to the client, as HTML. */
  content?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the message. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** When an answer is needed by. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** The replies in its thread, oldest first. */
  replies?: Maybe<ClientReplyConnection>;
  /** How many replies its thread has. */
  repliesCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its replies. */
  repliesUrl?: Maybe<Scalars['String']['output']>;
  /** The client's answers. Only a single approval carries them, so from a list this costs one call per approval. */
  responses?: Maybe<Array<ClientApprovalResponse>>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** The subject line shown to the client. */
  subject?: Maybe<Scalars['String']['output']>;
  /** REST URL of who gets notified about it. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** Something sent to a client for a yes or no (Basecamp type `Client::Approval`). */
export type ClientApprovalBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something sent to a client for a yes or no (Basecamp type `Client::Approval`). */
export type ClientApprovalCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something sent to a client for a yes or no (Basecamp type `Client::Approval`). */
export type ClientApprovalEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something sent to a client for a yes or no (Basecamp type `Client::Approval`). */
export type ClientApprovalRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something sent to a client for a yes or no (Basecamp type `Client::Approval`). */
export type ClientApprovalTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ClientApprovalConnection = {
  __typename?: 'ClientApprovalConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ClientApprovalEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<ClientApproval>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type ClientApprovalEdge = {
  __typename?: 'ClientApprovalEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ClientApproval;
};

/** The client's answer to an approval request: yes or no, with a note. */
export type ClientApprovalResponse = {
  __typename?: 'ClientApprovalResponse';
  /** Where it shows in the web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** True for a yes, false for a no. */
  approved?: Maybe<Scalars['Boolean']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** REST URL for bookmarking it. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** The client's note, as HTML. */
  content?: Maybe<Scalars['String']['output']>;
  /** When the client answered. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who answered. Embedded in full: no extra call. */
  creator?: Maybe<Person>;
  /** Whether it is archived or trashed along with its approval. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status?: Maybe<Scalars['String']['output']>;
  /** A title Basecamp derives from the approval's subject. */
  title?: Maybe<Scalars['String']['output']>;
  /** Basecamp's type name, `Client::Approval::Response`. */
  type?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether clients can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};

/** The client company a project is shared with. */
export type ClientCompany = {
  __typename?: 'ClientCompany';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** A message to the client on the project's clientside (Basecamp type `Client::Correspondence`). */
export type ClientCorrespondence = Node & Recording & {
  __typename?: 'ClientCorrespondence';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** The message to the client, as HTML. */
  content?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the message. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** The replies in its thread, oldest first. */
  replies?: Maybe<ClientReplyConnection>;
  /** How many replies its thread has. */
  repliesCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its replies. */
  repliesUrl?: Maybe<Scalars['String']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** The subject line shown to the client. */
  subject?: Maybe<Scalars['String']['output']>;
  /** REST URL of who gets notified about it. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A message to the client on the project's clientside (Basecamp type `Client::Correspondence`). */
export type ClientCorrespondenceBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A message to the client on the project's clientside (Basecamp type `Client::Correspondence`). */
export type ClientCorrespondenceCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A message to the client on the project's clientside (Basecamp type `Client::Correspondence`). */
export type ClientCorrespondenceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A message to the client on the project's clientside (Basecamp type `Client::Correspondence`). */
export type ClientCorrespondenceRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A message to the client on the project's clientside (Basecamp type `Client::Correspondence`). */
export type ClientCorrespondenceTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ClientCorrespondenceConnection = {
  __typename?: 'ClientCorrespondenceConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ClientCorrespondenceEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<ClientCorrespondence>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type ClientCorrespondenceEdge = {
  __typename?: 'ClientCorrespondenceEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ClientCorrespondence;
};

/** A reply in the thread of a client approval or correspondence (Basecamp type `Client::Reply`). */
export type ClientReply = Node & Recording & {
  __typename?: 'ClientReply';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** The reply, as HTML. */
  content: Scalars['String']['output'];
  /** Files embedded in the reply. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A reply in the thread of a client approval or correspondence (Basecamp type `Client::Reply`). */
export type ClientReplyBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the thread of a client approval or correspondence (Basecamp type `Client::Reply`). */
export type ClientReplyCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the thread of a client approval or correspondence (Basecamp type `Client::Reply`). */
export type ClientReplyEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the thread of a client approval or correspondence (Basecamp type `Client::Reply`). */
export type ClientReplyTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ClientReplyConnection = {
  __typename?: 'ClientReplyConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ClientReplyEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<ClientReply>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type ClientReplyEdge = {
  __typename?: 'ClientReplyEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ClientReply;
};

/** Where the client-facing side of a project lives. */
export type Clientside = {
  __typename?: 'Clientside';
  /** Where it lives in the Basecamp web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** Its REST URL. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A link to a file kept on another service (Dropbox, Figma, …), filed in a vault. Its `url` is that outside link. */
export type CloudFile = Node & Recording & {
  __typename?: 'CloudFile';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Notes, as rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the description. */
  descriptionAttachments: Array<Attachment>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** The cloud service it lives in. */
  service: CloudFileService;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Where to subscribe to or leave its notifications. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A link to a file kept on another service (Dropbox, Figma, …), filed in a vault. Its `url` is that outside link. */
export type CloudFileBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A link to a file kept on another service (Dropbox, Figma, …), filed in a vault. Its `url` is that outside link. */
export type CloudFileCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A link to a file kept on another service (Dropbox, Figma, …), filed in a vault. Its `url` is that outside link. */
export type CloudFileEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A link to a file kept on another service (Dropbox, Figma, …), filed in a vault. Its `url` is that outside link. */
export type CloudFileTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The outside service a cloud file lives on, and what links it accepts. */
export type CloudFileService = {
  __typename?: 'CloudFileService';
  /** Short service name to send as `service`, e.g. `dropbox` or `other`. */
  code: Scalars['String']['output'];
  /** A sample link, handy as an input placeholder. */
  exampleUrl: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** A short hint about what to link. */
  supportingText?: Maybe<Scalars['String']['output']>;
  /** Regular expressions a link must match. */
  validPatterns: Array<Scalars['String']['output']>;
};

/** A reply in the discussion under a recording (a message, to-do, document, …). */
export type Comment = Node & Recording & {
  __typename?: 'Comment';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** What was said, as rich text (HTML). */
  content: Scalars['String']['output'];
  /** Files embedded in the comment. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A reply in the discussion under a recording (a message, to-do, document, …). */
export type CommentBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the discussion under a recording (a message, to-do, document, …). */
export type CommentCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the discussion under a recording (a message, to-do, document, …). */
export type CommentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the discussion under a recording (a message, to-do, document, …). */
export type CommentTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type CommentConnection = {
  __typename?: 'CommentConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CommentEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Comment>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type CommentEdge = {
  __typename?: 'CommentEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Comment;
};

/** The company a person belongs to. */
export type Company = {
  __typename?: 'Company';
  /** The Basecamp id of the company. */
  basecampId: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** The mutation's arguments. */
export type CompleteCardTableStepInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CompleteCardTableStepPayload = {
  __typename?: 'CompleteCardTableStepPayload';
  /** What it sits in, as it is after the change. */
  cardTableCard?: Maybe<CardTableCard>;
  /** The card step. */
  step: CardTableStep;
};

/** The mutation's arguments. */
export type CompleteTodoInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CompleteTodoPayload = {
  __typename?: 'CompleteTodoPayload';
  /** The to-do. */
  todo: Todo;
  /** What it sits in, as it is after the change. */
  todolist?: Maybe<Todolist>;
  /** What it sits in, as it is after the change. */
  todolistGroup?: Maybe<TodolistGroup>;
};

/** A file to store, sent as a GraphQL multipart request. */
export type CreateAttachmentInput = {
  /** The file. */
  file: Scalars['File']['input'];
  /** The file name to store; defaults to the uploaded file's own name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type CreateAttachmentPayload = {
  __typename?: 'CreateAttachmentPayload';
  /** The stored file. */
  attachment: Attachment;
};

/** The mutation's arguments. */
export type CreateBookmarkInput = {
  /** A global id of any recording, or its Basecamp id. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateBookmarkPayload = {
  __typename?: 'CreateBookmarkPayload';
  /** The bookmark. */
  bookmark: Bookmark;
};

/** A boost on a recording. */
export type CreateBoostInput = {
  /** The reaction: at most 16 characters. */
  content: Scalars['String']['input'];
  /** What to boost: a global id of any recording, or its Basecamp id. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateBoostPayload = {
  __typename?: 'CreateBoostPayload';
  /** The new boost. */
  boost: Boost;
};

/** A new line for a Campfire. */
export type CreateCampfireLineInput = {
  /** The Campfire to say it in. */
  campfireId: Scalars['ID']['input'];
  /** What to say: plain text, or HTML with `contentType: TEXT_HTML`. */
  content: Scalars['String']['input'];
  /** Plain text unless TEXT_HTML. */
  contentType?: InputMaybe<CampfireLineContentType>;
};

/** What the mutation changed. */
export type CreateCampfireLinePayload = {
  __typename?: 'CreateCampfireLinePayload';
  /** What it sits in, as it is after the change. */
  campfire?: Maybe<Campfire>;
  /** The new line. */
  campfireLine: CampfireLine;
  /** The new item as an edge of its parent's connection, for `after:`. */
  campfireLineEdge?: Maybe<CampfireLineEdge>;
};

/** A file to share in a Campfire, sent as a GraphQL multipart request. */
export type CreateCampfireUploadInput = {
  /** The Campfire to share it in. */
  campfireId: Scalars['ID']['input'];
  /** The file. */
  file: Scalars['File']['input'];
  /** The file name to show; defaults to the uploaded file's own name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type CreateCampfireUploadPayload = {
  __typename?: 'CreateCampfireUploadPayload';
  /** What it sits in, as it is after the change. */
  campfire?: Maybe<Campfire>;
  /** The new upload line. */
  campfireLine: CampfireLine;
  /** The new item as an edge of its parent's connection, for `after:`. */
  campfireLineEdge?: Maybe<CampfireLineEdge>;
};

/** The mutation's arguments. */
export type CreateCardTableCardInput = {
  /** The column to add it to, or the Basecamp id of a column's on-hold section. */
  columnId: Scalars['ID']['input'];
  /** Notes, as rich text (HTML). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The day it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Notify the people assigned. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateCardTableCardPayload = {
  __typename?: 'CreateCardTableCardPayload';
  /** The card. */
  card: CardTableCard;
  /** The new item as an edge of its parent's connection, for `after:`. */
  cardEdge?: Maybe<CardTableCardEdge>;
  /** What it sits in, as it is after the change. */
  cardTableColumn?: Maybe<CardTableColumn>;
};

/** The mutation's arguments. */
export type CreateCardTableColumnInput = {
  /** The card table to add it to. */
  cardTableId: Scalars['ID']['input'];
  /** What the column is for, plain text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateCardTableColumnPayload = {
  __typename?: 'CreateCardTableColumnPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** The mutation's arguments. */
export type CreateCardTableStepInput = {
  /** People to assign. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The card (global id or Basecamp id). */
  cardId: Scalars['ID']['input'];
  /** The day it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateCardTableStepPayload = {
  __typename?: 'CreateCardTableStepPayload';
  /** What it sits in, as it is after the change. */
  cardTableCard?: Maybe<CardTableCard>;
  /** The card step. */
  step: CardTableStep;
};

/** A new chatbot for the account. */
export type CreateChatbotInput = {
  /** A Campfire to create it through; its `linesUrl` will post there. */
  campfireId: Scalars['ID']['input'];
  /** HTTPS endpoint Basecamp calls with commands; leave out for a bot that only posts. */
  commandUrl?: InputMaybe<Scalars['String']['input']>;
  /** That Campfire's project; saves a read of the Campfire when given. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** One word of letters, digits or underscores: people call it as `!serviceName`. */
  serviceName: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateChatbotPayload = {
  __typename?: 'CreateChatbotPayload';
  /** The new chatbot. */
  chatbot: Chatbot;
};

/** The mutation's arguments. */
export type CreateCloudFileInput = {
  /** Notes, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The service code, e.g. `dropbox`, `figma`, or `other` for any https link. */
  service: Scalars['String']['input'];
  /** People to subscribe and notify. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Left out, it reads "Untitled". */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The https link on the outside service; it must fit the service's patterns. */
  url: Scalars['String']['input'];
  /** The vault to file the link in. */
  vaultId: Scalars['ID']['input'];
  /** Share with the project's clients; only honoured at the top of Docs & Files. */
  visibleToClients?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type CreateCloudFilePayload = {
  __typename?: 'CreateCloudFilePayload';
  /** The cloud file. */
  cloudFile: CloudFile;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** A new comment. */
export type CreateCommentInput = {
  /** The comment, as rich text (HTML). */
  content: Scalars['String']['input'];
  /** What to comment on: a global id of any recording, or its Basecamp id. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateCommentPayload = {
  __typename?: 'CreateCommentPayload';
  /** The comment as it is now. */
  comment: Comment;
  /** The new item as an edge of its parent's connection, for `after:`. */
  commentEdge?: Maybe<CommentEdge>;
  /** What it sits in, as it is after the change. */
  recording?: Maybe<Recording>;
};

/** The mutation's arguments. */
export type CreateDocumentInput = {
  /** The body, as rich text (HTML). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Basecamp keeps new documents as drafts unless told ACTIVE. */
  status?: InputMaybe<DocumentStatus>;
  /** People to subscribe and notify. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['input'];
  /** The vault to file it in. */
  vaultId: Scalars['ID']['input'];
  /** Share with the project's clients; only honoured at the top of Docs & Files. */
  visibleToClients?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type CreateDocumentPayload = {
  __typename?: 'CreateDocumentPayload';
  /** The document. */
  document: Document;
  /** The new item as an edge of its parent's connection, for `after:`. */
  documentEdge?: Maybe<DocumentEdge>;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** A boost on one event of a recording. */
export type CreateEventBoostInput = {
  /** The reaction: at most 16 characters. */
  content: Scalars['String']['input'];
  /** The event (a global Event id, or the Basecamp id with `recordingId`): only completions, moves between lists and column changes take boosts. */
  eventId: Scalars['ID']['input'];
  /** The recording the event belongs to; needed only with a Basecamp event id. */
  recordingId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the mutation changed. */
export type CreateEventBoostPayload = {
  __typename?: 'CreateEventBoostPayload';
  /** The new boost. */
  boost: Boost;
};

/** The mutation's arguments. */
export type CreateFolderInput = {
  /** Left out or blank, Basecamp names it "New folder". */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Projects to file in it; all must be active and reachable, or nothing is created. */
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What the mutation changed. */
export type CreateFolderPayload = {
  __typename?: 'CreateFolderPayload';
  /** The folder. */
  folder: Folder;
};

/** The mutation's arguments. */
export type CreateGaugeNeedleInput = {
  /** Green unless given. */
  color?: InputMaybe<GaugeNeedleColorInput>;
  /** What moved the needle, rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Nobody is notified unless given. */
  notify?: InputMaybe<GaugeNeedleNotify>;
  /** Where the needle points, 0 to 100. */
  position: Scalars['Int']['input'];
  /** The project (global id or Basecamp id). */
  projectId: Scalars['ID']['input'];
  /** Who to notify, with `notify: CUSTOM` only. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What the mutation changed. */
export type CreateGaugeNeedlePayload = {
  __typename?: 'CreateGaugeNeedlePayload';
  /** The gauge needle. */
  gaugeNeedle: GaugeNeedle;
};

/** The mutation's arguments. */
export type CreateGoogleDocumentInput = {
  /** Notes, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Which kind of Google document. */
  documentType: GoogleDocumentType;
  /** Basecamp keeps it as a draft unless told ACTIVE. */
  status?: InputMaybe<DocumentStatus>;
  /** People to subscribe and notify. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Left out, it reads "Untitled". */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The https link to the Google file. */
  url: Scalars['String']['input'];
  /** The vault to file the link in. */
  vaultId: Scalars['ID']['input'];
  /** Share with the project's clients; only honoured at the top of Docs & Files. */
  visibleToClients?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type CreateGoogleDocumentPayload = {
  __typename?: 'CreateGoogleDocumentPayload';
  /** The Google document. */
  googleDocument: GoogleDocument;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** The mutation's arguments. */
export type CreateLineupMarkerInput = {
  /** The calendar day. */
  date: Scalars['Date']['input'];
  /** What the date marks; cannot be blank. */
  name: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateLineupMarkerPayload = {
  __typename?: 'CreateLineupMarkerPayload';
  /** The new marker. */
  lineupMarker: LineupMarker;
};

/** A new message, published at once. */
export type CreateMessageInput = {
  /** A message type of the same project. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The body, as rich text (HTML). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The board to post on. */
  messageBoardId: Scalars['ID']['input'];
  /** The headline. */
  subject: Scalars['String']['input'];
  /** Who is notified and subscribed; by default everyone on the project. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Share it with the project's clients. */
  visibleToClients?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type CreateMessagePayload = {
  __typename?: 'CreateMessagePayload';
  /** The message as it is now. */
  message: Message;
  /** What it sits in, as it is after the change. */
  messageBoard?: Maybe<MessageBoard>;
  /** The new item as an edge of its parent's connection, for `after:`. */
  messageEdge?: Maybe<MessageEdge>;
};

/** A new message type. */
export type CreateMessageTypeInput = {
  /** An emoji shown beside the label. */
  icon: Scalars['String']['input'];
  /** The label, e.g. `Announcement`. */
  name: Scalars['String']['input'];
  /** The project to add it to: global or Basecamp id. */
  projectId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateMessageTypePayload = {
  __typename?: 'CreateMessageTypePayload';
  /** The message type as it is now. */
  messageType: MessageType;
};

/** The mutation's arguments. */
export type CreateProjectFromTemplateInput = {
  /** The new project's description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new project's name. */
  name: Scalars['String']['input'];
  /** The template (global id or Basecamp id). */
  templateId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateProjectFromTemplatePayload = {
  __typename?: 'CreateProjectFromTemplatePayload';
  /** The project being built from the template. */
  projectConstruction: ProjectConstruction;
};

/** The mutation's arguments. */
export type CreateProjectInput = {
  /** Its description, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateProjectPayload = {
  __typename?: 'CreateProjectPayload';
  /** The project. */
  project: Project;
};

/** The mutation's arguments. */
export type CreateQuestionAnswerInput = {
  /** The answer, as rich text (HTML). */
  content: Scalars['String']['input'];
  /** The day to file it under; defaults to today. */
  groupOn?: InputMaybe<Scalars['Date']['input']>;
  /** The question being answered. */
  questionId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateQuestionAnswerPayload = {
  __typename?: 'CreateQuestionAnswerPayload';
  /** What it sits in, as it is after the change. */
  question?: Maybe<Question>;
  /** The new answer. */
  questionAnswer: QuestionAnswer;
  /** The new item as an edge of its parent's connection, for `after:`. */
  questionAnswerEdge?: Maybe<QuestionAnswerEdge>;
};

/** The mutation's arguments. */
export type CreateQuestionInput = {
  /** The Automatic Check-ins tool to add it to. */
  questionnaireId: Scalars['ID']['input'];
  /** When it recurs. */
  schedule: QuestionScheduleInput;
  /** The question to ask. */
  title: Scalars['String']['input'];
  /** Let clients on the project see it. */
  visibleToClients?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type CreateQuestionPayload = {
  __typename?: 'CreateQuestionPayload';
  /** The new question. */
  question: Question;
  /** The new item as an edge of its parent's connection, for `after:`. */
  questionEdge?: Maybe<QuestionEdge>;
  /** What it sits in, as it is after the change. */
  questionnaire?: Maybe<Questionnaire>;
};

/** The mutation's arguments. */
export type CreateScheduleEntryInput = {
  /** Whole days rather than a time range. */
  allDay?: InputMaybe<Scalars['Boolean']['input']>;
  /** More about it, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Same form as `startsAt`, not before it. */
  endsAt: Scalars['String']['input'];
  /** Make it stand out on the schedule. */
  highlighted?: InputMaybe<Scalars['Boolean']['input']>;
  /** A link to join it, such as a video call. */
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  /** Tell the participants about it. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** People taking part (global or Basecamp ids). */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The schedule to add it to. */
  scheduleId: Scalars['ID']['input'];
  /** An ISO 8601 timestamp with offset, or a date (`YYYY-MM-DD`) for all-day entries; sent as given. */
  startsAt: Scalars['String']['input'];
  /** What it is, in one line. */
  summary: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateScheduleEntryPayload = {
  __typename?: 'CreateScheduleEntryPayload';
  /** What it sits in, as it is after the change. */
  schedule?: Maybe<Schedule>;
  /** The new entry. */
  scheduleEntry: ScheduleEntry;
  /** The new item as an edge of its parent's connection, for `after:`. */
  scheduleEntryEdge?: Maybe<ScheduleEntryEdge>;
};

/** The mutation's arguments. */
export type CreateTemplateInput = {
  /** Plain text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateTemplatePayload = {
  __typename?: 'CreateTemplatePayload';
  /** The template. */
  template: Template;
};

/** The mutation's arguments. */
export type CreateTimesheetEntryInput = {
  /** The day the time was spent. */
  date: Scalars['Date']['input'];
  /** A note on the work done. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Decimal (`"1.5"`) or hours and minutes (`"1:30"`). */
  hours: Scalars['String']['input'];
  /** Whose time it is; you by default. Must be on the project and not a client. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The to-do, message, card… the time was spent on, or the project's own timesheet. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateTimesheetEntryPayload = {
  __typename?: 'CreateTimesheetEntryPayload';
  /** The timesheet entry. */
  timesheetEntry: TimesheetEntry;
};

/** A new to-do. */
export type CreateTodoInput = {
  /** People to assign. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** People notified on completion. */
  completionSubscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What needs doing. */
  content: Scalars['String']['input'];
  /** Notes, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The day it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Notify the assignees that they were assigned. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** The to-do runs from this date to `dueOn`. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The to-do list or group to add it to. */
  todolistId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateTodoPayload = {
  __typename?: 'CreateTodoPayload';
  /** The to-do. */
  todo: Todo;
  /** The new item as an edge of its parent's connection, for `after:`. */
  todoEdge?: Maybe<TodoEdge>;
  /** What it sits in, as it is after the change. */
  todolist?: Maybe<Todolist>;
  /** What it sits in, as it is after the change. */
  todolistGroup?: Maybe<TodolistGroup>;
};

/** The mutation's arguments. */
export type CreateTodolistGroupInput = {
  /** A colour name Basecamp knows, e.g. `green`. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** The to-do list (global id or Basecamp id). */
  todolistId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateTodolistGroupPayload = {
  __typename?: 'CreateTodolistGroupPayload';
  /** What it sits in, as it is after the change. */
  todolist?: Maybe<Todolist>;
  /** The to-do list group. */
  todolistGroup: TodolistGroup;
  /** The new item as an edge of its parent's connection, for `after:`. */
  todolistGroupEdge?: Maybe<TodolistGroupEdge>;
};

/** The mutation's arguments. */
export type CreateTodolistInput = {
  /** Rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** The to-do set (global id or Basecamp id). */
  todosetId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateTodolistPayload = {
  __typename?: 'CreateTodolistPayload';
  /** The to-do list. */
  todolist: Todolist;
  /** The new item as an edge of its parent's connection, for `after:`. */
  todolistEdge?: Maybe<TodolistEdge>;
  /** What it sits in, as it is after the change. */
  todoset?: Maybe<Todoset>;
};

/** The mutation's arguments. */
export type CreateTodosetTodoInput = {
  /** People to assign. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** People to notify when it is completed. */
  completionSubscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What needs doing. */
  content: Scalars['String']['input'];
  /** Notes, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The day it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Notify the assignees that they were assigned. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** The to-do set's project; read from the to-do set when left out. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The day it starts. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The to-do set (global id or Basecamp id). */
  todosetId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateTodosetTodoPayload = {
  __typename?: 'CreateTodosetTodoPayload';
  /** The to-do. */
  todo: Todo;
  /** What it sits in, as it is after the change. */
  todoset?: Maybe<Todoset>;
};

/** The mutation's arguments. */
export type CreateToolInput = {
  /** The project whose dock gets the tool. */
  projectId: Scalars['ID']['input'];
  /** An existing tool to clone; give this or `toolType`. */
  sourceToolId?: InputMaybe<Scalars['ID']['input']>;
  /** Its name; Basecamp picks the kind's usual one when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The kind of tool to add; give this or `sourceToolId`. */
  toolType?: InputMaybe<ToolType>;
  /** Only chats and card tables honour it. */
  visibleToClients?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type CreateToolPayload = {
  __typename?: 'CreateToolPayload';
  /** The dock tool. */
  tool: Tool;
};

/** The mutation's arguments. */
export type CreateUploadInput = {
  /** The signed id of a file already sent as an attachment. */
  attachableSgid: Scalars['String']['input'];
  /** A new file name without its extension, e.g. `menu` for `menu.pdf`. */
  baseName?: InputMaybe<Scalars['String']['input']>;
  /** Notes about the file, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** People to subscribe and notify. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The vault to file it in. */
  vaultId: Scalars['ID']['input'];
  /** Share with the project's clients; only honoured at the top of Docs & Files. */
  visibleToClients?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type CreateUploadPayload = {
  __typename?: 'CreateUploadPayload';
  /** The upload. */
  upload: Upload;
  /** The new item as an edge of its parent's connection, for `after:`. */
  uploadEdge?: Maybe<UploadEdge>;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** The mutation's arguments. */
export type CreateUploadVersionInput = {
  /** The signed id of the new file, sent as an attachment. */
  attachableSgid: Scalars['String']['input'];
  /** A new file name without its extension; left out, the new file keeps its own name. */
  baseName?: InputMaybe<Scalars['String']['input']>;
  /** New notes; left out, the current ones carry over. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Left out with no `subscriberIds`, nobody is notified. */
  notify?: InputMaybe<UploadVersionNotify>;
  /** People to notify and subscribe. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The upload (global id or Basecamp id). */
  uploadId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateUploadVersionPayload = {
  __typename?: 'CreateUploadVersionPayload';
  /** The upload. */
  upload: Upload;
};

/** The mutation's arguments. */
export type CreateVaultInput = {
  /** The vault to create the folder in. */
  parentId: Scalars['ID']['input'];
  /** The folder's name. */
  title: Scalars['String']['input'];
};

/** What the mutation changed. */
export type CreateVaultPayload = {
  __typename?: 'CreateVaultPayload';
  /** The folder of documents and files. */
  vault: Vault;
  /** The new item as an edge of its parent's connection, for `after:`. */
  vaultEdge?: Maybe<VaultEdge>;
};

/** The mutation's arguments. */
export type CreateWebhookInput = {
  /** Start switched off with false. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The HTTPS URL to POST to. */
  payloadUrl: Scalars['String']['input'];
  /** The project to watch. */
  projectId: Scalars['ID']['input'];
  /** Recording types to report; every type when left out. */
  types?: InputMaybe<Array<WebhookType>>;
};

/** What the mutation changed. */
export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /** The webhook. */
  webhook: Webhook;
};

/** The mutation's arguments. */
export type CreateWormholeInput = {
  /** The board to put it on. */
  cardTableId: Scalars['ID']['input'];
  /** A column on another project's card table. */
  destinationColumnId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type CreateWormholePayload = {
  __typename?: 'CreateWormholePayload';
  /** The wormhole. */
  wormhole: Wormhole;
};

/** The mutation's arguments. */
export type DeleteBookmarkInput = {
  /** A global id of any recording, or its Basecamp id. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteBookmarkPayload = {
  __typename?: 'DeleteBookmarkPayload';
  /** The Basecamp id of the recording no longer bookmarked. */
  recordingBasecampId: Scalars['ID']['output'];
};

/** Which boost to remove. */
export type DeleteBoostInput = {
  /** Its global id, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteBoostPayload = {
  __typename?: 'DeleteBoostPayload';
  /** The global id of the removed boost, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** Which Campfire line to remove. */
export type DeleteCampfireLineInput = {
  /** The line's Campfire; needed with a plain line id. */
  campfireId?: InputMaybe<Scalars['ID']['input']>;
  /** The line's global id, or its Basecamp id with `campfireId`. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteCampfireLinePayload = {
  __typename?: 'DeleteCampfireLinePayload';
  /** The Basecamp id of the removed line. */
  basecampId: Scalars['ID']['output'];
  /** The global id of the removed line, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** Which chatbot to remove. */
export type DeleteChatbotInput = {
  /** A Campfire to reach it through; needed with a plain chatbot id. */
  campfireId?: InputMaybe<Scalars['ID']['input']>;
  /** The chatbot's global id, or its Basecamp id with `projectId` and `campfireId`. */
  id: Scalars['ID']['input'];
  /** That Campfire's project; needed with a plain chatbot id. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the mutation changed. */
export type DeleteChatbotPayload = {
  __typename?: 'DeleteChatbotPayload';
  /** The Basecamp id of the removed chatbot. */
  basecampId: Scalars['ID']['output'];
  /** The global id of the removed chatbot, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type DeleteFolderInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteFolderPayload = {
  __typename?: 'DeleteFolderPayload';
  /** The global id of the deleted folder, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type DeleteGaugeNeedleInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteGaugeNeedlePayload = {
  __typename?: 'DeleteGaugeNeedlePayload';
  /** The global id of the deleted reading, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type DeleteLineupMarkerInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteLineupMarkerPayload = {
  __typename?: 'DeleteLineupMarkerPayload';
  /** The global id of the deleted marker, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** Which message type to delete. */
export type DeleteMessageTypeInput = {
  /** A global MessageType id, or the Basecamp id with `projectId`. */
  id: Scalars['ID']['input'];
  /** Needed only with a Basecamp id. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the mutation changed. */
export type DeleteMessageTypePayload = {
  __typename?: 'DeleteMessageTypePayload';
  /** The global id of the deleted type, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type DeleteTimesheetEntryInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteTimesheetEntryPayload = {
  __typename?: 'DeleteTimesheetEntryPayload';
  /** The global id of the deleted entry, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type DeleteWebhookInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The global id of the removed webhook, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type DeleteWormholeInput = {
  /** The wormhole's Basecamp id. */
  id: Scalars['ID']['input'];
  /** The project whose board holds it. */
  projectId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeleteWormholePayload = {
  __typename?: 'DeleteWormholePayload';
  /** The Basecamp id of the removed wormhole. */
  basecampId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type DeprioritizeAssignmentInput = {
  /** The `priorityRecordingId` of the Up Next item. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DeprioritizeAssignmentPayload = {
  __typename?: 'DeprioritizeAssignmentPayload';
  /** The current person's open assignments, Up Next included, as they are now. */
  myAssignments: MyAssignments;
};

/** The mutation's arguments. */
export type DisableCardTableColumnOnHoldInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DisableCardTableColumnOnHoldPayload = {
  __typename?: 'DisableCardTableColumnOnHoldPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** The mutation's arguments. */
export type DisableOutOfOfficeInput = {
  /** Whose; anyone but yourself needs an admin. */
  personId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DisableOutOfOfficePayload = {
  __typename?: 'DisableOutOfOfficePayload';
  /** The out of office, now off. */
  outOfOffice: OutOfOffice;
};

/** The mutation's arguments. */
export type DisableToolInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type DisableToolPayload = {
  __typename?: 'DisableToolPayload';
  /** The dock tool. */
  tool: Tool;
};

/** One tool in a project's dock; `enabled` says whether the project uses it. */
export type DockTool = {
  __typename?: 'DockTool';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The Basecamp id of the tool itself (e.g. the to-do set). */
  basecampId: Scalars['ID']['output'];
  /** Whether it is switched on. */
  enabled: Scalars['Boolean']['output'];
  /** The tool kind: `message_board`, `todoset`, `vault`, `chat`, `schedule`, `questionnaire`, `inbox`, `kanban_board`. */
  name: Scalars['String']['output'];
  /** Order in the dock; null when disabled. */
  position?: Maybe<Scalars['Int']['output']>;
  /** The name shown in the project, which people may rename. */
  title: Scalars['String']['output'];
  /** The tool as a recording, for renaming, moving or subscribing. */
  tool?: Maybe<Tool>;
  /** Its REST URL. */
  url: Scalars['String']['output'];
};

/** A rich-text document kept in a vault. */
export type Document = Node & Recording & {
  __typename?: 'Document';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** The body, as rich text (HTML). */
  content?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the body. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Where to subscribe to or leave its notifications. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A rich-text document kept in a vault. */
export type DocumentBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A rich-text document kept in a vault. */
export type DocumentCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A rich-text document kept in a vault. */
export type DocumentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A rich-text document kept in a vault. */
export type DocumentTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<DocumentEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Document>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Document;
};

/** Whether a new document or Google document is published at once or kept as a draft. */
export type DocumentStatus =
  /** Published: everyone on the project can see it. */
  | 'ACTIVE'
  /** A draft only its author sees. */
  | 'DRAFTED';

/** Something the current person wrote but has not published yet: a message, document, upload or client post. */
export type Draft = {
  __typename?: 'Draft';
  /** Where to keep editing it in the web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id of the draft, as a string. */
  basecampId: Scalars['ID']['output'];
  /** The project it will be published in. */
  bucket?: Maybe<Project>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The start of its text, plain; empty when it has none. */
  excerpt: Scalars['String']['output'];
  /** The tool it will be published into, e.g. the message board. */
  parent?: Maybe<Recording>;
  /** When it will publish itself; null when not scheduled. */
  scheduledPostingAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** What it will be: `message`, `document`, `upload`, `client_approval` or `client_correspondence`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type DraftConnection = {
  __typename?: 'DraftConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<DraftEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Draft>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type DraftEdge = {
  __typename?: 'DraftEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Draft;
};

/** A window of due dates, in the current person's time zone and week. */
export type DueScope =
  /** Due after next week. */
  | 'DUE_LATER'
  /** Due after tomorrow but this week. */
  | 'DUE_LATER_THIS_WEEK'
  /** Due next week. */
  | 'DUE_NEXT_WEEK'
  /** Due today. */
  | 'DUE_TODAY'
  /** Due tomorrow. */
  | 'DUE_TOMORROW'
  /** Due before today. */
  | 'OVERDUE';

/** The mutation's arguments. */
export type EnableCardTableColumnOnHoldInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type EnableCardTableColumnOnHoldPayload = {
  __typename?: 'EnableCardTableColumnOnHoldPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** The mutation's arguments. */
export type EnableOutOfOfficeInput = {
  /** The last day away; not before `startDate`. */
  endDate: Scalars['Date']['input'];
  /** Whose; anyone but yourself needs an admin. */
  personId: Scalars['ID']['input'];
  /** The first day away. */
  startDate: Scalars['Date']['input'];
};

/** What the mutation changed. */
export type EnableOutOfOfficePayload = {
  __typename?: 'EnableOutOfOfficePayload';
  /** The absence as set. */
  outOfOffice: OutOfOffice;
};

/** The mutation's arguments. */
export type EnableToolInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type EnableToolPayload = {
  __typename?: 'EnableToolPayload';
  /** The dock tool. */
  tool: Tool;
};

/** One change in the history of a recording: who did what, and when. */
export type Event = Node & {
  __typename?: 'Event';
  /** What happened, e.g. `created`, `completed` or `adopted` (moved). */
  action: Scalars['String']['output'];
  /** The numeric Basecamp id of the event, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Boosts on this event, oldest first; null for events that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts the event received. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of the event's boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made the change; embedded in full, so no extra call. */
  creator: Person;
  /** Further details, as Basecamp sends them. */
  details?: Maybe<EventDetails>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** The Basecamp id of the recording that changed. */
  recordingId: Scalars['ID']['output'];
};


/** One change in the history of a recording: who did what, and when. */
export type EventBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Event>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** Specifics of a change: who was notified, who was added or removed, where a recording moved. */
export type EventDetails = {
  __typename?: 'EventDetails';
  /** People added, e.g. as subscribers or assignees. */
  addedPersonIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The new copy, when the recording was copied. */
  copyId?: Maybe<Scalars['ID']['output']>;
  /** Where the recording was moved to. */
  newParentId?: Maybe<Scalars['ID']['output']>;
  /** People Basecamp notified about this change. */
  notifiedRecipientIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Where the recording was moved from. */
  parentIdWas?: Maybe<Scalars['ID']['output']>;
  /** People taken off. */
  removedPersonIds?: Maybe<Array<Scalars['ID']['output']>>;
};

/** One item of a page, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Event;
};

/** Narrows the account-wide file list. */
export type FileKind =
  /** Documents and other non-media files. */
  | 'DOCUMENTS'
  | 'IMAGES'
  | 'PDFS'
  | 'VIDEOS';

/** A folder on the current person's home screen that groups projects; each person has their own. */
export type Folder = Node & {
  __typename?: 'Folder';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Basecamp ids of the projects filed in it. */
  bucketIds: Array<Scalars['ID']['output']>;
  /** The person's colour for it; null when unset. */
  color?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Progress gauges of its projects; null when none has one. */
  gaugesUrl?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** The person's image for it; null when unset. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the name is nothing but emoji. */
  isEmojiOnlyName: Scalars['Boolean']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** The projects filed in it: embedded by a single-folder read, loaded by id otherwise. */
  projects?: Maybe<Array<Project>>;
  /** REST URL to star it. */
  starUrl: Scalars['String']['output'];
  /** Basecamp's type name, always `Stack`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
};

/** An email forwarded into a project (Basecamp type `Inbox::Forward`). */
export type Forward = Node & Recording & {
  __typename?: 'Forward';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** The email's body, as HTML. */
  content?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the body. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** The original sender, when Basecamp could tell. */
  from?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** The inbox it was forwarded to. */
  inbox?: Maybe<Inbox>;
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** The replies in its thread, oldest first. */
  replies?: Maybe<InboxReplyConnection>;
  /** How many replies its thread has. */
  repliesCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its replies. */
  repliesUrl?: Maybe<Scalars['String']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** The email's subject line. */
  subject: Scalars['String']['output'];
  /** REST URL of who gets notified about it. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** An email forwarded into a project (Basecamp type `Inbox::Forward`). */
export type ForwardBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An email forwarded into a project (Basecamp type `Inbox::Forward`). */
export type ForwardCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An email forwarded into a project (Basecamp type `Inbox::Forward`). */
export type ForwardEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An email forwarded into a project (Basecamp type `Inbox::Forward`). */
export type ForwardRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An email forwarded into a project (Basecamp type `Inbox::Forward`). */
export type ForwardTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ForwardConnection = {
  __typename?: 'ForwardConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ForwardEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Forward>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type ForwardEdge = {
  __typename?: 'ForwardEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Forward;
};

/** A project's progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks. */
export type Gauge = Node & Recording & {
  __typename?: 'Gauge';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The latest reading's note, rich text (HTML); null before the first reading. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether the project shows its gauge. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Colour of the latest reading. */
  lastNeedleColor?: Maybe<GaugeNeedleColor>;
  /** Where the latest reading points, 0 to 100. */
  lastNeedlePosition?: Maybe<Scalars['Int']['output']>;
  /** Every reading of this gauge, newest first. */
  needles?: Maybe<GaugeNeedleConnection>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Where the reading before it pointed. */
  previousNeedlePosition?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A project's progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks. */
export type GaugeBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks. */
export type GaugeCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks. */
export type GaugeEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks. */
export type GaugeNeedlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks. */
export type GaugeTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type GaugeConnection = {
  __typename?: 'GaugeConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GaugeEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Gauge>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type GaugeEdge = {
  __typename?: 'GaugeEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Gauge;
};

/** One reading of a project's gauge: a position from 0 to 100, a colour and a note, kept as history. */
export type GaugeNeedle = Node & Recording & {
  __typename?: 'GaugeNeedle';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its colour name. */
  color?: Maybe<GaugeNeedleColor>;
  /** Basecamp sends the comment count a second time under this key; same value as `commentsCount`. */
  commentCount?: Maybe<Scalars['Int']['output']>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** What moved the needle, rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Where the needle points, 0 (just started) to 100 (done). */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** One reading of a project's gauge: a position from 0 to 100, a colour and a note, kept as history. */
export type GaugeNeedleBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One reading of a project's gauge: a position from 0 to 100, a colour and a note, kept as history. */
export type GaugeNeedleCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One reading of a project's gauge: a position from 0 to 100, a colour and a note, kept as history. */
export type GaugeNeedleEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One reading of a project's gauge: a position from 0 to 100, a colour and a note, kept as history. */
export type GaugeNeedleTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How a project is doing, as its gauge shows it. */
export type GaugeNeedleColor =
  /** On track. */
  | 'GREEN'
  /** In trouble. */
  | 'RED'
  /** Some risk. */
  | 'YELLOW';

/** The colour of a new gauge reading. */
export type GaugeNeedleColorInput =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** A page of a Basecamp collection, read through its `Link` headers. */
export type GaugeNeedleConnection = {
  __typename?: 'GaugeNeedleConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GaugeNeedleEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<GaugeNeedle>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type GaugeNeedleEdge = {
  __typename?: 'GaugeNeedleEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: GaugeNeedle;
};

/** Who hears about a new gauge reading. */
export type GaugeNeedleNotify =
  /** Only `subscriberIds`. */
  | 'CUSTOM'
  /** Everyone on the project. */
  | 'EVERYONE'
  /** The people actively working on it. */
  | 'WORKING_ON';

/** A linked Google Docs, Sheets or Slides file, filed in a vault. Its `url` is the Google link. */
export type GoogleDocument = Node & Recording & {
  __typename?: 'GoogleDocument';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Notes, as rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the description. */
  descriptionAttachments: Array<Attachment>;
  /** `doc`, `sheet`, `slide` or `other`. */
  documentType: Scalars['String']['output'];
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Where to subscribe to or leave its notifications. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A linked Google Docs, Sheets or Slides file, filed in a vault. Its `url` is the Google link. */
export type GoogleDocumentBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A linked Google Docs, Sheets or Slides file, filed in a vault. Its `url` is the Google link. */
export type GoogleDocumentCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A linked Google Docs, Sheets or Slides file, filed in a vault. Its `url` is the Google link. */
export type GoogleDocumentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A linked Google Docs, Sheets or Slides file, filed in a vault. Its `url` is the Google link. */
export type GoogleDocumentTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Which Google Workspace app a linked Google document belongs to. */
export type GoogleDocumentType =
  /** Google Docs. */
  | 'DOC'
  /** Anything else on Google Drive. */
  | 'OTHER'
  /** Google Sheets. */
  | 'SHEET'
  /** Google Slides. */
  | 'SLIDE';

/** A to-do set's hill chart: how far each tracked list has come, from unknowns to done. */
export type HillChart = {
  __typename?: 'HillChart';
  /** Where people move the dots in the web app. */
  appUpdateUrl?: Maybe<Scalars['String']['output']>;
  /** Where its history is in the web app. */
  appVersionsUrl?: Maybe<Scalars['String']['output']>;
  /** The dots on the hill, one per tracked list. */
  dots: Array<HillChartDot>;
  /** On as long as at least one list is tracked. */
  enabled: Scalars['Boolean']['output'];
  /** Nobody has moved a dot for a long while. */
  stale: Scalars['Boolean']['output'];
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A to-do list on a hill chart. */
export type HillChartDot = {
  __typename?: 'HillChartDot';
  /** Where it lives in the Basecamp web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The to-do list's Basecamp id. */
  basecampId: Scalars['ID']['output'];
  /** Its colour name. */
  color: Scalars['String']['output'];
  /** The list's name. */
  label: Scalars['String']['output'];
  /** Where on the hill: 0 is the foot of the uphill (figuring it out), 100 the foot of the downhill (done). */
  position: Scalars['Int']['output'];
  /** The list itself, loaded only when more than the dot is asked for. */
  todolist?: Maybe<Todolist>;
  /** Its REST URL. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A project's email inbox ("Email Forwards"): mail forwarded to the project lands here. */
export type Inbox = Node & Recording & {
  __typename?: 'Inbox';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** The forwarded emails, newest first by default. */
  forwards?: Maybe<ForwardConnection>;
  /** How many active forwards it holds. */
  forwardsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its forwards. */
  forwardsUrl?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place in the project's dock. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A project's email inbox ("Email Forwards"): mail forwarded to the project lands here. */
export type InboxBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's email inbox ("Email Forwards"): mail forwarded to the project lands here. */
export type InboxCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's email inbox ("Email Forwards"): mail forwarded to the project lands here. */
export type InboxEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's email inbox ("Email Forwards"): mail forwarded to the project lands here. */
export type InboxForwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RecordingSortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RecordingSort>;
};


/** A project's email inbox ("Email Forwards"): mail forwarded to the project lands here. */
export type InboxTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A reply in the thread of a forwarded email (Basecamp type `Inbox::Reply`). */
export type InboxReply = Node & Recording & {
  __typename?: 'InboxReply';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it got. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** The reply, as HTML. */
  content: Scalars['String']['output'];
  /** Files embedded in the reply. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** The forward it replies to. */
  forward?: Maybe<Forward>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A reply in the thread of a forwarded email (Basecamp type `Inbox::Reply`). */
export type InboxReplyBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the thread of a forwarded email (Basecamp type `Inbox::Reply`). */
export type InboxReplyCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the thread of a forwarded email (Basecamp type `Inbox::Reply`). */
export type InboxReplyEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A reply in the thread of a forwarded email (Basecamp type `Inbox::Reply`). */
export type InboxReplyTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type InboxReplyConnection = {
  __typename?: 'InboxReplyConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<InboxReplyEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<InboxReply>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type InboxReplyEdge = {
  __typename?: 'InboxReplyEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: InboxReply;
};

/** A named date shown to everyone on the account's Lineup, such as a launch or a holiday. */
export type LineupMarker = Node & {
  __typename?: 'LineupMarker';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The day it falls on. */
  date: Scalars['Date']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** What the date marks. */
  name: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A kind of recording the cross-project `recordings` listing can return. */
export type ListableRecordingType =
  | 'COMMENT'
  | 'DOCUMENT'
  /** A link to an outside service. */
  | 'DOOR'
  /** A card-table card. */
  | 'KANBAN_CARD'
  /** A step on a card. */
  | 'KANBAN_STEP'
  | 'MESSAGE'
  /** An answer to a check-in question. */
  | 'QUESTION_ANSWER'
  | 'SCHEDULE_ENTRY'
  | 'TODO'
  | 'TODOLIST'
  | 'UPLOAD'
  /** A Docs & Files folder. */
  | 'VAULT';

/** The mutation's arguments. */
export type MarkAsReadInput = {
  /** The `readableSgid`s of the notifications to mark read. */
  readables: Array<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type MarkAsReadPayload = {
  __typename?: 'MarkAsReadPayload';
  /** The Hey! menu as it is now (first page). */
  notifications: NotificationInbox;
};

/** A post on a project's message board, with a subject and a rich-text body. */
export type Message = Node & Recording & {
  __typename?: 'Message';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its message type, if one was chosen. Embedded in full by Basecamp: no extra call. */
  category?: Maybe<MessageType>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** The body, as rich text (HTML). */
  content: Scalars['String']['output'];
  /** Files embedded in the body. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** The headline (its `title` too). */
  subject: Scalars['String']['output'];
  /** REST URL of its subscriber list. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A post on a project's message board, with a subject and a rich-text body. */
export type MessageBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A post on a project's message board, with a subject and a rich-text body. */
export type MessageCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A post on a project's message board, with a subject and a rich-text body. */
export type MessageEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A post on a project's message board, with a subject and a rich-text body. */
export type MessageTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A project's message board: the dock tool where its messages are posted. */
export type MessageBoard = Node & Recording & {
  __typename?: 'MessageBoard';
  /** Where its messages are listed in the web app. */
  appMessagesUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Its active messages, pinned ones first. */
  messages?: Maybe<MessageConnection>;
  /** How many active messages it holds. */
  messagesCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its messages. */
  messagesUrl?: Maybe<Scalars['String']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place in the project's dock. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A project's message board: the dock tool where its messages are posted. */
export type MessageBoardBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's message board: the dock tool where its messages are posted. */
export type MessageBoardCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's message board: the dock tool where its messages are posted. */
export type MessageBoardEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project's message board: the dock tool where its messages are posted. */
export type MessageBoardMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RecordingSortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RecordingSort>;
};


/** A project's message board: the dock tool where its messages are posted. */
export type MessageBoardTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<MessageEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Message>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** A label with an emoji icon that sorts a project's messages (Basecamp's "category"). */
export type MessageType = Node & {
  __typename?: 'MessageType';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** When the type was added. */
  createdAt: Scalars['DateTime']['output'];
  /** The emoji shown beside the label. */
  icon: Scalars['String']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Its label, e.g. `Announcement`. */
  name: Scalars['String']['output'];
  /** The project whose messages it labels. */
  project?: Maybe<Project>;
  /** When it was last renamed or given a new icon. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The mutation's arguments. */
export type MoveCardTableCardInput = {
  /** Where to: a column of the same board, the Basecamp id of an on-hold section, or the Basecamp id of a wormhole to send it to another project. */
  columnId: Scalars['ID']['input'];
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Its place in the column, from 1 (the default, the top). */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** What the mutation changed. */
export type MoveCardTableCardPayload = {
  __typename?: 'MoveCardTableCardPayload';
  /** The card. */
  card: CardTableCard;
  /** What it sits in, as it is after the change. */
  cardTableColumn?: Maybe<CardTableColumn>;
};

/** The mutation's arguments. */
export type MoveCardTableColumnInput = {
  /** The card table it is on. */
  cardTableId: Scalars['ID']['input'];
  /** A numbered column. */
  id: Scalars['ID']['input'];
  /** Its new place among the numbered columns, from 1 (the default). */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** What the mutation changed. */
export type MoveCardTableColumnPayload = {
  __typename?: 'MoveCardTableColumnPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Archives a project: kept, but out of the active list. */
  archiveProject?: Maybe<ArchiveProjectPayload>;
  /** Archives a recording: kept, but out of the way. */
  archiveRecording?: Maybe<ArchiveRecordingPayload>;
  /** Ticks a step off. */
  completeCardTableStep?: Maybe<CompleteCardTableStepPayload>;
  /** Marks a to-do as done. */
  completeTodo?: Maybe<CompleteTodoPayload>;
  /** Stores a file (up to 100 MiB). Use its `attachableSgid` in `createUpload` or embed it in rich text. */
  createAttachment?: Maybe<CreateAttachmentPayload>;
  /** Bookmarks a recording for the current person (bookmarking twice keeps one bookmark). */
  createBookmark?: Maybe<CreateBookmarkPayload>;
  /** Boosts a recording. */
  createBoost?: Maybe<CreateBoostPayload>;
  /** Says something in a Campfire. */
  createCampfireLine?: Maybe<CreateCampfireLinePayload>;
  /** Shares a file (up to 100 MiB) in a Campfire as a new line. */
  createCampfireUpload?: Maybe<CreateCampfireUploadPayload>;
  /** Adds a card to the bottom of a column. */
  createCardTableCard?: Maybe<CreateCardTableCardPayload>;
  /** Adds a numbered column after the last one. */
  createCardTableColumn?: Maybe<CreateCardTableColumnPayload>;
  /** Adds a step to the end of a card's checklist. */
  createCardTableStep?: Maybe<CreateCardTableStepPayload>;
  /** Adds a chatbot to the whole account (administrators only). */
  createChatbot?: Maybe<CreateChatbotPayload>;
  /** Files a link to a file on another service in a vault. */
  createCloudFile?: Maybe<CreateCloudFilePayload>;
  /** Comments on a message, to-do, document or any other recording that takes comments; its subscribers are notified. */
  createComment?: Maybe<CreateCommentPayload>;
  /** Writes a new document in a vault. */
  createDocument?: Maybe<CreateDocumentPayload>;
  /** Boosts one event of a recording, such as a to-do being completed. */
  createEventBoost?: Maybe<CreateEventBoostPayload>;
  /** Adds a folder to the top of the current person's home screen. */
  createFolder?: Maybe<CreateFolderPayload>;
  /** Records a new reading of a project's gauge. */
  createGaugeNeedle?: Maybe<CreateGaugeNeedlePayload>;
  /** Files a link to a Google Docs, Sheets or Slides file in a vault. */
  createGoogleDocument?: Maybe<CreateGoogleDocumentPayload>;
  /** Adds a marker to the account's Lineup. */
  createLineupMarker?: Maybe<CreateLineupMarkerPayload>;
  /** Posts a message on a message board. */
  createMessage?: Maybe<CreateMessagePayload>;
  /** Adds a message type to a project. */
  createMessageType?: Maybe<CreateMessageTypePayload>;
  /** Creates a project with the default set of tools. */
  createProject?: Maybe<CreateProjectPayload>;
  /** Starts building a project from a template; poll `projectConstruction` until it is completed. */
  createProjectFromTemplate?: Maybe<CreateProjectFromTemplatePayload>;
  /** Starts asking a new check-in question. */
  createQuestion?: Maybe<CreateQuestionPayload>;
  /** Answers a check-in question as the current user. */
  createQuestionAnswer?: Maybe<CreateQuestionAnswerPayload>;
  /** Adds an event to a schedule. */
  createScheduleEntry?: Maybe<CreateScheduleEntryPayload>;
  /** Creates a template with the default tools. */
  createTemplate?: Maybe<CreateTemplatePayload>;
  /** Logs time on a recording or on a project. */
  createTimesheetEntry?: Maybe<CreateTimesheetEntryPayload>;
  /** Adds a to-do to a list or group. */
  createTodo?: Maybe<CreateTodoPayload>;
  /** Adds a to-do list to a project's to-do set. */
  createTodolist?: Maybe<CreateTodolistPayload>;
  /** Adds a group to a to-do list. */
  createTodolistGroup?: Maybe<CreateTodolistGroupPayload>;
  /** Adds a to-do straight to a to-do set, outside any list. */
  createTodosetTodo?: Maybe<CreateTodosetTodoPayload>;
  /** Adds a tool to a project's dock, at the end. */
  createTool?: Maybe<CreateToolPayload>;
  /** Files an attachment in a vault as an upload. */
  createUpload?: Maybe<CreateUploadPayload>;
  /** Replaces an upload's file with a new version, keeping its id, link and comments. */
  createUploadVersion?: Maybe<CreateUploadVersionPayload>;
  /** Adds a folder inside a vault. */
  createVault?: Maybe<CreateVaultPayload>;
  /** Registers a webhook on a project. */
  createWebhook?: Maybe<CreateWebhookPayload>;
  /** Adds a wormhole to a card table, so its cards can be sent to a column in another project. */
  createWormhole?: Maybe<CreateWormholePayload>;
  /** Removes the current person's bookmark from a recording (a no-op when there is none). */
  deleteBookmark?: Maybe<DeleteBookmarkPayload>;
  /** Takes a boost back; only its author or an admin may. */
  deleteBoost?: Maybe<DeleteBoostPayload>;
  /** Removes a line from a Campfire. */
  deleteCampfireLine?: Maybe<DeleteCampfireLinePayload>;
  /** Removes a chatbot from every project of the account (administrators only). */
  deleteChatbot?: Maybe<DeleteChatbotPayload>;
  /** Deletes a home-screen folder; its projects stay, they just leave the home screen. */
  deleteFolder?: Maybe<DeleteFolderPayload>;
  /** Removes a gauge reading; the gauge falls back to the one before. */
  deleteGaugeNeedle?: Maybe<DeleteGaugeNeedlePayload>;
  /** Deletes a Lineup marker for good. */
  deleteLineupMarker?: Maybe<DeleteLineupMarkerPayload>;
  /** Deletes a message type; messages that had it keep existing without one. */
  deleteMessageType?: Maybe<DeleteMessageTypePayload>;
  /** Deletes a timesheet entry for good (entries have no trash). */
  deleteTimesheetEntry?: Maybe<DeleteTimesheetEntryPayload>;
  /** Removes a webhook for good. */
  deleteWebhook?: Maybe<DeleteWebhookPayload>;
  /** Removes a wormhole from its board. */
  deleteWormhole?: Maybe<DeleteWormholePayload>;
  /** Takes an assignment off Up Next (a no-op when it is not there). */
  deprioritizeAssignment?: Maybe<DeprioritizeAssignmentPayload>;
  /** Removes a column's on-hold section; its cards return to the column. */
  disableCardTableColumnOnHold?: Maybe<DisableCardTableColumnOnHoldPayload>;
  /** Turns a person's out of office off (a no-op when it already is). */
  disableOutOfOffice?: Maybe<DisableOutOfOfficePayload>;
  /** Hides a tool from the dock without deleting it. */
  disableTool?: Maybe<DisableToolPayload>;
  /** Gives a column an on-hold section for cards that are waiting. */
  enableCardTableColumnOnHold?: Maybe<EnableCardTableColumnOnHoldPayload>;
  /** Sets or replaces a person's out of office. */
  enableOutOfOffice?: Maybe<EnableOutOfOfficePayload>;
  /** Puts a disabled tool back in the dock, at the end. */
  enableTool?: Maybe<EnableToolPayload>;
  /** Marks notifications read. */
  markAsRead?: Maybe<MarkAsReadPayload>;
  /** Moves a card to another column, or to another project through a wormhole. */
  moveCardTableCard?: Maybe<MoveCardTableCardPayload>;
  /** Moves a numbered column left or right. */
  moveCardTableColumn?: Maybe<MoveCardTableColumnPayload>;
  /** Stops asking a check-in question until it is resumed. */
  pauseQuestion?: Maybe<PauseQuestionPayload>;
  /** Pins a message to the top of its board. */
  pinMessage?: Maybe<PinMessagePayload>;
  /** Adds one of the current person's assignments to the end of Up Next (a no-op when it is there). */
  prioritizeAssignment?: Maybe<PrioritizeAssignmentPayload>;
  /** Removes the account's custom logo. Owners and admins only. */
  removeAccountLogo?: Maybe<RemoveAccountLogoPayload>;
  /** Renames the account. Only its owner may. */
  renameAccount?: Maybe<RenameAccountPayload>;
  /** Moves an Up Next item to another position. */
  reorderUpNext?: Maybe<ReorderUpNextPayload>;
  /** Moves a step within its card's checklist. */
  repositionCardTableStep?: Maybe<RepositionCardTableStepPayload>;
  /** Moves a to-do within its list, or into another one. */
  repositionTodo?: Maybe<RepositionTodoPayload>;
  /** Moves a to-do list within its to-do set. */
  repositionTodolist?: Maybe<RepositionTodolistPayload>;
  /** Moves a group within its to-do list. */
  repositionTodolistGroup?: Maybe<RepositionTodolistGroupPayload>;
  /** Moves an enabled tool within the dock. */
  repositionTool?: Maybe<RepositionToolPayload>;
  /** Starts asking a paused check-in question again. */
  resumeQuestion?: Maybe<ResumeQuestionPayload>;
  /** Colours a column. */
  setCardTableColumnColor?: Maybe<SetCardTableColumnColorPayload>;
  /** Shows a recording to the project's clients or hides it from them, with everything inside it. Recordings that follow their parent (a to-do follows its list) are refused by Basecamp. */
  setClientVisibility?: Maybe<SetClientVisibilityPayload>;
  /** Subscribes the current user to a recording. */
  subscribe?: Maybe<SubscribePayload>;
  /** Turns a project's gauge on or off (project admins only). */
  toggleGauge?: Maybe<ToggleGaugePayload>;
  /** Moves a project to the trash; Basecamp deletes it for good after 30 days. */
  trashProject?: Maybe<TrashProjectPayload>;
  /** Moves a recording (to-do, message, document, …) to the trash. */
  trashRecording?: Maybe<TrashRecordingPayload>;
  /** Moves a template to the trash; it is deleted for good after 30 days. */
  trashTemplate?: Maybe<TrashTemplatePayload>;
  /** Trashes a dock tool with everything in it. */
  trashTool?: Maybe<TrashToolPayload>;
  /** Makes an archived or trashed project active again. */
  unarchiveProject?: Maybe<UnarchiveProjectPayload>;
  /** Makes an archived or trashed recording active again. */
  unarchiveRecording?: Maybe<UnarchiveRecordingPayload>;
  /** Marks a ticked step as pending again. */
  uncompleteCardTableStep?: Maybe<UncompleteCardTableStepPayload>;
  /** Marks a done to-do as pending again. */
  uncompleteTodo?: Maybe<UncompleteTodoPayload>;
  /** Lets a pinned message fall back into date order. */
  unpinMessage?: Maybe<UnpinMessagePayload>;
  /** Unsubscribes the current user from a recording; fine if they were not subscribed. */
  unsubscribe?: Maybe<UnsubscribePayload>;
  /** Stops watching a column. */
  unwatchCardTableColumn?: Maybe<UnwatchCardTableColumnPayload>;
  /** Stops watching the project: its reads are revalidated again and this server's webhook on it is removed. */
  unwatchProject?: Maybe<WatchProjectPayload>;
  /** Uploads or replaces the account's logo. Owners and admins only. */
  updateAccountLogo?: Maybe<UpdateAccountLogoPayload>;
  /** Recolours a standalone calendar. */
  updateCalendar?: Maybe<UpdateCalendarPayload>;
  /** Edits a text line; only its author may, and files cannot be edited. */
  updateCampfireLine?: Maybe<UpdateCampfireLinePayload>;
  /** Edits a card, changing only the fields given. */
  updateCardTableCard?: Maybe<UpdateCardTableCardPayload>;
  /** Renames or re-describes a column. */
  updateCardTableColumn?: Maybe<UpdateCardTableColumnPayload>;
  /** Edits a step, changing only the fields given. */
  updateCardTableStep?: Maybe<UpdateCardTableStepPayload>;
  /** Renames a chatbot or changes its command URL, account-wide (administrators only). */
  updateChatbot?: Maybe<UpdateChatbotPayload>;
  /** Edits a cloud file, changing only the fields given. */
  updateCloudFile?: Maybe<UpdateCloudFilePayload>;
  /** Rewrites a comment. */
  updateComment?: Maybe<UpdateCommentPayload>;
  /** Edits a document's title or body, changing only the fields given. */
  updateDocument?: Maybe<UpdateDocumentPayload>;
  /** Renames a home-screen folder. */
  updateFolder?: Maybe<UpdateFolderPayload>;
  /** Rewrites the note of a gauge reading. */
  updateGaugeNeedle?: Maybe<UpdateGaugeNeedlePayload>;
  /** Edits a linked Google document, changing only the fields given. */
  updateGoogleDocument?: Maybe<UpdateGoogleDocumentPayload>;
  /** Chooses which to-do lists a hill chart tracks; tracking the first turns it on, untracking the last turns it off. */
  updateHillChartSettings?: Maybe<UpdateHillChartSettingsPayload>;
  /** Renames or moves a Lineup marker. */
  updateLineupMarker?: Maybe<UpdateLineupMarkerPayload>;
  /** Edits a message, changing only the fields given. */
  updateMessage?: Maybe<UpdateMessagePayload>;
  /** Renames a message type or changes its icon. */
  updateMessageType?: Maybe<UpdateMessageTypePayload>;
  /** Replaces the current person's private note, creating it on first save. */
  updateMyNote?: Maybe<UpdateMyNotePayload>;
  /** Sets how the current person sees dates and times. */
  updateMyPreferences?: Maybe<UpdateMyPreferencesPayload>;
  /** Edits the current person's own profile. */
  updateMyProfile?: Maybe<UpdateMyProfilePayload>;
  /** Edits a project's name, description, access policy or schedule. */
  updateProject?: Maybe<UpdateProjectPayload>;
  /** Grants or revokes access to a project, inviting new people as needed. */
  updateProjectAccess?: Maybe<UpdateProjectAccessPayload>;
  /** Rewords or reschedules a check-in question. */
  updateQuestion?: Maybe<UpdateQuestionPayload>;
  /** Edits an answer to a check-in question. */
  updateQuestionAnswer?: Maybe<UpdateQuestionAnswerPayload>;
  /** Sets whether the current user answers a check-in question and follows its answers. */
  updateQuestionNotificationSettings?: Maybe<UpdateQuestionNotificationSettingsPayload>;
  /** Adds and removes subscribers of a recording; give at least one person. */
  updateRecordingSubscription?: Maybe<UpdateRecordingSubscriptionPayload>;
  /** Edits a schedule entry, changing only the fields given. */
  updateScheduleEntry?: Maybe<UpdateScheduleEntryPayload>;
  /** Chooses whether a schedule shows dated work beside its entries. */
  updateScheduleSettings?: Maybe<UpdateScheduleSettingsPayload>;
  /** Renames or re-describes a template. */
  updateTemplate?: Maybe<UpdateTemplatePayload>;
  /** Edits a timesheet entry, changing only the fields given. */
  updateTimesheetEntry?: Maybe<UpdateTimesheetEntryPayload>;
  /** Edits a to-do, changing only the fields given. */
  updateTodo?: Maybe<UpdateTodoPayload>;
  /** Renames or re-describes a to-do list or group. */
  updateTodolist?: Maybe<UpdateTodolistPayload>;
  /** Renames a dock tool. */
  updateTool?: Maybe<UpdateToolPayload>;
  /** Edits an upload's notes or renames its file. */
  updateUpload?: Maybe<UpdateUploadPayload>;
  /** Renames a vault. */
  updateVault?: Maybe<UpdateVaultPayload>;
  /** Edits a webhook's URL, types or whether it is active. */
  updateWebhook?: Maybe<UpdateWebhookPayload>;
  /** Points a wormhole at another column. */
  updateWormhole?: Maybe<UpdateWormholePayload>;
  /** Starts watching a column: you are notified of new cards in it. */
  watchCardTableColumn?: Maybe<WatchCardTableColumnPayload>;
  /** Registers (or reuses) one Basecamp webhook on the project pointing at this server, so its recordings are served from the cache until a webhook says they changed, and `recordingChanged` reports them. Needs BASECAMP_WEBHOOK_URL and BASECAMP_WEBHOOK_SECRET. */
  watchProject?: Maybe<WatchProjectPayload>;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationArchiveProjectArgs = {
  input: ArchiveProjectInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationArchiveRecordingArgs = {
  input: ArchiveRecordingInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCompleteCardTableStepArgs = {
  input: CompleteCardTableStepInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCompleteTodoArgs = {
  input: CompleteTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateAttachmentArgs = {
  input: CreateAttachmentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateBookmarkArgs = {
  input: CreateBookmarkInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateBoostArgs = {
  input: CreateBoostInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateCampfireLineArgs = {
  input: CreateCampfireLineInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateCampfireUploadArgs = {
  input: CreateCampfireUploadInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateCardTableCardArgs = {
  input: CreateCardTableCardInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateCardTableColumnArgs = {
  input: CreateCardTableColumnInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateCardTableStepArgs = {
  input: CreateCardTableStepInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateChatbotArgs = {
  input: CreateChatbotInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateCloudFileArgs = {
  input: CreateCloudFileInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateCommentArgs = {
  input: CreateCommentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateDocumentArgs = {
  input: CreateDocumentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateEventBoostArgs = {
  input: CreateEventBoostInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateFolderArgs = {
  input: CreateFolderInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateGaugeNeedleArgs = {
  input: CreateGaugeNeedleInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateGoogleDocumentArgs = {
  input: CreateGoogleDocumentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateLineupMarkerArgs = {
  input: CreateLineupMarkerInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateMessageArgs = {
  input: CreateMessageInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateMessageTypeArgs = {
  input: CreateMessageTypeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateProjectFromTemplateArgs = {
  input: CreateProjectFromTemplateInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateQuestionArgs = {
  input: CreateQuestionInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateQuestionAnswerArgs = {
  input: CreateQuestionAnswerInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateScheduleEntryArgs = {
  input: CreateScheduleEntryInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateTemplateArgs = {
  input: CreateTemplateInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateTimesheetEntryArgs = {
  input: CreateTimesheetEntryInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateTodoArgs = {
  input: CreateTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateTodolistArgs = {
  input: CreateTodolistInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateTodolistGroupArgs = {
  input: CreateTodolistGroupInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateTodosetTodoArgs = {
  input: CreateTodosetTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateToolArgs = {
  input: CreateToolInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateUploadVersionArgs = {
  input: CreateUploadVersionInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateVaultArgs = {
  input: CreateVaultInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateWormholeArgs = {
  input: CreateWormholeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteBookmarkArgs = {
  input: DeleteBookmarkInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteBoostArgs = {
  input: DeleteBoostInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteCampfireLineArgs = {
  input: DeleteCampfireLineInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteChatbotArgs = {
  input: DeleteChatbotInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteFolderArgs = {
  input: DeleteFolderInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteGaugeNeedleArgs = {
  input: DeleteGaugeNeedleInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteLineupMarkerArgs = {
  input: DeleteLineupMarkerInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteMessageTypeArgs = {
  input: DeleteMessageTypeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteTimesheetEntryArgs = {
  input: DeleteTimesheetEntryInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteWebhookArgs = {
  input: DeleteWebhookInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeleteWormholeArgs = {
  input: DeleteWormholeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDeprioritizeAssignmentArgs = {
  input: DeprioritizeAssignmentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDisableCardTableColumnOnHoldArgs = {
  input: DisableCardTableColumnOnHoldInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDisableOutOfOfficeArgs = {
  input: DisableOutOfOfficeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationDisableToolArgs = {
  input: DisableToolInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationEnableCardTableColumnOnHoldArgs = {
  input: EnableCardTableColumnOnHoldInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationEnableOutOfOfficeArgs = {
  input: EnableOutOfOfficeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationEnableToolArgs = {
  input: EnableToolInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationMarkAsReadArgs = {
  input: MarkAsReadInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationMoveCardTableCardArgs = {
  input: MoveCardTableCardInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationMoveCardTableColumnArgs = {
  input: MoveCardTableColumnInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationPauseQuestionArgs = {
  input: PauseQuestionInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationPinMessageArgs = {
  input: PinMessageInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationPrioritizeAssignmentArgs = {
  input: PrioritizeAssignmentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationRenameAccountArgs = {
  input: RenameAccountInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationReorderUpNextArgs = {
  input: ReorderUpNextInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationRepositionCardTableStepArgs = {
  input: RepositionCardTableStepInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationRepositionTodoArgs = {
  input: RepositionTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationRepositionTodolistArgs = {
  input: RepositionTodolistInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationRepositionTodolistGroupArgs = {
  input: RepositionTodolistGroupInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationRepositionToolArgs = {
  input: RepositionToolInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationResumeQuestionArgs = {
  input: ResumeQuestionInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationSetCardTableColumnColorArgs = {
  input: SetCardTableColumnColorInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationSetClientVisibilityArgs = {
  input: SetClientVisibilityInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationSubscribeArgs = {
  input: SubscribeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationToggleGaugeArgs = {
  input: ToggleGaugeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationTrashProjectArgs = {
  input: TrashProjectInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationTrashRecordingArgs = {
  input: TrashRecordingInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationTrashTemplateArgs = {
  input: TrashTemplateInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationTrashToolArgs = {
  input: TrashToolInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUnarchiveProjectArgs = {
  input: UnarchiveProjectInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUnarchiveRecordingArgs = {
  input: UnarchiveRecordingInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUncompleteCardTableStepArgs = {
  input: UncompleteCardTableStepInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUncompleteTodoArgs = {
  input: UncompleteTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUnpinMessageArgs = {
  input: UnpinMessageInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUnsubscribeArgs = {
  input: UnsubscribeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUnwatchCardTableColumnArgs = {
  input: UnwatchCardTableColumnInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUnwatchProjectArgs = {
  input: WatchProjectInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateAccountLogoArgs = {
  input: UpdateAccountLogoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateCalendarArgs = {
  input: UpdateCalendarInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateCampfireLineArgs = {
  input: UpdateCampfireLineInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateCardTableCardArgs = {
  input: UpdateCardTableCardInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateCardTableColumnArgs = {
  input: UpdateCardTableColumnInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateCardTableStepArgs = {
  input: UpdateCardTableStepInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateChatbotArgs = {
  input: UpdateChatbotInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateCloudFileArgs = {
  input: UpdateCloudFileInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateCommentArgs = {
  input: UpdateCommentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateDocumentArgs = {
  input: UpdateDocumentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateFolderArgs = {
  input: UpdateFolderInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateGaugeNeedleArgs = {
  input: UpdateGaugeNeedleInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateGoogleDocumentArgs = {
  input: UpdateGoogleDocumentInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateHillChartSettingsArgs = {
  input: UpdateHillChartSettingsInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateLineupMarkerArgs = {
  input: UpdateLineupMarkerInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateMessageArgs = {
  input: UpdateMessageInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateMessageTypeArgs = {
  input: UpdateMessageTypeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateMyNoteArgs = {
  input: UpdateMyNoteInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateMyPreferencesArgs = {
  input: UpdateMyPreferencesInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateProjectAccessArgs = {
  input: UpdateProjectAccessInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateQuestionArgs = {
  input: UpdateQuestionInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateQuestionAnswerArgs = {
  input: UpdateQuestionAnswerInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateQuestionNotificationSettingsArgs = {
  input: UpdateQuestionNotificationSettingsInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateRecordingSubscriptionArgs = {
  input: UpdateRecordingSubscriptionInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateScheduleEntryArgs = {
  input: UpdateScheduleEntryInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateScheduleSettingsArgs = {
  input: UpdateScheduleSettingsInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateTemplateArgs = {
  input: UpdateTemplateInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateTimesheetEntryArgs = {
  input: UpdateTimesheetEntryInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateTodoArgs = {
  input: UpdateTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateTodolistArgs = {
  input: UpdateTodolistInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateToolArgs = {
  input: UpdateToolInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateUploadArgs = {
  input: UpdateUploadInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateVaultArgs = {
  input: UpdateVaultInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateWebhookArgs = {
  input: UpdateWebhookInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateWormholeArgs = {
  input: UpdateWormholeInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationWatchCardTableColumnArgs = {
  input: WatchCardTableColumnInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationWatchProjectArgs = {
  input: WatchProjectInput;
};

/** The current person's open assignments, split into Up Next and the rest. */
export type MyAssignments = {
  __typename?: 'MyAssignments';
  /** Everything else still open. */
  nonPriorities: Array<Assignment>;
  /** Up Next, in the person's own order. */
  priorities: Array<Assignment>;
};

/** The current person's private notebook page. Before its first save it is empty and has no id. */
export type MyNote = {
  __typename?: 'MyNote';
  /** Where the note lives in the web app. */
  appUrl: Scalars['String']['output'];
  /** Null until the note is first saved. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** Rich text (HTML); empty before the first save. */
  content: Scalars['String']['output'];
  /** Files embedded in the content. */
  contentAttachments: Array<NoteAttachment>;
  /** Null until the note is first saved. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Basecamp's type name for it, `Notebook::Note`. */
  type: Scalars['String']['output'];
  /** Null until the note is first saved. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The REST URL of the note. */
  url: Scalars['String']['output'];
};

/** Someone to invite by email. */
export type NewPersonInput = {
  /** Their company; the account's own when left out. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** Email address. */
  emailAddress: Scalars['String']['input'];
  /** Its name. */
  name: Scalars['String']['input'];
  /** Job title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Anything that can be loaded again by its global id with `node(id:)`. */
export type Node = {
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
};

/** A file embedded in the note's rich text. */
export type NoteAttachment = {
  __typename?: 'NoteAttachment';
  /** The Basecamp id of the file. */
  basecampId: Scalars['ID']['output'];
  /** Size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** The file's MIME type. */
  contentType: Scalars['String']['output'];
  /** REST URL to download the file. */
  downloadUrl: Scalars['String']['output'];
  /** The file's name. */
  filename: Scalars['String']['output'];
  /** Pixel height of images; null for other files. */
  height?: Maybe<Scalars['Int']['output']>;
  /** URL of a preview image. */
  previewUrl: Scalars['String']['output'];
  /** Whether Basecamp can render a preview. */
  previewable: Scalars['Boolean']['output'];
  /** Signed id that places the file in rich text. */
  sgid: Scalars['String']['output'];
  /** URL of a thumbnail image. */
  thumbnailUrl: Scalars['String']['output'];
  /** Pixel width of images; null for other files. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** One entry of the current person's Hey! menu: activity on something they follow. */
export type Notification = {
  __typename?: 'Notification';
  /** Where it lives in the Basecamp web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id of the notification, as a string. */
  basecampId: Scalars['ID']['output'];
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** When a scheduled bubble-up resurfaces. */
  bubbleUpAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set only on items that can bubble up. */
  bubbleUpUrl?: Maybe<Scalars['String']['output']>;
  /** The project's name. */
  bucketName?: Maybe<Scalars['String']['output']>;
  /** The start of the text, plain. */
  contentExcerpt?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who caused it. Embedded in full: no extra call. */
  creator?: Maybe<Person>;
  /** On pings: its own picture. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Set only on items that can be kept for later. */
  memoryUrl?: Maybe<Scalars['String']['output']>;
  /** On pings: whether it has its own name. */
  named?: Maybe<Scalars['Boolean']['output']>;
  /** On pings: the other people in it. */
  participants: Array<Person>;
  /** Up to ten files it can preview. */
  previewableAttachments: Array<PreviewableAttachment>;
  /** When it was read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** A readable key for the item, e.g. `todo_123`. */
  readableIdentifier?: Maybe<Scalars['String']['output']>;
  /** What `markAsRead` takes to mark it read. */
  readableSgid?: Maybe<Scalars['String']['output']>;
  /** Which part of the menu: `inbox`, `chats`, `pings`, `bubbles` or `mentions`. */
  section?: Maybe<Scalars['String']['output']>;
  /** Whether the person follows what it is about. */
  subscribed?: Maybe<Scalars['Boolean']['output']>;
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Its title, as Basecamp shows it in lists. */
  title?: Maybe<Scalars['String']['output']>;
  /** What kind of thing it is about, e.g. `Recording`. */
  type?: Maybe<Scalars['String']['output']>;
  /** When it last became unread. */
  unreadAt?: Maybe<Scalars['DateTime']['output']>;
  /** Updates not yet seen. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL to mark it unread. */
  unreadUrl?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<NotificationEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Notification>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Notification;
};

/** The current person's Hey! menu: unread items, one page of read ones, and bubble-ups. */
export type NotificationInbox = {
  __typename?: 'NotificationInbox';
  /** Items that have bubbled back up. */
  bubbleUps: Array<Notification>;
  /** How many items have bubbled up, whatever the cap. */
  bubbleUpsCount: Scalars['Int']['output'];
  /** Kept-for-later items; Basecamp now leaves this empty in favour of bubble-ups. */
  memories: Array<Notification>;
  /** The requested page of read items (50 a page). */
  reads: Array<Notification>;
  /** Items set to bubble up later; null when `limitBubbleUps` was asked for. */
  scheduledBubbleUps?: Maybe<Array<Notification>>;
  /** How many are scheduled to. */
  scheduledBubbleUpsCount: Scalars['Int']['output'];
  /** Unread items, newest first (at most 100). */
  unreads: Array<Notification>;
};

/** Whether and when a person is away. When it is off, the dates are null. */
export type OutOfOffice = {
  __typename?: 'OutOfOffice';
  /** The first working day after the absence. */
  backOnDate?: Maybe<Scalars['Date']['output']>;
  /** Whether out of office is set. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** The last day away. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Whether today falls inside the absence. */
  ongoing?: Maybe<Scalars['Boolean']['output']>;
  /** Whose absence this is. */
  person?: Maybe<Person>;
  /** The first day away. */
  startDate?: Maybe<Scalars['Date']['output']>;
};

/** Overdue pending to-dos across the account, by how late they are. */
export type OverdueTodos = {
  __typename?: 'OverdueTodos';
  /** Due 30 to 90 days ago. */
  overAMonthLate: Array<Todo>;
  /** Due 7 to 30 days ago. */
  overAWeekLate: Array<Todo>;
  /** Due more than 90 days ago. */
  overThreeMonthsLate: Array<Todo>;
  /** Due in the last 7 days. */
  underAWeekLate: Array<Todo>;
};

/** Where a page sits in its collection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last item's cursor: pass it as `after:` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page started after a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first item's cursor. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The mutation's arguments. */
export type PauseQuestionInput = {
  /** The question, by global or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type PauseQuestionPayload = {
  __typename?: 'PauseQuestionPayload';
  /** The question as it is now. */
  question: Question;
  /** What it sits in, as it is after the change. */
  questionnaire?: Maybe<Questionnaire>;
};

/** Someone in the account: an employee, a collaborator from another company or a client. */
export type Person = Node & {
  __typename?: 'Person';
  /** Can administer the account. */
  admin?: Maybe<Scalars['Boolean']['output']>;
  /** Signed id for mentioning this person in rich text. */
  attachableSgid?: Maybe<Scalars['String']['output']>;
  /** URL of the person's avatar image. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** A short bio. */
  bio?: Maybe<Scalars['String']['output']>;
  /** Whether the person can see hill charts. */
  canAccessHillCharts?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the person can see timesheets. */
  canAccessTimesheet?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the person can add and remove people. */
  canManagePeople?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the person can create and manage projects. */
  canManageProjects?: Maybe<Scalars['Boolean']['output']>;
  /** Can be sent a direct Ping. */
  canPing?: Maybe<Scalars['Boolean']['output']>;
  /** Is a client, who sees only what is shared with clients. */
  client?: Maybe<Scalars['Boolean']['output']>;
  /** The company the person belongs to. */
  company?: Maybe<Company>;
  /** When it was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Email address. */
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** Belongs to the company that owns the account. */
  employee?: Maybe<Scalars['Boolean']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Where it is, as free text. */
  location?: Maybe<Scalars['String']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Whether this person is away, and when. */
  outOfOffice?: Maybe<OutOfOffice>;
  /** Owns the account. */
  owner?: Maybe<Scalars['Boolean']['output']>;
  /** What kind of account this is, e.g. `User` or `Client`. */
  personableType?: Maybe<Scalars['String']['output']>;
  /** What this person did lately, newest first. */
  progress?: Maybe<TimelineEventConnection>;
  /** A short tagline. */
  tagline?: Maybe<Scalars['String']['output']>;
  /** IANA time zone name. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** Job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** Someone in the account: an employee, a collaborator from another company or a client. */
export type PersonProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Person>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Person;
};

/** Which message. */
export type PinMessageInput = {
  /** The message: global or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type PinMessagePayload = {
  __typename?: 'PinMessagePayload';
  /** The message as it is now. */
  message: Message;
  /** What it sits in, as it is after the change. */
  messageBoard?: Maybe<MessageBoard>;
};

/** How the current person wants dates and times shown. */
export type Preferences = {
  __typename?: 'Preferences';
  /** Where to change them in the web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The day calendars start on, e.g. `Monday`. */
  firstWeekDay?: Maybe<Scalars['String']['output']>;
  /** `twelve_hour` or `twenty_four_hour`. */
  timeFormat?: Maybe<Scalars['String']['output']>;
  /** The time zone dates are shown in. */
  timeZoneName?: Maybe<Scalars['String']['output']>;
  /** The REST URL of these preferences. */
  url?: Maybe<Scalars['String']['output']>;
};

/** An image or file a notification can preview. */
export type PreviewableAttachment = {
  __typename?: 'PreviewableAttachment';
  /** Where it lives in the Basecamp web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** The file's MIME type. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** The file's name. */
  filename?: Maybe<Scalars['String']['output']>;
  /** Size in bytes. */
  filesize?: Maybe<Scalars['Int']['output']>;
  /** Height in pixels; null unless an image. */
  height?: Maybe<Scalars['Int']['output']>;
  /** Its REST URL. */
  url?: Maybe<Scalars['String']['output']>;
  /** Width in pixels; null unless an image. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** The mutation's arguments. */
export type PrioritizeAssignmentInput = {
  /** The assignment (its recording id, or `priorityRecordingId` for a card step). */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type PrioritizeAssignmentPayload = {
  __typename?: 'PrioritizeAssignmentPayload';
  /** The current person's open assignments, Up Next included, as they are now. */
  myAssignments: MyAssignments;
};

/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type Project = Node & {
  __typename?: 'Project';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id (also the bucket id), as a string. */
  basecampId: Scalars['ID']['output'];
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the current user bookmarked it. */
  bookmarked?: Maybe<Scalars['Boolean']['output']>;
  /** The project's Campfire; null when the chat tool is switched off. */
  campfire?: Maybe<Campfire>;
  /** The project's card table; null when the tool is turned off. */
  cardTable?: Maybe<CardTable>;
  /** What was sent to the client for approval, newest first by default. */
  clientApprovals?: Maybe<ClientApprovalConnection>;
  /** The client company the project is shared with. */
  clientCompany?: Maybe<ClientCompany>;
  /** Messages sent to the client, newest first by default. */
  clientCorrespondences?: Maybe<ClientCorrespondenceConnection>;
  /** Whether clients can be invited. */
  clientsEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Where the client-facing side of the project lives. */
  clientside?: Maybe<Clientside>;
  /** Its colour name. */
  color?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** A short description, plain text. */
  description?: Maybe<Scalars['String']['output']>;
  /** All tools of the project, enabled or not, in dock order. */
  dock: Array<DockTool>;
  /** The day it ends. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The project's progress gauge; null when it is turned off. */
  gauge?: Maybe<Gauge>;
  /** Every reading of the project's gauge, newest first. */
  gaugeNeedles?: Maybe<GaugeNeedleConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** The project's email inbox; null when the tool is switched off. */
  inbox?: Maybe<Inbox>;
  /** Colour of the latest hill-chart needle. */
  lastNeedleColor?: Maybe<Scalars['String']['output']>;
  /** Where the latest gauge needle points, 0 to 100. */
  lastNeedlePosition?: Maybe<Scalars['Int']['output']>;
  /** The project's message board; null when the tool is turned off. */
  messageBoard?: Maybe<MessageBoard>;
  /** The message types its messages can be labelled with. */
  messageTypes?: Maybe<Array<MessageType>>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The active people on the project. */
  people?: Maybe<PersonConnection>;
  /** Where the gauge needle pointed before the latest one. */
  previousNeedlePosition?: Maybe<Scalars['Int']['output']>;
  /** What the project is for, e.g. `topic` or `team`. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The project's Automatic Check-ins; null when the tool is turned off. */
  questionnaire?: Maybe<Questionnaire>;
  /** The project's schedule; null when the tool is turned off. */
  schedule?: Maybe<Schedule>;
  /** The day it starts. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** What happened in the project, newest first. */
  timeline?: Maybe<TimelineEventConnection>;
  /** All time logged in the project, on its items and on the project itself; null (NOT_FOUND) when time tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Whether time tracking is on. */
  timesheetEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The project's to-dos; null when the tool is disabled. */
  todoset?: Maybe<Todoset>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** The project's Docs & Files; null when the tool is disabled. */
  vault?: Maybe<Vault>;
  /** The project's webhooks. Clients may not see them. */
  webhooks?: Maybe<WebhookConnection>;
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectClientApprovalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RecordingSortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RecordingSort>;
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectClientCorrespondencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RecordingSortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RecordingSort>;
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectGaugeNeedlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who in the account may see a project. */
export type ProjectAdmissions =
  /** Anyone in the account. */
  | 'EMPLOYEE'
  /** Only people invited to it. */
  | 'INVITE'
  /** Anyone in the account except clients. */
  | 'TEAM';

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ProjectEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Project>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A project being built from a template; Basecamp builds it in the background. */
export type ProjectConstruction = Node & {
  __typename?: 'ProjectConstruction';
  /** The numeric Basecamp id of the construction, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** The new project once the construction is complete; embedded in full, so no extra call. */
  project?: Maybe<Project>;
  /** `pending` while building, `completed` once the project exists. */
  status: Scalars['String']['output'];
  /** The template it is built from. */
  template?: Maybe<Template>;
  /** REST URL to poll (at most once a second). */
  url?: Maybe<Scalars['String']['output']>;
};

/** One item of a page, with its cursor. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Project;
};

/** One project's share of an account-wide to-do view. */
export type ProjectTodos = {
  __typename?: 'ProjectTodos';
  /** The project. */
  project?: Maybe<Project>;
  /** The project's name, known without loading it. */
  projectName: Scalars['String']['output'];
  /** The to-dos. */
  todos: Array<Todo>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ProjectTodosConnection = {
  __typename?: 'ProjectTodosConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ProjectTodosEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<ProjectTodos>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type ProjectTodosEdge = {
  __typename?: 'ProjectTodosEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ProjectTodos;
};

/** The entry points into a Basecamp account. */
export type Query = {
  __typename?: 'Query';
  /** The account this request works in. */
  account?: Maybe<Account>;
  /** Everyone to-dos can be assigned to, to pick whose assignments to look at. */
  assignablePeople?: Maybe<Array<Person>>;
  /** A person's pending to-dos across the account. */
  assignedTodos?: Maybe<AssignedTodos>;
  /** A boost, by global id or Basecamp id. */
  boost?: Maybe<Boost>;
  /** A standalone calendar, by global id or Basecamp id. */
  calendar?: Maybe<Calendar>;
  /** A Campfire, by global id or Basecamp id. */
  campfire?: Maybe<Campfire>;
  /** A Campfire line, by global id, or by Basecamp id together with its Campfire. */
  campfireLine?: Maybe<CampfireLine>;
  /** Every Campfire the current user can see, across projects. */
  campfires?: Maybe<CampfireConnection>;
  /** A card table, by global id or Basecamp id. */
  cardTable?: Maybe<CardTable>;
  /** A card, by global id or Basecamp id. */
  cardTableCard?: Maybe<CardTableCard>;
  /** A card table column of any kind, by global id or Basecamp id. */
  cardTableColumn?: Maybe<CardTableColumn>;
  /** A step of a card, by global id or Basecamp id. */
  cardTableStep?: Maybe<CardTableStep>;
  /** Cards across every project you can see, grouped by project, a page of projects at a time. */
  cardsByProject?: Maybe<CardTableCardGroupConnection>;
  /** A chatbot, by global id, or by Basecamp id together with a project and its Campfire. */
  chatbot?: Maybe<Chatbot>;
  /** Every check-in answer you can see, newest first. */
  checkins?: Maybe<RecordingConnection>;
  /** A client approval, by global id or Basecamp id. */
  clientApproval?: Maybe<ClientApproval>;
  /** A client correspondence, by global id or Basecamp id. */
  clientCorrespondence?: Maybe<ClientCorrespondence>;
  /** A client reply, by global id, or by Basecamp id together with its project and thread. */
  clientReply?: Maybe<ClientReply>;
  /** A linked cloud file, by global id or Basecamp id. */
  cloudFile?: Maybe<CloudFile>;
  /** A comment, by global id or Basecamp id. */
  comment?: Maybe<Comment>;
  /** Every comment the user can read, across all projects, newest first. */
  comments?: Maybe<CommentConnection>;
  /** Completed to-dos across the account, grouped by project. */
  completedTodos?: Maybe<ProjectTodosConnection>;
  /** A document, by global id or Basecamp id. */
  document?: Maybe<Document>;
  /** Every upload and document you can see, newest first. */
  files?: Maybe<RecordingConnection>;
  /** One of the current person's home-screen folders, by global id or Basecamp id. */
  folder?: Maybe<Folder>;
  /** The current person's home-screen folders, in the order they appear. */
  folders?: Maybe<Array<Folder>>;
  /** A forwarded email, by global id or Basecamp id. */
  forward?: Maybe<Forward>;
  /** Forwarded emails from every project the current user can see, newest first. */
  forwards?: Maybe<ForwardConnection>;
  /** A gauge reading, by global id or Basecamp id. */
  gaugeNeedle?: Maybe<GaugeNeedle>;
  /** Project gauges, riskiest first (red, yellow, green) then by project name. */
  gauges?: Maybe<GaugeConnection>;
  /** A linked Google document, by global id or Basecamp id. */
  googleDocument?: Maybe<GoogleDocument>;
  /** A to-do set's hill chart. */
  hillChart?: Maybe<HillChart>;
  /** An inbox, by global id or Basecamp id. */
  inbox?: Maybe<Inbox>;
  /** A reply to a forward, by global id, or by Basecamp id together with its forward. */
  inboxReply?: Maybe<InboxReply>;
  /** Every marker on the account's Lineup, by date. */
  lineupMarkers?: Maybe<Array<LineupMarker>>;
  /** The person the access token belongs to. */
  me?: Maybe<Person>;
  /** A message, by global id or Basecamp id. */
  message?: Maybe<Message>;
  /** A message board, by global id or Basecamp id. */
  messageBoard?: Maybe<MessageBoard>;
  /** A message type, by global id, or by Basecamp id together with its project. */
  messageType?: Maybe<MessageType>;
  /** Every message the user can read, across all projects, newest first. */
  messages?: Maybe<MessageConnection>;
  /** What is assigned to the current person and still open. */
  myAssignments?: Maybe<MyAssignments>;
  /** The current person's bookmarks, newest first. */
  myBookmarks?: Maybe<BookmarkConnection>;
  /** Every bubble-up of the current person: current ones first, then scheduled ones by time. */
  myBubbleUps?: Maybe<NotificationConnection>;
  /** The current person's completed assignments (archived and trashed ones left out). */
  myCompletedAssignments?: Maybe<Array<Assignment>>;
  /** The current person's unpublished drafts in active projects, most recently edited first. */
  myDrafts?: Maybe<DraftConnection>;
  /** The current person's open assignments due in a window. */
  myDueAssignments?: Maybe<Array<Assignment>>;
  /** The current person's private note. */
  myNote?: Maybe<MyNote>;
  /** The current person's Hey! menu. */
  myNotifications?: Maybe<NotificationInbox>;
  /** The current person's date and time preferences. */
  myPreferences?: Maybe<Preferences>;
  /** Pending to-dos without a due date, grouped by project. */
  noDueDateTodos?: Maybe<ProjectTodosConnection>;
  /** Any object, by its global id (its `id` field); null when it cannot be read. */
  node?: Maybe<Node>;
  /** Objects by their global ids, in order. Each id is answered on its own: an id that is malformed, of another type or cannot be read is null with its own error, and the others still resolve. */
  nodes: Array<Maybe<Node>>;
  /** Pending to-dos across the account, grouped by project. */
  openTodos?: Maybe<ProjectTodosConnection>;
  /** Open cards past their due date across every project you can see, oldest due date first. */
  overdueCards?: Maybe<CardTableCardConnection>;
  /** Overdue pending to-dos across the account, most overdue first. Not paginated by Basecamp. */
  overdueTodos?: Maybe<Array<Todo>>;
  /** Overdue to-dos across the account, grouped by lateness. */
  overdueTodosReport?: Maybe<OverdueTodos>;
  /** Everyone in the account visible to the current user. */
  people?: Maybe<PersonConnection>;
  /** One person, by global id or Basecamp id. */
  person?: Maybe<Person>;
  /** Everyone in the account the current person can ping. */
  pingablePeople?: Maybe<PersonConnection>;
  /** What happened lately across every project you can see, newest first. */
  progressReport?: Maybe<TimelineEventConnection>;
  /** One project, by global id or Basecamp id. */
  project?: Maybe<Project>;
  /** A project construction, to see whether the project is ready. */
  projectConstruction?: Maybe<ProjectConstruction>;
  /** Projects visible to the current user, most recently created first. */
  projects?: Maybe<ProjectConnection>;
  /** A check-in question, by global id or Basecamp id. */
  question?: Maybe<Question>;
  /** An answer to a check-in question, by global id or Basecamp id. */
  questionAnswer?: Maybe<QuestionAnswer>;
  /** The current user's pending check-ins, soonest first. */
  questionReminders?: Maybe<QuestionReminderConnection>;
  /** An Automatic Check-ins tool, by global id or Basecamp id. */
  questionnaire?: Maybe<Questionnaire>;
  /** Your account's rate-limit budget as it stands after the calls made so far. Asking costs no call to Basecamp. */
  rateLimit: RateLimit;
  /** One kind of recording across projects (all active ones you can see unless `projectIds` narrows it), in one call. */
  recordings?: Maybe<RecordingConnection>;
  /** A schedule, by global id or Basecamp id. */
  schedule?: Maybe<Schedule>;
  /** A schedule entry, by global id or Basecamp id. A repeating entry reads as its first occurrence. */
  scheduleEntry?: Maybe<ScheduleEntry>;
  /** One day of a repeating schedule entry. */
  scheduleEntryOccurrence?: Maybe<ScheduleEntry>;
  /** Full-text search across everything you can see in the account. */
  search?: Maybe<SearchResultConnection>;
  /** The filter choices `search` accepts. */
  searchMetadata?: Maybe<SearchMetadata>;
  /** A template, by global id or Basecamp id. */
  template?: Maybe<Template>;
  /** The account's templates, most recently created first. */
  templates?: Maybe<TemplateConnection>;
  /** A timesheet entry, by global id or Basecamp id. */
  timesheetEntry?: Maybe<TimesheetEntry>;
  /** Time logged across the account, newest day first; the last month unless `from` and `to` say otherwise. Not paginated by Basecamp. */
  timesheetReport?: Maybe<Array<TimesheetEntry>>;
  /** A to-do, by global id or Basecamp id. */
  todo?: Maybe<Todo>;
  /** A to-do list, by global id or Basecamp id. */
  todolist?: Maybe<Todolist>;
  /** A to-do list group, by global id or Basecamp id. */
  todolistGroup?: Maybe<TodolistGroup>;
  /** A to-do set, by global id or Basecamp id. */
  todoset?: Maybe<Todoset>;
  /** A dock tool, by global id or Basecamp id. */
  tool?: Maybe<Tool>;
  /** Pending to-dos nobody is assigned to, grouped by project. */
  unassignedTodos?: Maybe<ProjectTodosConnection>;
  /** Entries, occurrences and dated work between two days, both included. */
  upcomingSchedule?: Maybe<UpcomingSchedule>;
  /** An uploaded file, by global id or Basecamp id. */
  upload?: Maybe<Upload>;
  /** A vault (Docs & Files folder), by global id or Basecamp id. */
  vault?: Maybe<Vault>;
  /** A webhook, by global id or Basecamp id. */
  webhook?: Maybe<Webhook>;
};


/** The entry points into a Basecamp account. */
export type QueryAssignedTodosArgs = {
  groupBy?: InputMaybe<AssignedTodosGrouping>;
  personId: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryBoostArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCalendarArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCampfireArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCampfireLineArgs = {
  campfireId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCampfiresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryCardTableArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCardTableCardArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCardTableColumnArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCardTableStepArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCardsByProjectArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  due?: InputMaybe<CardDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  view: CardView;
};


/** The entry points into a Basecamp account. */
export type QueryChatbotArgs = {
  campfireId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryCheckinsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryClientApprovalArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryClientCorrespondenceArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryClientReplyArgs = {
  id: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
  recordingId?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryCloudFileArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCommentArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryCompletedTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  due?: InputMaybe<TodoDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  creatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FileKind>;
};


/** The entry points into a Basecamp account. */
export type QueryFolderArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryForwardArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryForwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryGaugeNeedleArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryGaugesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** The entry points into a Basecamp account. */
export type QueryGoogleDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryHillChartArgs = {
  todosetId: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryInboxArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryInboxReplyArgs = {
  forwardId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryMessageBoardArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryMessageTypeArgs = {
  id: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryMyBookmarksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryMyBubbleUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryMyDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryMyDueAssignmentsArgs = {
  scope?: InputMaybe<DueScope>;
};


/** The entry points into a Basecamp account. */
export type QueryMyNotificationsArgs = {
  limitBubbleUps?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryNoDueDateTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  due?: InputMaybe<TodoDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryOpenTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  due?: InputMaybe<TodoDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryOverdueCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  due?: InputMaybe<CardDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryOverdueTodosArgs = {
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  due?: InputMaybe<TodoDueFilter>;
};


/** The entry points into a Basecamp account. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryPingablePeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryProgressReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryProjectConstructionArgs = {
  id: Scalars['ID']['input'];
  templateId: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};


/** The entry points into a Basecamp account. */
export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryQuestionAnswerArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryQuestionRemindersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryQuestionnaireArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryRecordingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RecordingSortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sort?: InputMaybe<RecordingSort>;
  status?: InputMaybe<RecordingStatus>;
  type: ListableRecordingType;
};


/** The entry points into a Basecamp account. */
export type QueryScheduleArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryScheduleEntryArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryScheduleEntryOccurrenceArgs = {
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  creatorId?: InputMaybe<Scalars['ID']['input']>;
  excludeChat?: InputMaybe<Scalars['Boolean']['input']>;
  fileType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  query: Scalars['String']['input'];
  since?: InputMaybe<SearchSince>;
  sort?: InputMaybe<SearchSort>;
  type?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryTemplateArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};


/** The entry points into a Basecamp account. */
export type QueryTimesheetEntryArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryTimesheetReportArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryTodoArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryTodolistArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryTodolistGroupArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryTodosetArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryToolArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryUnassignedTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  due?: InputMaybe<TodoDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryUpcomingScheduleArgs = {
  windowEndsOn: Scalars['Date']['input'];
  windowStartsOn: Scalars['Date']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryUploadArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryVaultArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** A check-in question, asked of people on a schedule and answered by each of them. */
export type Question = Node & Recording & {
  __typename?: 'Question';
  /** Everyone who has answered it. */
  answerers?: Maybe<PersonConnection>;
  /** Its answers, newest first. */
  answers?: Maybe<QuestionAnswerConnection>;
  /** The answers of one person, newest first. */
  answersBy?: Maybe<QuestionAnswerConnection>;
  /** How many active answers it has. */
  answersCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its answers. */
  answersUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Whether asking is on hold. */
  paused?: Maybe<Scalars['Boolean']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** When it is asked. */
  schedule?: Maybe<QuestionSchedule>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A check-in question, asked of people on a schedule and answered by each of them. */
export type QuestionAnswerersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A check-in question, asked of people on a schedule and answered by each of them. */
export type QuestionAnswersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  creatorId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A check-in question, asked of people on a schedule and answered by each of them. */
export type QuestionAnswersByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
};


/** A check-in question, asked of people on a schedule and answered by each of them. */
export type QuestionBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A check-in question, asked of people on a schedule and answered by each of them. */
export type QuestionCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A check-in question, asked of people on a schedule and answered by each of them. */
export type QuestionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A check-in question, asked of people on a schedule and answered by each of them. */
export type QuestionTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One person's answer to a check-in question for one day. */
export type QuestionAnswer = Node & Recording & {
  __typename?: 'QuestionAnswer';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** The answer, as rich text (HTML). */
  content: Scalars['String']['output'];
  /** Files embedded in the answer. */
  contentAttachments: Array<Attachment>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** The day the answer is filed under. */
  groupOn?: Maybe<Scalars['Date']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** One person's answer to a check-in question for one day. */
export type QuestionAnswerBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One person's answer to a check-in question for one day. */
export type QuestionAnswerCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One person's answer to a check-in question for one day. */
export type QuestionAnswerEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One person's answer to a check-in question for one day. */
export type QuestionAnswerTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type QuestionAnswerConnection = {
  __typename?: 'QuestionAnswerConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<QuestionAnswerEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<QuestionAnswer>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type QuestionAnswerEdge = {
  __typename?: 'QuestionAnswerEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: QuestionAnswer;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<QuestionEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Question>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Question;
};

/** How often a check-in question is asked. */
export type QuestionFrequency =
  /** Each of the chosen weekdays. */
  | 'EVERY_DAY'
  /** Once a month. */
  | 'EVERY_MONTH'
  /** Every second week, on the chosen day. */
  | 'EVERY_OTHER_WEEK'
  /** Once a week, on the chosen day. */
  | 'EVERY_WEEK'
  /** On the chosen weekdays only. */
  | 'ON_CERTAIN_DAYS';

/** A check-in the current user has yet to answer: which question, and when it is due. */
export type QuestionReminder = {
  __typename?: 'QuestionReminder';
  /** The day an answer to it is filed under. */
  groupOn?: Maybe<Scalars['Date']['output']>;
  /** The question. Embedded in full by Basecamp, so this costs no call. */
  question?: Maybe<Question>;
  /** When the question is (or was) asked. */
  remindAt?: Maybe<Scalars['DateTime']['output']>;
  /** Basecamp's id for this reminder. */
  reminderId?: Maybe<Scalars['ID']['output']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type QuestionReminderConnection = {
  __typename?: 'QuestionReminderConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<QuestionReminderEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<QuestionReminder>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type QuestionReminderEdge = {
  __typename?: 'QuestionReminderEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: QuestionReminder;
};

/** When a check-in question is asked. */
export type QuestionSchedule = {
  __typename?: 'QuestionSchedule';
  /** Weekdays it is asked on, 0 for Sunday to 6 for Saturday. */
  days: Array<Scalars['Int']['output']>;
  /** How long the question stays open, when limited. */
  duration?: Maybe<Scalars['Int']['output']>;
  /** The last day it may be asked; null when open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The cadence: `every_day`, `every_week`, `every_other_week`, `every_month` or `on_certain_days`. */
  frequency?: Maybe<Scalars['String']['output']>;
  /** Hour of the day it is asked. */
  hour?: Maybe<Scalars['Int']['output']>;
  /** Minute past the hour it is asked. */
  minute?: Maybe<Scalars['Int']['output']>;
  /** Months between asks, where the cadence skips months. */
  monthInterval?: Maybe<Scalars['Int']['output']>;
  /** The first day it may be asked. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** For monthly questions: which week of the month. */
  weekInstance?: Maybe<Scalars['Int']['output']>;
  /** Weeks between asks, where the cadence skips weeks. */
  weekInterval?: Maybe<Scalars['Int']['output']>;
};

/** When a check-in question is asked. */
export type QuestionScheduleInput = {
  /** Weekdays, 0 for Sunday to 6 for Saturday; may be empty only for monthly questions. */
  days: Array<Scalars['Int']['input']>;
  /** The last day it may be asked. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** How often it recurs. */
  frequency: QuestionFrequency;
  /** Hour of the day, 0–23. */
  hour: Scalars['Int']['input'];
  /** Minute past the hour, 0–59; defaults to 0. */
  minute?: InputMaybe<Scalars['Int']['input']>;
  /** The first day it may be asked; defaults to today. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** For monthly questions: which week of the month. */
  weekInstance?: InputMaybe<Scalars['Int']['input']>;
};

/** The Automatic Check-ins tool of a project: the questions asked of the team on a schedule. */
export type Questionnaire = Node & Recording & {
  __typename?: 'Questionnaire';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The tool's name as shown in the project. */
  name: Scalars['String']['output'];
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** The questions it asks. */
  questions?: Maybe<QuestionConnection>;
  /** How many active questions it asks. */
  questionsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its question list. */
  questionsUrl?: Maybe<Scalars['String']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** The Automatic Check-ins tool of a project: the questions asked of the team on a schedule. */
export type QuestionnaireBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The Automatic Check-ins tool of a project: the questions asked of the team on a schedule. */
export type QuestionnaireCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The Automatic Check-ins tool of a project: the questions asked of the team on a schedule. */
export type QuestionnaireEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The Automatic Check-ins tool of a project: the questions asked of the team on a schedule. */
export type QuestionnaireQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The Automatic Check-ins tool of a project: the questions asked of the team on a schedule. */
export type QuestionnaireTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Your room under Basecamp's rate limit. Every call this gateway makes to Basecamp for you spends one unit of a budget your account shares with everyone on it (and one of your token's own). The same figures arrive with every response in `extensions.cost.budget`. */
export type RateLimit = {
  __typename?: 'RateLimit';
  /** Calls to Basecamp allowed per window (Basecamp's is 50 per 10 seconds). */
  limit: Scalars['Int']['output'];
  /** Calls that could start right now without waiting: the tighter of your account's and your token's room. */
  remaining: Scalars['Int']['output'];
  /** When the whole budget is back if nothing more is sent: the last counted call has then left the window. Now, when nothing is counted. */
  resetAt: Scalars['DateTime']['output'];
};

/** Anything recorded in a project: to-dos, lists, messages, documents, comments and the rest. */
export type Recording = {
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** Anything recorded in a project: to-dos, lists, messages, documents, comments and the rest. */
export type RecordingBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything recorded in a project: to-dos, lists, messages, documents, comments and the rest. */
export type RecordingCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything recorded in a project: to-dos, lists, messages, documents, comments and the rest. */
export type RecordingEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything recorded in a project: to-dos, lists, messages, documents, comments and the rest. */
export type RecordingTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A change Basecamp reported through a webhook: what happened, when, by whom, and the recording as it is now. */
export type RecordingChange = {
  __typename?: 'RecordingChange';
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made the change. */
  creator?: Maybe<Person>;
  /** The Basecamp event id; a redelivered webhook is reported once. */
  eventId: Scalars['ID']['output'];
  /** Recording type and action, as Basecamp names it: `todo_completed`, `comment_created`. */
  kind: Scalars['String']['output'];
  /** The project it happened in. */
  project?: Maybe<Project>;
  /** The recording as it is now, read with the subscriber's token; null for a type the graph does not model, or one that is gone. */
  recording?: Maybe<Recording>;
  /** Basecamp's type of the recording, `Todo`, `Kanban::Card`, also when the graph does not model it. */
  recordingType: Scalars['String']['output'];
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type RecordingConnection = {
  __typename?: 'RecordingConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<RecordingEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Recording>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type RecordingEdge = {
  __typename?: 'RecordingEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Recording;
};

/** What a list of recordings is ordered by. */
export type RecordingSort =
  /** When each was created (Basecamp's default). */
  | 'CREATED_AT'
  /** When each last changed. */
  | 'UPDATED_AT';

/** Which end of the order comes first. */
export type RecordingSortDirection =
  /** Oldest first. */
  | 'ASC'
  /** Newest first (Basecamp's default). */
  | 'DESC';

/** The publication state of a project or recording, independent of completion. */
export type RecordingStatus =
  /** Published and visible. */
  | 'ACTIVE'
  /** Archived: kept, but out of the way. */
  | 'ARCHIVED'
  /** In the trash, deleted for good after a while. */
  | 'TRASHED';

/** The people notified about a recording's new comments and changes. */
export type RecordingSubscription = Node & {
  __typename?: 'RecordingSubscription';
  /** How many people are subscribed. */
  count: Scalars['Int']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether the current user is among the subscribers. */
  subscribed: Scalars['Boolean']['output'];
  /** Everyone subscribed; embedded in full, so no extra call. */
  subscribers: Array<Person>;
  /** REST URL of this subscription. */
  url: Scalars['String']['output'];
};

/** How a repeating schedule entry recurs. */
export type RecurrenceSchedule = {
  __typename?: 'RecurrenceSchedule';
  /** Weekdays it falls on, 0 for Sunday to 6 for Saturday. */
  days: Array<Scalars['Int']['output']>;
  /** The last day it can happen; null when open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The repeat rule, e.g. `every_week` or `every_month`. */
  frequency: Scalars['String']['output'];
  /** Hour of the day it starts. */
  hour?: Maybe<Scalars['Int']['output']>;
  /** Minute past the hour it starts. */
  minute?: Maybe<Scalars['Int']['output']>;
  /** The first day it can happen. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** For monthly rules: which week of the month (1 = first). */
  weekInstance?: Maybe<Scalars['Int']['output']>;
};

/** The account after its logo was removed. */
export type RemoveAccountLogoPayload = {
  __typename?: 'RemoveAccountLogoPayload';
  /** The account, now without a logo. */
  account: Account;
};

/** The mutation's arguments. */
export type RenameAccountInput = {
  /** The new name; cannot be blank. */
  name: Scalars['String']['input'];
};

/** What the mutation changed. */
export type RenameAccountPayload = {
  __typename?: 'RenameAccountPayload';
  /** The account as it is now. */
  account: Account;
};

/** The mutation's arguments. */
export type ReorderUpNextInput = {
  /** Where to put it, counting from 1. */
  position: Scalars['Int']['input'];
  /** An item already in Up Next. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type ReorderUpNextPayload = {
  __typename?: 'ReorderUpNextPayload';
  /** The current person's open assignments, Up Next included, as they are now. */
  myAssignments: MyAssignments;
};

/** The mutation's arguments. */
export type RepositionCardTableStepInput = {
  /** The card it is on. */
  cardId: Scalars['ID']['input'];
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Its new place, counting from 1. */
  position: Scalars['Int']['input'];
};

/** What the mutation changed. */
export type RepositionCardTableStepPayload = {
  __typename?: 'RepositionCardTableStepPayload';
  /** What it sits in, as it is after the change. */
  cardTableCard?: Maybe<CardTableCard>;
  /** The card step. */
  step: CardTableStep;
};

/** The mutation's arguments. */
export type RepositionTodoInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new position, counting from 1. */
  position: Scalars['Int']['input'];
  /** Move it into this list or group as well. */
  todolistId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the mutation changed. */
export type RepositionTodoPayload = {
  __typename?: 'RepositionTodoPayload';
  /** The to-do. */
  todo: Todo;
  /** What it sits in, as it is after the change. */
  todolist?: Maybe<Todolist>;
  /** What it sits in, as it is after the change. */
  todolistGroup?: Maybe<TodolistGroup>;
};

/** The mutation's arguments. */
export type RepositionTodolistGroupInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new position, counting from 1. */
  position: Scalars['Int']['input'];
};

/** What the mutation changed. */
export type RepositionTodolistGroupPayload = {
  __typename?: 'RepositionTodolistGroupPayload';
  /** What it sits in, as it is after the change. */
  todolist?: Maybe<Todolist>;
  /** The to-do list group. */
  todolistGroup: TodolistGroup;
};

/** The mutation's arguments. */
export type RepositionTodolistInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new position among the set's lists, counting from 1. */
  position: Scalars['Int']['input'];
};

/** What the mutation changed. */
export type RepositionTodolistPayload = {
  __typename?: 'RepositionTodolistPayload';
  /** The to-do list. */
  todolist: Todolist;
  /** What it sits in, as it is after the change. */
  todoset?: Maybe<Todoset>;
};

/** The mutation's arguments. */
export type RepositionToolInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new place in the dock, from 1. */
  position: Scalars['Int']['input'];
};

/** What the mutation changed. */
export type RepositionToolPayload = {
  __typename?: 'RepositionToolPayload';
  /** The project, to re-read its dock. */
  project?: Maybe<Project>;
  /** The dock tool. */
  tool: Tool;
};

/** The mutation's arguments. */
export type ResumeQuestionInput = {
  /** The question, by global or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type ResumeQuestionPayload = {
  __typename?: 'ResumeQuestionPayload';
  /** The question as it is now. */
  question: Question;
  /** What it sits in, as it is after the change. */
  questionnaire?: Maybe<Questionnaire>;
};

/** The calendar tool of a project (or of a standalone calendar): meetings, milestones and events. */
export type Schedule = Node & Recording & {
  __typename?: 'Schedule';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Its entries, soonest first. */
  entries?: Maybe<ScheduleEntryConnection>;
  /** How many active entries it holds. */
  entriesCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its entry list. */
  entriesUrl?: Maybe<Scalars['String']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether dated to-dos, cards and steps appear on this schedule beside its entries. */
  includeDueAssignments?: Maybe<Scalars['Boolean']['output']>;
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place in the project's dock. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** The calendar tool of a project (or of a standalone calendar): meetings, milestones and events. */
export type ScheduleBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The calendar tool of a project (or of a standalone calendar): meetings, milestones and events. */
export type ScheduleCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The calendar tool of a project (or of a standalone calendar): meetings, milestones and events. */
export type ScheduleEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};


/** The calendar tool of a project (or of a standalone calendar): meetings, milestones and events. */
export type ScheduleEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The calendar tool of a project (or of a standalone calendar): meetings, milestones and events. */
export type ScheduleTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An event on a schedule: a meeting, a deadline, a day off. Repeating ones carry their rule and can be read per occurrence. */
export type ScheduleEntry = Node & Recording & {
  __typename?: 'ScheduleEntry';
  /** Whether it takes whole days rather than a time range. */
  allDay: Scalars['Boolean']['output'];
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** More about it, as rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the description. */
  descriptionAttachments: Array<Attachment>;
  /** When it ends, in the same form as `startsAt`. */
  endsAt: Scalars['String']['output'];
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Whether it stands out on the schedule. */
  highlighted?: Maybe<Scalars['Boolean']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** A link to join it, such as a video call. */
  joinUrl?: Maybe<Scalars['String']['output']>;
  /** This repeating entry as it happens on one day (same id, that day's times); an error on a day it does not happen. */
  occurrence?: Maybe<ScheduleEntry>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Who takes part. Basecamp embeds them in full, so this costs no call. */
  participants: Array<Person>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** The repeat rule; null for one-off entries. A repeating entry reads as its first occurrence. */
  recurrenceSchedule?: Maybe<RecurrenceSchedule>;
  /** When it begins: a full timestamp, or a bare date (`YYYY-MM-DD`) for all-day entries. */
  startsAt: Scalars['String']['output'];
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** What the entry is, in one line. */
  summary: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** An event on a schedule: a meeting, a deadline, a day off. Repeating ones carry their rule and can be read per occurrence. */
export type ScheduleEntryBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An event on a schedule: a meeting, a deadline, a day off. Repeating ones carry their rule and can be read per occurrence. */
export type ScheduleEntryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An event on a schedule: a meeting, a deadline, a day off. Repeating ones carry their rule and can be read per occurrence. */
export type ScheduleEntryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An event on a schedule: a meeting, a deadline, a day off. Repeating ones carry their rule and can be read per occurrence. */
export type ScheduleEntryOccurrenceArgs = {
  date: Scalars['Date']['input'];
};


/** An event on a schedule: a meeting, a deadline, a day off. Repeating ones carry their rule and can be read per occurrence. */
export type ScheduleEntryTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type ScheduleEntryConnection = {
  __typename?: 'ScheduleEntryConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ScheduleEntryEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<ScheduleEntry>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type ScheduleEntryEdge = {
  __typename?: 'ScheduleEntryEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ScheduleEntry;
};

/** One choice for a search filter. */
export type SearchFilterOption = {
  __typename?: 'SearchFilterOption';
  /** What to pass as the filter; null for "everything". */
  key?: Maybe<Scalars['String']['output']>;
  /** The label to show. */
  value: Scalars['String']['output'];
};

/** The filter choices search accepts; read them rather than hard-coding them. */
export type SearchMetadata = {
  __typename?: 'SearchMetadata';
  /** The label for searching every project. */
  defaultBucketLabel: Scalars['String']['output'];
  /** The label for searching everyone's things. */
  defaultCircleLabel: Scalars['String']['output'];
  /** The label for searching by anyone. */
  defaultCreatorLabel: Scalars['String']['output'];
  /** The label for searching every file type. */
  defaultFileTypeLabel: Scalars['String']['output'];
  /** The label for searching every kind of thing. */
  defaultTypeLabel: Scalars['String']['output'];
  /** Choices for `fileType`. */
  fileSearchTypes: Array<SearchFilterOption>;
  /** Choices for `type`. */
  recordingSearchTypes: Array<SearchFilterOption>;
};

/** One hit of a search: the matching recording in Basecamp's search projection, with highlighted excerpts. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Where the web app downloads the file. */
  appDownloadUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** Files attached to it. */
  attachments?: Maybe<Array<SearchResultAttachment>>;
  /** The recording's Basecamp id; absent for bare file hits. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** REST URL to bubble it up in the current user's Hey! menu later. */
  bubbleUpUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. */
  bucket?: Maybe<Project>;
  /** Size in bytes. */
  byteSize?: Maybe<Scalars['Float']['output']>;
  /** How many cards it holds. */
  cardsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its cards. */
  cardsUrl?: Maybe<Scalars['String']['output']>;
  /** Its colour name. */
  color?: Maybe<Scalars['String']['output']>;
  /** How many comments it has. */
  commentCount?: Maybe<Scalars['Int']['output']>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** Rich text (HTML), for types that have content. */
  content?: Maybe<Scalars['String']['output']>;
  /** Files in the content. */
  contentAttachments?: Maybe<Array<SearchResultAttachment>>;
  /** The file's MIME type, e.g. `image/png`. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Embedded in full, so no extra call. */
  creator?: Maybe<Person>;
  /** Rich text (HTML), for types that have a description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Files in the description. */
  descriptionAttachments?: Maybe<Array<SearchResultAttachment>>;
  /** REST URL to download the file. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The file's name. */
  filename?: Maybe<Scalars['String']['output']>;
  /** Height in pixels; null unless an image. */
  height?: Maybe<Scalars['Int']['output']>;
  /** URL of an image. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The language of its text. */
  language?: Maybe<Scalars['String']['output']>;
  /** The recording it sits in. */
  parent?: Maybe<Recording>;
  /** The text without markup, matched terms wrapped in `<em>`: escape it before showing. */
  plainTextContent?: Maybe<Scalars['String']['output']>;
  /** Like `plainTextContent`, for the description. */
  plainTextDescription?: Maybe<Scalars['String']['output']>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** URL of a preview image. */
  previewUrl?: Maybe<Scalars['String']['output']>;
  /** Whether Basecamp can render a preview. */
  previewable?: Maybe<Scalars['Boolean']['output']>;
  /** The hit as its own full type (loaded when selected); null for types this graph does not model. */
  recording?: Maybe<Recording>;
  /** URL of a sound. */
  soundUrl?: Maybe<Scalars['String']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status?: Maybe<Scalars['String']['output']>;
  /** Its subject line. */
  subject?: Maybe<Scalars['String']['output']>;
  /** Embedded in full for some types. */
  subscribers?: Maybe<Array<Person>>;
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** URL of a thumbnail image. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** Its title, as Basecamp shows it in lists. */
  title?: Maybe<Scalars['String']['output']>;
  /** Basecamp's type of the recording, e.g. `Todo`. */
  type?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its REST URL. */
  url?: Maybe<Scalars['String']['output']>;
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
  /** Width in pixels; null unless an image. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** A file attached to a search hit. */
export type SearchResultAttachment = {
  __typename?: 'SearchResultAttachment';
  /** The numeric Basecamp id, as a string. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** Size in bytes. */
  byteSize: Scalars['Float']['output'];
  /** MIME type. */
  contentType: Scalars['String']['output'];
  /** Authenticated download URL. */
  downloadUrl: Scalars['String']['output'];
  /** The file's name. */
  filename: Scalars['String']['output'];
  /** URL of a preview image. */
  previewUrl?: Maybe<Scalars['String']['output']>;
  /** Whether Basecamp can render a preview. */
  previewable?: Maybe<Scalars['Boolean']['output']>;
  /** Signed global id, for embedding the file in rich text. */
  sgid?: Maybe<Scalars['String']['output']>;
  /** URL of a thumbnail image. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<SearchResultEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<SearchResult>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SearchResult;
};

/** How far back a search looks. */
export type SearchSince =
  | 'FOREVER'
  | 'LAST_7_DAYS'
  | 'LAST_12_MONTHS'
  | 'LAST_30_DAYS'
  | 'LAST_90_DAYS';

/** How search results are ordered. */
export type SearchSort =
  /** Relevance, with a boost for recent things (the default). */
  | 'BEST_MATCH'
  /** Most recently updated first. */
  | 'RECENCY';

/** The mutation's arguments. */
export type SetCardTableColumnColorInput = {
  /** Its colour name. */
  color: CardTableColumnColor;
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type SetCardTableColumnColorPayload = {
  __typename?: 'SetCardTableColumnColorPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** Whether clients on the project may see a recording. */
export type SetClientVisibilityInput = {
  /** A global id of any recording, or its Basecamp id. */
  id: Scalars['ID']['input'];
  /** True to show it to clients, false to hide it. */
  visibleToClients: Scalars['Boolean']['input'];
};

/** What the mutation changed. */
export type SetClientVisibilityPayload = {
  __typename?: 'SetClientVisibilityPayload';
  /** The Basecamp id of the recording. */
  basecampId: Scalars['ID']['output'];
  /** The recording as it is now. */
  recording?: Maybe<Recording>;
  /** Its client visibility now. */
  visibleToClients: Scalars['Boolean']['output'];
};

/** The mutation's arguments. */
export type SubscribeInput = {
  /** A global id of any recording, or its Basecamp id. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type SubscribePayload = {
  __typename?: 'SubscribePayload';
  /** The subscription as it is now. */
  recordingSubscription: RecordingSubscription;
};

/** Live updates, over Server-Sent Events (`Accept: text/event-stream`). Fed by Basecamp webhooks: see `watchProject`. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every change in the account's watched projects that this token can read; narrow it with `projectIds` and `types`. */
  recordingChanged: RecordingChange;
};


/** Live updates, over Server-Sent Events (`Accept: text/event-stream`). Fed by Basecamp webhooks: see `watchProject`. */
export type SubscriptionRecordingChangedArgs = {
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<WebhookType>>;
};

/** A blueprint for new projects: its name, description and the tools new projects start with. */
export type Template = Node & {
  __typename?: 'Template';
  /** Where it lives in the web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** A short description, plain text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The tools projects made from it get, enabled or not, in dock order. */
  dock: Array<DockTool>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Publication state: `active`, `archived` or `trashed`. */
  status?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type TemplateConnection = {
  __typename?: 'TemplateConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<TemplateEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Template>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type TemplateEdge = {
  __typename?: 'TemplateEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Template;
};

/** How times of day are written. */
export type TimeFormat =
  /** e.g. 2:30pm. */
  | 'TWELVE_HOUR'
  /** e.g. 14:30. */
  | 'TWENTY_FOUR_HOUR';

/** A file attached to what a timeline event is about. */
export type TimelineAttachment = {
  __typename?: 'TimelineAttachment';
  /** Where the web app downloads the file. */
  appDownloadUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** Size in bytes, as a string: files can pass 2^31 bytes. */
  byteSize?: Maybe<Scalars['String']['output']>;
  /** The file's MIME type, e.g. `image/png`. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** REST URL to download the file. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The file's name. */
  filename?: Maybe<Scalars['String']['output']>;
  /** Height in pixels; null unless an image. */
  height?: Maybe<Scalars['Int']['output']>;
  /** URL of a preview image. */
  previewUrl?: Maybe<Scalars['String']['output']>;
  /** URL of a thumbnail image. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** Its title, as Basecamp shows it in lists. */
  title?: Maybe<Scalars['String']['output']>;
  /** `Upload` for uploaded files; absent for files inside rich text. */
  type?: Maybe<Scalars['String']['output']>;
  /** Its REST URL. */
  url?: Maybe<Scalars['String']['output']>;
  /** Width in pixels; null unless an image. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** Something that happened in a project, as the activity feed tells it. Basecamp serves events only in feeds, so they are not nodes. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** Who did what, as one line of text. */
  action?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** Files attached to it. */
  attachments: Array<TimelineAttachment>;
  /** Avatar URLs of the people in a chat summary. */
  avatarsSample?: Maybe<Array<Scalars['String']['output']>>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** The project it happened in. */
  bucket?: Maybe<Project>;
  /** When it happened. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who did it. Embedded in full: no extra call. */
  creator?: Maybe<Person>;
  /** What happened, as Basecamp describes it. */
  data?: Maybe<TimelineEventData>;
  /** What happened, e.g. `todo_created` or `message_created`; new kinds appear over time. */
  kind?: Maybe<Scalars['String']['output']>;
  /** The Basecamp id of what it happened in (e.g. the to-do list of a new to-do). */
  parentRecordingId?: Maybe<Scalars['ID']['output']>;
  /** The start of the content, when there is some. */
  summaryExcerpt?: Maybe<Scalars['String']['output']>;
  /** The name of what it happened in or to. */
  target?: Maybe<Scalars['String']['output']>;
  /** Action and target as one sentence. */
  title?: Maybe<Scalars['String']['output']>;
  /** REST URL of the recording it is about. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type TimelineEventConnection = {
  __typename?: 'TimelineEventConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<TimelineEventEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<TimelineEvent>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** When a scheduled event takes place, on schedule-entry timeline events. */
export type TimelineEventData = {
  __typename?: 'TimelineEventData';
  /** Whether it takes whole days rather than a time span. */
  allDay: Scalars['Boolean']['output'];
  /** A timestamp, or a bare date for all-day entries. */
  endsAt?: Maybe<Scalars['String']['output']>;
  /** A timestamp, or a bare date for all-day entries. */
  startsAt?: Maybe<Scalars['String']['output']>;
};

/** One item of a page, with its cursor. */
export type TimelineEventEdge = {
  __typename?: 'TimelineEventEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TimelineEvent;
};

/** Time someone spent, logged on a to-do, message, card or other recording, or on the project as a whole. */
export type TimesheetEntry = Node & Recording & {
  __typename?: 'TimesheetEntry';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The day the time was spent. */
  date?: Maybe<Scalars['Date']['output']>;
  /** A note on the work done, plain text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** How long, as the decimal string Basecamp keeps (e.g. `"1.5"`), so no rounding creeps in. */
  hours?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Whose time it is; may differ from `creator`, who logged it. Embedded in full: no extra call. */
  person?: Maybe<Person>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** Time someone spent, logged on a to-do, message, card or other recording, or on the project as a whole. */
export type TimesheetEntryBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Time someone spent, logged on a to-do, message, card or other recording, or on the project as a whole. */
export type TimesheetEntryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Time someone spent, logged on a to-do, message, card or other recording, or on the project as a whole. */
export type TimesheetEntryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Time someone spent, logged on a to-do, message, card or other recording, or on the project as a whole. */
export type TimesheetEntryTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type TimesheetEntryConnection = {
  __typename?: 'TimesheetEntryConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<TimesheetEntryEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<TimesheetEntry>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type TimesheetEntryEdge = {
  __typename?: 'TimesheetEntryEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TimesheetEntry;
};

/** A to-do: something to get done, optionally assigned and scheduled. */
export type Todo = Node & Recording & {
  __typename?: 'Todo';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** Who it is assigned to. Embedded in full by Basecamp: no extra call. */
  assignees: Array<Person>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** Whether it is done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** Set once the to-do is completed. */
  completion?: Maybe<TodoCompletion>;
  /** Who is notified when it is completed. */
  completionSubscribers: Array<Person>;
  /** REST URL to complete or uncomplete it. */
  completionUrl?: Maybe<Scalars['String']['output']>;
  /** What needs doing: the to-do's one-line text. */
  content: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Notes, as rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  /** The day it is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** The day it starts. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A to-do: something to get done, optionally assigned and scheduled. */
export type TodoBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do: something to get done, optionally assigned and scheduled. */
export type TodoCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do: something to get done, optionally assigned and scheduled. */
export type TodoEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do: something to get done, optionally assigned and scheduled. */
export type TodoTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** When and by whom a to-do was completed. */
export type TodoCompletion = {
  __typename?: 'TodoCompletion';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  creator: Person;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type TodoConnection = {
  __typename?: 'TodoConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<TodoEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Todo>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** Narrows an account-wide to-do view by due date. */
export type TodoDueFilter =
  /** Only to-dos past their due date. */
  | 'OVERDUE'
  /** Only to-dos with a due date. */
  | 'WITH'
  /** Only to-dos without one. */
  | 'WITHOUT';

/** One item of a page, with its cursor. */
export type TodoEdge = {
  __typename?: 'TodoEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Todo;
};

/** A to-do list in a project's to-do set. */
export type Todolist = Node & Recording & {
  __typename?: 'Todolist';
  /** Where its to-dos are in the web app. */
  appTodosUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** REST URL to bubble it up in the current user's Hey! menu later. */
  bubbleUpUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its colour name. */
  color?: Maybe<Scalars['String']['output']>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** Where its comments are in the web app. */
  commentsAppUrl?: Maybe<Scalars['String']['output']>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** Whether it is done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** Done over total, e.g. `3/7`. */
  completedRatio?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Rich text (HTML). */
  description: Scalars['String']['output'];
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** REST URL to reposition its groups. */
  groupPositionUrl?: Maybe<Scalars['String']['output']>;
  /** The groups this list is divided into. */
  groups?: Maybe<TodolistGroupConnection>;
  /** REST URL of its groups. */
  groupsUrl?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Its to-dos: pending ones unless `completed` or `status` say otherwise. */
  todos?: Maybe<TodoConnection>;
  /** How many to-dos it holds, done or not, its groups' included: the total of `completedRatio`. */
  todosCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its to-dos. */
  todosUrl?: Maybe<Scalars['String']['output']>;
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A to-do list in a project's to-do set. */
export type TodolistBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do list in a project's to-do set. */
export type TodolistCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do list in a project's to-do set. */
export type TodolistEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do list in a project's to-do set. */
export type TodolistGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};


/** A to-do list in a project's to-do set. */
export type TodolistTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A to-do list in a project's to-do set. */
export type TodolistTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type TodolistConnection = {
  __typename?: 'TodolistConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<TodolistEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Todolist>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type TodolistEdge = {
  __typename?: 'TodolistEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Todolist;
};

/** A named group of to-dos inside a to-do list. */
export type TodolistGroup = Node & Recording & {
  __typename?: 'TodolistGroup';
  /** Where its to-dos are in the web app. */
  appTodosUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** REST URL to bubble it up in the current user's Hey! menu later. */
  bubbleUpUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its colour name. */
  color?: Maybe<Scalars['String']['output']>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** Where its comments are in the web app. */
  commentsAppUrl?: Maybe<Scalars['String']['output']>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** Whether it is done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** Done over total, e.g. `3/7`. */
  completedRatio?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Rich text (HTML). */
  description: Scalars['String']['output'];
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** REST URL to reposition its groups. */
  groupPositionUrl?: Maybe<Scalars['String']['output']>;
  /** REST URL of its groups. */
  groupsUrl?: Maybe<Scalars['String']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Its to-dos: pending ones unless `completed` or `status` say otherwise. */
  todos?: Maybe<TodoConnection>;
  /** How many to-dos it holds, done or not, its groups' included: the total of `completedRatio`. */
  todosCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its to-dos. */
  todosUrl?: Maybe<Scalars['String']['output']>;
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A named group of to-dos inside a to-do list. */
export type TodolistGroupBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named group of to-dos inside a to-do list. */
export type TodolistGroupCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named group of to-dos inside a to-do list. */
export type TodolistGroupEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named group of to-dos inside a to-do list. */
export type TodolistGroupTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A named group of to-dos inside a to-do list. */
export type TodolistGroupTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type TodolistGroupConnection = {
  __typename?: 'TodolistGroupConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<TodolistGroupEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<TodolistGroup>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type TodolistGroupEdge = {
  __typename?: 'TodolistGroupEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TodolistGroup;
};

/** The to-do tool of a project: it holds the project's to-do lists. */
export type Todoset = Node & Recording & {
  __typename?: 'Todoset';
  /** Where its to-do lists are in the web app. */
  appTodolistsUrl?: Maybe<Scalars['String']['output']>;
  /** Where its to-dos are in the web app. */
  appTodosUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** Whether every to-do in it is done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** How many to-dos outside any list are done. */
  completedLooseTodosCount?: Maybe<Scalars['Int']['output']>;
  /** Done over total, e.g. `3/7`. */
  completedRatio?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** How far along each tracked list is. */
  hillChart?: Maybe<HillChart>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** The to-do lists in this set. */
  todolists?: Maybe<TodolistConnection>;
  /** How many to-do lists it holds. */
  todolistsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its to-do lists. */
  todolistsUrl?: Maybe<Scalars['String']['output']>;
  /** How many to-dos it holds. */
  todosCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its to-dos. */
  todosUrl?: Maybe<Scalars['String']['output']>;
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** The to-do tool of a project: it holds the project's to-do lists. */
export type TodosetBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The to-do tool of a project: it holds the project's to-do lists. */
export type TodosetCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The to-do tool of a project: it holds the project's to-do lists. */
export type TodosetEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The to-do tool of a project: it holds the project's to-do lists. */
export type TodosetTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** The to-do tool of a project: it holds the project's to-do lists. */
export type TodosetTodolistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};

/** The mutation's arguments. */
export type ToggleGaugeInput = {
  /** Show the gauge, or hide it. */
  enabled: Scalars['Boolean']['input'];
  /** The project (global id or Basecamp id). */
  projectId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type ToggleGaugePayload = {
  __typename?: 'ToggleGaugePayload';
  /** The project, read back. */
  project?: Maybe<Project>;
};

/** A tool in a project's dock (to-dos, chat, schedule, …) seen as a recording: its title, kind and place in the dock. */
export type Tool = Node & Recording & {
  __typename?: 'Tool';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Place in the dock, from 1; null while the tool is disabled. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** REST URL of its subscribers; absent for tools nobody subscribes to. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A tool in a project's dock (to-dos, chat, schedule, …) seen as a recording: its title, kind and place in the dock. */
export type ToolBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tool in a project's dock (to-dos, chat, schedule, …) seen as a recording: its title, kind and place in the dock. */
export type ToolCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tool in a project's dock (to-dos, chat, schedule, …) seen as a recording: its title, kind and place in the dock. */
export type ToolEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tool in a project's dock (to-dos, chat, schedule, …) seen as a recording: its title, kind and place in the dock. */
export type ToolTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A kind of dock tool, by Basecamp's recording type. */
export type ToolType =
  /** Campfire chat. */
  | 'CHAT'
  /** Email forwards. */
  | 'INBOX'
  /** Card table. */
  | 'KANBAN_BOARD'
  | 'MESSAGE_BOARD'
  /** Automatic check-ins. */
  | 'QUESTIONNAIRE'
  | 'SCHEDULE'
  | 'TODOSET'
  /** Docs & Files. */
  | 'VAULT';

/** The mutation's arguments. */
export type TrashProjectInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type TrashProjectPayload = {
  __typename?: 'TrashProjectPayload';
  /** The global id of the trashed project, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type TrashRecordingInput = {
  /** A global id of any recording, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type TrashRecordingPayload = {
  __typename?: 'TrashRecordingPayload';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** The global id of the trashed recording, when a global id was given (for client caches). */
  deletedId?: Maybe<Scalars['ID']['output']>;
};

/** The mutation's arguments. */
export type TrashTemplateInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type TrashTemplatePayload = {
  __typename?: 'TrashTemplatePayload';
  /** The global id of the trashed template, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type TrashToolInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type TrashToolPayload = {
  __typename?: 'TrashToolPayload';
  /** The global id of the trashed tool, for client caches. */
  deletedId: Scalars['ID']['output'];
};

/** The mutation's arguments. */
export type UnarchiveProjectInput = {
  /** The project, by global id or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UnarchiveProjectPayload = {
  __typename?: 'UnarchiveProjectPayload';
  /** The project as it is now. */
  project?: Maybe<Project>;
};

/** The mutation's arguments. */
export type UnarchiveRecordingInput = {
  /** A global id of any recording, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UnarchiveRecordingPayload = {
  __typename?: 'UnarchiveRecordingPayload';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** The recording as it is now; null when only a Basecamp id was given, since its type is then unknown. */
  recording?: Maybe<Recording>;
};

/** The mutation's arguments. */
export type UncompleteCardTableStepInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UncompleteCardTableStepPayload = {
  __typename?: 'UncompleteCardTableStepPayload';
  /** What it sits in, as it is after the change. */
  cardTableCard?: Maybe<CardTableCard>;
  /** The card step. */
  step: CardTableStep;
};

/** The mutation's arguments. */
export type UncompleteTodoInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UncompleteTodoPayload = {
  __typename?: 'UncompleteTodoPayload';
  /** The to-do. */
  todo: Todo;
  /** What it sits in, as it is after the change. */
  todolist?: Maybe<Todolist>;
  /** What it sits in, as it is after the change. */
  todolistGroup?: Maybe<TodolistGroup>;
};

/** Which message. */
export type UnpinMessageInput = {
  /** The message: global or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UnpinMessagePayload = {
  __typename?: 'UnpinMessagePayload';
  /** The message as it is now. */
  message: Message;
  /** What it sits in, as it is after the change. */
  messageBoard?: Maybe<MessageBoard>;
};

/** The mutation's arguments. */
export type UnsubscribeInput = {
  /** A global id of any recording, or its Basecamp id. */
  recordingId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UnsubscribePayload = {
  __typename?: 'UnsubscribePayload';
  /** The subscription as it is now. */
  recordingSubscription: RecordingSubscription;
};

/** The mutation's arguments. */
export type UnwatchCardTableColumnInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UnwatchCardTableColumnPayload = {
  __typename?: 'UnwatchCardTableColumnPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** A to-do, card or step with a date in the report's window. */
export type UpcomingAssignable = {
  __typename?: 'UpcomingAssignable';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** Who it is assigned to (loaded in full on demand). */
  assignees?: Maybe<Array<Person>>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** The project it is in. */
  bucket?: Maybe<Project>;
  /** How many active comments it has. */
  commentsCount: Scalars['Int']['output'];
  /** Whether it is done. */
  completed: Scalars['Boolean']['output'];
  /** When and by whom it was completed. */
  completion?: Maybe<UpcomingAssignableCompletion>;
  /** REST URL to complete or uncomplete it. */
  completionUrl: Scalars['String']['output'];
  /** The item's text. */
  content: Scalars['String']['output'];
  /** The day it is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** What it sits in. */
  parent: UpcomingAssignableParent;
  /** The full to-do, card or step, when the graph models its kind. */
  recording?: Maybe<Recording>;
  /** Whether the item repeats. */
  repeating: Scalars['Boolean']['output'];
  /** The day it starts. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** The kind, lowercase: `todo`, `card` or `step`. */
  type: Scalars['String']['output'];
  /** The item's REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients: Scalars['Boolean']['output'];
};

/** When and by whom a dated item was completed. */
export type UpcomingAssignableCompletion = {
  __typename?: 'UpcomingAssignableCompletion';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who completed it (loaded in full on demand). */
  creator?: Maybe<Person>;
};

/** The list or column a dated item is filed under, as the report names it. */
export type UpcomingAssignableParent = {
  __typename?: 'UpcomingAssignableParent';
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Its title; "List: Group" for a to-do in a group. */
  title: Scalars['String']['output'];
};

/** Everything dated in a window across the projects and calendars the user can see. */
export type UpcomingSchedule = {
  __typename?: 'UpcomingSchedule';
  /** To-dos, cards and steps due in the window. */
  assignables: Array<UpcomingAssignable>;
  /** Each day a repeating entry happens in the window. */
  recurringScheduleEntryOccurrences: Array<UpcomingScheduleEntry>;
  /** One-off entries starting in the window, soonest first. */
  scheduleEntries: Array<UpcomingScheduleEntry>;
};

/** A schedule entry, or one day of a repeating one, as the upcoming-schedule report lists it. */
export type UpcomingScheduleEntry = {
  __typename?: 'UpcomingScheduleEntry';
  /** Whether it takes whole days rather than a time span. */
  allDay: Scalars['Boolean']['output'];
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The entry's Basecamp id (occurrences share it). */
  basecampId: Scalars['ID']['output'];
  /** The project it is on; null for standalone calendars. */
  bucket?: Maybe<Project>;
  /** How many active comments it has. */
  commentsCount: Scalars['Int']['output'];
  /** Who added it (loaded in full on demand). */
  creator?: Maybe<Person>;
  /** A timestamp, or a bare date for all-day entries. */
  endsAt: Scalars['String']['output'];
  /** The full entry (for a repeating one, as of its first occurrence). */
  entry?: Maybe<ScheduleEntry>;
  /** Who takes part (loaded in full on demand). */
  participants?: Maybe<Array<Person>>;
  /** Whether this is an occurrence of a repeating entry. */
  recurring: Scalars['Boolean']['output'];
  /** A timestamp, or a bare date for all-day entries. */
  startsAt: Scalars['String']['output'];
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** What it is, in a line. */
  summary: Scalars['String']['output'];
  /** Always `ScheduleEntry` in this report. */
  type: Scalars['String']['output'];
  /** The entry's REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients: Scalars['Boolean']['output'];
};

/** A new logo, sent as a GraphQL multipart request. */
export type UpdateAccountLogoInput = {
  /** PNG, JPEG, GIF, WebP, AVIF or HEIC, at most 5 MB. */
  file: Scalars['File']['input'];
};

/** What the mutation changed. */
export type UpdateAccountLogoPayload = {
  __typename?: 'UpdateAccountLogoPayload';
  /** The account as it is now. */
  account: Account;
};

/** The mutation's arguments. */
export type UpdateCalendarInput = {
  /** Its new colour. */
  color: CalendarColor;
  /** The calendar, by global or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UpdateCalendarPayload = {
  __typename?: 'UpdateCalendarPayload';
  /** The calendar as it is now. */
  calendar: Calendar;
};

/** New content for a Campfire line. */
export type UpdateCampfireLineInput = {
  /** The line's Campfire; needed with a plain line id. */
  campfireId?: InputMaybe<Scalars['ID']['input']>;
  /** The new content; Basecamp stores an edited line as rich text HTML. */
  content: Scalars['String']['input'];
  /** The line's global id, or its Basecamp id with `campfireId`. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UpdateCampfireLinePayload = {
  __typename?: 'UpdateCampfireLinePayload';
  /** What it sits in, as it is after the change. */
  campfire?: Maybe<Campfire>;
  /** The line as it is now. */
  campfireLine: CampfireLine;
};

/** Changes to a card: fields left out keep their value, an explicit null clears. */
export type UpdateCardTableCardInput = {
  /** The new assignees, replacing the current ones. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Notes, as rich text (HTML). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The day it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new title; cannot be blank. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateCardTableCardPayload = {
  __typename?: 'UpdateCardTableCardPayload';
  /** The card. */
  card: CardTableCard;
  /** What it sits in, as it is after the change. */
  cardTableColumn?: Maybe<CardTableColumn>;
};

/** Changes to a column: fields left out keep their value, a null description clears it. */
export type UpdateCardTableColumnInput = {
  /** Its description, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new title; cannot be blank. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateCardTableColumnPayload = {
  __typename?: 'UpdateCardTableColumnPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** Changes to a step: fields left out keep their value, an explicit null clears. */
export type UpdateCardTableStepInput = {
  /** The new assignees, replacing the current ones. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The day it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new title; cannot be blank. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateCardTableStepPayload = {
  __typename?: 'UpdateCardTableStepPayload';
  /** What it sits in, as it is after the change. */
  cardTableCard?: Maybe<CardTableCard>;
  /** The card step. */
  step: CardTableStep;
};

/** Changes to a chatbot: fields left out keep their value; a null `commandUrl` clears it. */
export type UpdateChatbotInput = {
  /** A Campfire to reach it through; needed with a plain chatbot id. */
  campfireId?: InputMaybe<Scalars['ID']['input']>;
  /** A new HTTPS command endpoint, or null for a bot that only posts. */
  commandUrl?: InputMaybe<Scalars['String']['input']>;
  /** The chatbot's global id, or its Basecamp id with `projectId` and `campfireId`. */
  id: Scalars['ID']['input'];
  /** That Campfire's project; needed with a plain chatbot id. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** A new one-word name. */
  serviceName?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateChatbotPayload = {
  __typename?: 'UpdateChatbotPayload';
  /** The chatbot as it is now. */
  chatbot: Chatbot;
};

/** Changes to a cloud file: fields left out keep their value. */
export type UpdateCloudFileInput = {
  /** New notes; null empties them. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** A new service code; cannot be cleared. */
  service?: InputMaybe<Scalars['String']['input']>;
  /** The people subscribed, replacing the current ones. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new title; cannot be cleared. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A new https link; cannot be cleared. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateCloudFilePayload = {
  __typename?: 'UpdateCloudFilePayload';
  /** The cloud file. */
  cloudFile: CloudFile;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** A comment's new text. */
export type UpdateCommentInput = {
  /** The new text, as rich text (HTML). */
  content: Scalars['String']['input'];
  /** Its global id, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UpdateCommentPayload = {
  __typename?: 'UpdateCommentPayload';
  /** The comment as it is now. */
  comment: Comment;
  /** What it sits in, as it is after the change. */
  recording?: Maybe<Recording>;
};

/** Changes to a document: fields left out keep their value. */
export type UpdateDocumentInput = {
  /** The new body, as rich text (HTML); null empties it. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new title; cannot be cleared. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateDocumentPayload = {
  __typename?: 'UpdateDocumentPayload';
  /** The document. */
  document: Document;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** The mutation's arguments. */
export type UpdateFolderInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new name; the only thing a folder lets you change. */
  name: Scalars['String']['input'];
};

/** What the mutation changed. */
export type UpdateFolderPayload = {
  __typename?: 'UpdateFolderPayload';
  /** The folder. */
  folder: Folder;
};

/** The mutation's arguments. */
export type UpdateGaugeNeedleInput = {
  /** The new note, rich text (HTML); null clears it. Position and colour never change. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UpdateGaugeNeedlePayload = {
  __typename?: 'UpdateGaugeNeedlePayload';
  /** The gauge needle. */
  gaugeNeedle: GaugeNeedle;
};

/** Changes to a Google document: fields left out keep their value. */
export type UpdateGoogleDocumentInput = {
  /** New notes; null empties them. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Cannot be cleared. */
  documentType?: InputMaybe<GoogleDocumentType>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The people subscribed, replacing the current ones. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new title; cannot be cleared. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A new https link; cannot be cleared. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateGoogleDocumentPayload = {
  __typename?: 'UpdateGoogleDocumentPayload';
  /** The Google document. */
  googleDocument: GoogleDocument;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** The mutation's arguments. */
export type UpdateHillChartSettingsInput = {
  /** The to-do set (global id or Basecamp id). */
  todosetId: Scalars['ID']['input'];
  /** To-do lists to put on the hill. */
  trackedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** To-do lists to take off it. */
  untrackedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What the mutation changed. */
export type UpdateHillChartSettingsPayload = {
  __typename?: 'UpdateHillChartSettingsPayload';
  /** The hill chart. */
  hillChart: HillChart;
};

/** Changes to a marker: fields left out keep their value. */
export type UpdateLineupMarkerInput = {
  /** The calendar day. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Cannot be blank. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateLineupMarkerPayload = {
  __typename?: 'UpdateLineupMarkerPayload';
  /** The marker as it is now. */
  lineupMarker: LineupMarker;
};

/** Changes to a message: fields left out keep their value; a null `categoryId` removes the type. */
export type UpdateMessageInput = {
  /** A message type of the same project. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The new body, as rich text (HTML). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Its global id, or its Basecamp id. */
  id: Scalars['ID']['input'];
  /** The new headline; cannot be cleared. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateMessagePayload = {
  __typename?: 'UpdateMessagePayload';
  /** The message as it is now. */
  message: Message;
  /** What it sits in, as it is after the change. */
  messageBoard?: Maybe<MessageBoard>;
};

/** Changes to a message type: the field left out keeps its value. */
export type UpdateMessageTypeInput = {
  /** The new emoji; cannot be cleared. */
  icon?: InputMaybe<Scalars['String']['input']>;
  /** A global MessageType id, or the Basecamp id with `projectId`. */
  id: Scalars['ID']['input'];
  /** The new label; cannot be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Needed only with a Basecamp id. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the mutation changed. */
export type UpdateMessageTypePayload = {
  __typename?: 'UpdateMessageTypePayload';
  /** The message type as it is now. */
  messageType: MessageType;
};

/** The mutation's arguments. */
export type UpdateMyNoteInput = {
  /** The whole new text, as rich text (HTML); cannot be blank. */
  content: Scalars['String']['input'];
};

/** What the mutation changed. */
export type UpdateMyNotePayload = {
  __typename?: 'UpdateMyNotePayload';
  /** The note as saved. */
  note: MyNote;
};

/** Changes to date and time preferences; fields left out keep their value. */
export type UpdateMyPreferencesInput = {
  /** The day weeks start on. */
  firstWeekDay?: InputMaybe<WeekDay>;
  /** How times are shown: 12- or 24-hour. */
  timeFormat?: InputMaybe<TimeFormat>;
  /** A time zone, e.g. `America/Chicago` or `London`. */
  timeZoneName?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateMyPreferencesPayload = {
  __typename?: 'UpdateMyPreferencesPayload';
  /** The preferences as they are now. */
  preferences: Preferences;
};

/** Changes to the current person's profile: fields left out keep their value, null clears title, bio or location. */
export type UpdateMyProfileInput = {
  /** A short line about them. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** Must not belong to someone else in the account. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** The day weeks start on. */
  firstWeekDay?: InputMaybe<WeekDay>;
  /** Where it is, as free text. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Display name; cannot be blank. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** How times are shown: 12- or 24-hour. */
  timeFormat?: InputMaybe<TimeFormat>;
  /** A time zone, e.g. `America/Chicago` or `London`. */
  timeZoneName?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateMyProfilePayload = {
  __typename?: 'UpdateMyProfilePayload';
  /** The profile as it is now. */
  person: Person;
};

/** Who to add to or remove from a project; give at least one. */
export type UpdateProjectAccessInput = {
  /** New people to invite to the account and the project. */
  create?: InputMaybe<Array<NewPersonInput>>;
  /** People already in the account to add. */
  grant?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The project (global id or Basecamp id). */
  projectId: Scalars['ID']['input'];
  /** People to remove. */
  revoke?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What the mutation changed. */
export type UpdateProjectAccessPayload = {
  __typename?: 'UpdateProjectAccessPayload';
  /** Who was given access (embedded in full). */
  granted: Array<Person>;
  /** The project, read again. */
  project?: Maybe<Project>;
  /** Who lost access. */
  revoked: Array<Person>;
};

/** Changes to a project: fields left out keep their value. */
export type UpdateProjectInput = {
  /** Who in the account may see the project. */
  admissions?: InputMaybe<ProjectAdmissions>;
  /** Its description, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Give together with `startDate`. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Its name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Give together with `endDate`. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** What the mutation changed. */
export type UpdateProjectPayload = {
  __typename?: 'UpdateProjectPayload';
  /** The project. */
  project: Project;
};

/** Changes to an answer: fields left out keep their value. */
export type UpdateQuestionAnswerInput = {
  /** The new text, as rich text (HTML); cannot be cleared. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** A different day to file it under. */
  groupOn?: InputMaybe<Scalars['Date']['input']>;
  /** The answer, by global or Basecamp id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UpdateQuestionAnswerPayload = {
  __typename?: 'UpdateQuestionAnswerPayload';
  /** What it sits in, as it is after the change. */
  question?: Maybe<Question>;
  /** The answer as it is now. */
  questionAnswer: QuestionAnswer;
};

/** Changes to a check-in question: fields left out keep their value. */
export type UpdateQuestionInput = {
  /** The question, by global or Basecamp id. */
  id: Scalars['ID']['input'];
  /** Put asking on hold, or resume it. */
  paused?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new schedule, replacing the current one. */
  schedule?: InputMaybe<QuestionScheduleInput>;
  /** The new wording; cannot be cleared. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The mutation's arguments. */
export type UpdateQuestionNotificationSettingsInput = {
  /** The question, by global or Basecamp id. */
  id: Scalars['ID']['input'];
  /** Whether the current user is asked this question. */
  responding?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the current user hears about new answers. */
  subscribed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the mutation changed. */
export type UpdateQuestionNotificationSettingsPayload = {
  __typename?: 'UpdateQuestionNotificationSettingsPayload';
  /** The question (loaded on demand). */
  question?: Maybe<Question>;
  /** Whether the current user is now asked it. */
  responding?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the current user now follows its answers. */
  subscribed?: Maybe<Scalars['Boolean']['output']>;
};

/** What the mutation changed. */
export type UpdateQuestionPayload = {
  __typename?: 'UpdateQuestionPayload';
  /** The question as it is now. */
  question: Question;
  /** What it sits in, as it is after the change. */
  questionnaire?: Maybe<Questionnaire>;
};

/** The mutation's arguments. */
export type UpdateRecordingSubscriptionInput = {
  /** A global id of any recording, or its Basecamp id. */
  recordingId: Scalars['ID']['input'];
  /** People to add to the subscribers. */
  subscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** People to take off the subscribers. */
  unsubscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What the mutation changed. */
export type UpdateRecordingSubscriptionPayload = {
  __typename?: 'UpdateRecordingSubscriptionPayload';
  /** The subscription as it is now. */
  recordingSubscription: RecordingSubscription;
};

/** Changes to a schedule entry: fields left out keep their value, an explicit null clears what can be cleared. */
export type UpdateScheduleEntryInput = {
  /** Whole days rather than a time range. */
  allDay?: InputMaybe<Scalars['Boolean']['input']>;
  /** Rich text (HTML); null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end, as for `createScheduleEntry`. */
  endsAt?: InputMaybe<Scalars['String']['input']>;
  /** Whether it stands out. */
  highlighted?: InputMaybe<Scalars['Boolean']['input']>;
  /** The entry, by global or Basecamp id. */
  id: Scalars['ID']['input'];
  /** A new join link; null removes it. */
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  /** Tell the participants about the change. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** The new participants, replacing the current ones; null removes everyone. */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New start, as for `createScheduleEntry`. */
  startsAt?: InputMaybe<Scalars['String']['input']>;
  /** What it is; cannot be cleared. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateScheduleEntryPayload = {
  __typename?: 'UpdateScheduleEntryPayload';
  /** What it sits in, as it is after the change. */
  schedule?: Maybe<Schedule>;
  /** The entry as it is now. */
  scheduleEntry: ScheduleEntry;
};

/** The mutation's arguments. */
export type UpdateScheduleSettingsInput = {
  /** The schedule, by global or Basecamp id. */
  id: Scalars['ID']['input'];
  /** Show dated to-dos, cards and steps on the schedule. */
  includeDueAssignments: Scalars['Boolean']['input'];
};

/** What the mutation changed. */
export type UpdateScheduleSettingsPayload = {
  __typename?: 'UpdateScheduleSettingsPayload';
  /** The schedule as it is now. */
  schedule: Schedule;
};

/** Changes to a template: fields left out keep their value, a null description clears it. */
export type UpdateTemplateInput = {
  /** Its description, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Cannot be blank. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateTemplatePayload = {
  __typename?: 'UpdateTemplatePayload';
  /** The template. */
  template: Template;
};

/** Changes to a timesheet entry: fields left out keep their value. */
export type UpdateTimesheetEntryInput = {
  /** The calendar day. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** An explicit null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Decimal (`"1.5"`) or hours and minutes (`"1:30"`). */
  hours?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The person (global id or Basecamp id). */
  personId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the mutation changed. */
export type UpdateTimesheetEntryPayload = {
  __typename?: 'UpdateTimesheetEntryPayload';
  /** The timesheet entry. */
  timesheetEntry: TimesheetEntry;
};

/** Changes to a to-do: fields left out keep their value, an explicit null clears it. */
export type UpdateTodoInput = {
  /** The new assignees, replacing the current ones. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** People to notify when it is completed. */
  completionSubscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What needs doing; cannot be cleared. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Its description, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The day it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Notify newly assigned people. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** The day it starts. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
};

/** What the mutation changed. */
export type UpdateTodoPayload = {
  __typename?: 'UpdateTodoPayload';
  /** The to-do. */
  todo: Todo;
  /** What it sits in, as it is after the change. */
  todolist?: Maybe<Todolist>;
  /** What it sits in, as it is after the change. */
  todolistGroup?: Maybe<TodolistGroup>;
};

/** Changes to a to-do list or group: fields left out keep their value. */
export type UpdateTodolistInput = {
  /** Its description, as rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Its name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What the mutation changed. */
export type UpdateTodolistPayload = {
  __typename?: 'UpdateTodolistPayload';
  /** The to-do list. */
  todolist: Todolist;
};

/** The mutation's arguments. */
export type UpdateToolInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new name. */
  title: Scalars['String']['input'];
};

/** What the mutation changed. */
export type UpdateToolPayload = {
  __typename?: 'UpdateToolPayload';
  /** The dock tool. */
  tool: Tool;
};

/** Changes to an upload: fields left out keep their value. */
export type UpdateUploadInput = {
  /** A new file name without its extension. */
  baseName?: InputMaybe<Scalars['String']['input']>;
  /** Notes, as rich text (HTML); null empties them. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UpdateUploadPayload = {
  __typename?: 'UpdateUploadPayload';
  /** The upload. */
  upload: Upload;
  /** What it sits in, as it is after the change. */
  vault?: Maybe<Vault>;
};

/** The mutation's arguments. */
export type UpdateVaultInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The new name; the only thing a vault lets you change. */
  title: Scalars['String']['input'];
};

/** What the mutation changed. */
export type UpdateVaultPayload = {
  __typename?: 'UpdateVaultPayload';
  /** The folder of documents and files. */
  vault: Vault;
};

/** Changes to a webhook: fields left out keep their value; `types: null` means every type. */
export type UpdateWebhookInput = {
  /** Switch it on or off. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its id. */
  id: Scalars['ID']['input'];
  /** A new HTTPS URL. */
  payloadUrl?: InputMaybe<Scalars['String']['input']>;
  /** The new set of recording types. */
  types?: InputMaybe<Array<WebhookType>>;
};

/** What the mutation changed. */
export type UpdateWebhookPayload = {
  __typename?: 'UpdateWebhookPayload';
  /** The webhook. */
  webhook: Webhook;
};

/** The mutation's arguments. */
export type UpdateWormholeInput = {
  /** The new far column. */
  destinationColumnId: Scalars['ID']['input'];
  /** The wormhole's Basecamp id. */
  id: Scalars['ID']['input'];
  /** The project whose board holds it (Basecamp addresses wormholes through it). */
  projectId: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type UpdateWormholePayload = {
  __typename?: 'UpdateWormholePayload';
  /** The wormhole. */
  wormhole: Wormhole;
};

/** A file uploaded into a vault, with its version history. */
export type Upload = Node & Recording & {
  __typename?: 'Upload';
  /** Where the web app downloads the file. */
  appDownloadUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Size in bytes. */
  byteSize?: Maybe<Scalars['Int']['output']>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** How many active comments it has. */
  commentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its comments. */
  commentsUrl?: Maybe<Scalars['String']['output']>;
  /** The MIME type, e.g. `image/png`. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Notes about the file, as rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  /** Files embedded in the description. */
  descriptionAttachments: Array<Attachment>;
  /** Downloads the latest version (needs the same token). */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** The file's name. */
  filename?: Maybe<Scalars['String']['output']>;
  /** Pixels; null unless an image. */
  height?: Maybe<Scalars['Int']['output']>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Where to subscribe to or leave its notifications. */
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** The file's history, newest first. */
  versions?: Maybe<UploadVersionConnection>;
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
  /** Pixels; null unless an image. */
  width?: Maybe<Scalars['Int']['output']>;
};


/** A file uploaded into a vault, with its version history. */
export type UploadBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A file uploaded into a vault, with its version history. */
export type UploadCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A file uploaded into a vault, with its version history. */
export type UploadEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A file uploaded into a vault, with its version history. */
export type UploadTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A file uploaded into a vault, with its version history. */
export type UploadVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type UploadConnection = {
  __typename?: 'UploadConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<UploadEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Upload>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type UploadEdge = {
  __typename?: 'UploadEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Upload;
};

/** One event in an upload's file history: its creation or a replacement of its file. */
export type UploadVersion = {
  __typename?: 'UploadVersion';
  /** `created`, `active` or `blob_changed`. */
  action: Scalars['String']['output'];
  /** The numeric Basecamp id of the event, as a string. */
  basecampId: Scalars['ID']['output'];
  /** How many boosts it has. */
  boostsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its boosts. */
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made the change; embedded in full. */
  creator: Person;
  /** Further details, as Basecamp sends them. */
  details?: Maybe<UploadVersionDetails>;
  /** The Basecamp id of the upload. */
  recordingId: Scalars['ID']['output'];
  /** The file as it was at this version. */
  upload?: Maybe<UploadVersionFile>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type UploadVersionConnection = {
  __typename?: 'UploadVersionConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<UploadVersionEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<UploadVersion>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** Who a version event subscribed, unsubscribed or notified. */
export type UploadVersionDetails = {
  __typename?: 'UploadVersionDetails';
  /** People who were added. */
  addedPersonIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** People who were notified. */
  notifiedRecipientIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** People who were removed. */
  removedPersonIds?: Maybe<Array<Scalars['ID']['output']>>;
};

/** One item of a page, with its cursor. */
export type UploadVersionEdge = {
  __typename?: 'UploadVersionEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: UploadVersion;
};

/** The file one version of an upload recorded. */
export type UploadVersionFile = {
  __typename?: 'UploadVersionFile';
  /** Where the web app downloads the file. */
  appDownloadUrl: Scalars['String']['output'];
  /** Size in bytes. */
  byteSize?: Maybe<Scalars['Int']['output']>;
  /** The file's MIME type, e.g. `image/png`. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** True for the newest version event only. */
  current: Scalars['Boolean']['output'];
  /** Downloads this version's bytes, not the latest. */
  downloadUrl: Scalars['String']['output'];
  /** The file's name. */
  filename: Scalars['String']['output'];
};

/** Who hears about a new version of an upload. */
export type UploadVersionNotify =
  /** Only the people in `subscriberIds`. */
  | 'CUSTOM'
  /** The upload's usual subscribers. */
  | 'DEFAULT'
  /** Everyone on the project. */
  | 'EVERYONE';

/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type Vault = Node & Recording & {
  __typename?: 'Vault';
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** Whether the current person bookmarked it. */
  bookmark?: Maybe<BookmarkStatus>;
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Boosts left on it, oldest first; null for recordings that cannot be boosted. */
  boosts?: Maybe<BoostConnection>;
  /** The project it belongs to. Its id and name come with the recording: asking only for those costs no call. */
  bucket?: Maybe<Project>;
  /** Its active comments, oldest first; null for recordings that take no comments. */
  comments?: Maybe<CommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** The documents directly inside. */
  documents?: Maybe<DocumentConnection>;
  /** Active documents directly inside. */
  documentsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its documents. */
  documentsUrl?: Maybe<Scalars['String']['output']>;
  /** The recording's history, newest first. */
  events?: Maybe<EventConnection>;
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. Its id, title and URLs come with the recording: asking only for those costs no call. */
  parent?: Maybe<Recording>;
  /** Its place among its siblings, counting from 1. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`). */
  recordingSubscription?: Maybe<RecordingSubscription>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off. */
  timesheet?: Maybe<TimesheetEntryConnection>;
  /** Its title, as Basecamp shows it in lists. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The uploaded files directly inside. */
  uploads?: Maybe<UploadConnection>;
  /** Active uploads directly inside. */
  uploadsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of its uploads. */
  uploadsUrl?: Maybe<Scalars['String']['output']>;
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** The folders directly inside this one. */
  vaults?: Maybe<VaultConnection>;
  /** Folders directly inside. */
  vaultsCount?: Maybe<Scalars['Int']['output']>;
  /** REST URL of the folders inside it. */
  vaultsUrl?: Maybe<Scalars['String']['output']>;
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type VaultBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type VaultCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type VaultDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};


/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type VaultEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type VaultTimesheetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type VaultUploadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};


/** A folder in a project's Docs & Files: the tool itself or a folder nested inside it. */
export type VaultVaultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type VaultConnection = {
  __typename?: 'VaultConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<VaultEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Vault>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a page, with its cursor. */
export type VaultEdge = {
  __typename?: 'VaultEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Vault;
};

/** The mutation's arguments. */
export type WatchCardTableColumnInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** What the mutation changed. */
export type WatchCardTableColumnPayload = {
  __typename?: 'WatchCardTableColumnPayload';
  /** What it sits in, as it is after the change. */
  cardTable?: Maybe<CardTable>;
  /** The card table column. */
  column: CardTableColumn;
};

/** The project to watch or stop watching. */
export type WatchProjectInput = {
  /** A global id of a project, or its Basecamp id. */
  projectId: Scalars['ID']['input'];
};

/** Whether the project is watched now, and the webhook that keeps it fresh. */
export type WatchProjectPayload = {
  __typename?: 'WatchProjectPayload';
  /** The project. */
  project?: Maybe<Project>;
  /** True after `watchProject`, false after `unwatchProject`. */
  watching: Scalars['Boolean']['output'];
  /** The project's webhook pointing at this server; null once unwatched. */
  webhook?: Maybe<Webhook>;
};

/** A URL Basecamp calls whenever recordings of the chosen types change in a project. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** Whether Basecamp calls it; it turns itself off after repeated failures. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** Where it is managed in the web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches. */
  id: Scalars['ID']['output'];
  /** The HTTPS URL Basecamp POSTs to. */
  payloadUrl: Scalars['String']['output'];
  /** Up to the 25 latest calls, newest first; costs a call when the webhook came from a project listing, which leaves them out. */
  recentDeliveries: Array<WebhookDelivery>;
  /** Recording types it follows; `all` for every type. */
  types?: Maybe<Array<Scalars['String']['output']>>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
};

/** A page of a Basecamp collection, read through its `Link` headers. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<WebhookEdge>;
  /** The items of this page, without their cursors. */
  nodes: Array<Webhook>;
  /** Whether there is more, and the cursors to get it. */
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** The new recording made by a copy or move that a webhook reports. */
export type WebhookCopy = {
  __typename?: 'WebhookCopy';
  /** Where the copy lives in the web app. */
  appUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** The project the copy went to. */
  bucket?: Maybe<Project>;
  /** REST URL of the copy. */
  url?: Maybe<Scalars['String']['output']>;
};

/** One call to a webhook's payload URL and its answer. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The numeric Basecamp id, as a string. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** What was sent. */
  request?: Maybe<WebhookDeliveryRequest>;
  /** What came back. */
  response?: Maybe<WebhookDeliveryResponse>;
};

/** The POST Basecamp made. */
export type WebhookDeliveryRequest = {
  __typename?: 'WebhookDeliveryRequest';
  /** The body, as text. */
  body?: Maybe<WebhookEvent>;
  /** The HTTP headers. */
  headers: Array<WebhookHeader>;
};

/** How the payload URL answered. */
export type WebhookDeliveryResponse = {
  __typename?: 'WebhookDeliveryResponse';
  /** The answer's body, as text. */
  body?: Maybe<Scalars['String']['output']>;
  /** The HTTP status; only 2xx counts as delivered. */
  code?: Maybe<Scalars['Int']['output']>;
  /** The HTTP headers. */
  headers: Array<WebhookHeader>;
  /** The HTTP reason phrase, or why the call failed. */
  message?: Maybe<Scalars['String']['output']>;
};

/** One item of a page, with its cursor. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Where this item sits, for `after:`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Webhook;
};

/** What Basecamp POSTs to a webhook's payload URL: the event, the recording and who did it. */
export type WebhookEvent = {
  __typename?: 'WebhookEvent';
  /** The Basecamp id of the event. */
  basecampId?: Maybe<Scalars['ID']['output']>;
  /** Set for copy and move events. */
  copy?: Maybe<WebhookCopy>;
  /** When it was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who made the change. */
  creator?: Maybe<Person>;
  /** Further details, as Basecamp sends them. */
  details?: Maybe<EventDetails>;
  /** Recording type and action, e.g. `todo_created` or `message_trashed`. */
  kind?: Maybe<Scalars['String']['output']>;
  /** The recording that changed, loaded in full (the payload carries a reduced copy). */
  recording?: Maybe<Recording>;
};

/** One HTTP header of a webhook exchange. */
export type WebhookHeader = {
  __typename?: 'WebhookHeader';
  /** Its name. */
  name: Scalars['String']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** A kind of recording whose changes a webhook reports. */
export type WebhookType =
  | 'CLIENT_APPROVAL_RESPONSE'
  | 'CLIENT_FORWARD'
  | 'CLIENT_REPLY'
  /** Files linked from cloud services other than Google Drive. */
  | 'CLOUD_FILE'
  | 'COMMENT'
  | 'DOCUMENT'
  | 'GOOGLE_DOCUMENT'
  | 'INBOX_FORWARD'
  | 'KANBAN_CARD'
  | 'KANBAN_STEP'
  | 'MESSAGE'
  | 'QUESTION'
  | 'QUESTION_ANSWER'
  | 'SCHEDULE_ENTRY'
  | 'TODO'
  | 'TODOLIST'
  | 'UPLOAD'
  | 'VAULT';

/** A day of the week, for where calendars start. */
export type WeekDay =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** A portal on a card table that sends cards to a column of a card table in another project. */
export type Wormhole = {
  __typename?: 'Wormhole';
  /** Where its board lives in the web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string; pass it to `updateWormhole` and `deleteWormhole`. */
  basecampId: Scalars['ID']['output'];
  /** REST URL to bookmark it for the current user. */
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** The project of the board it sits on. */
  bucket?: Maybe<Project>;
  /** Its colour name, if it has one. */
  color?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made it; embedded in full, no extra call. */
  creator: Person;
  /** The column cards arrive in; null once the link is broken. */
  destination?: Maybe<CardTableColumn>;
  /** REST URL of the far column; null once the link is broken. */
  destinationUrl?: Maybe<Scalars['String']['output']>;
  /** Whether it is archived or trashed along with its board. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** True while the far column, its board and its project are all active. */
  linked: Scalars['Boolean']['output'];
  /** The card table it sits on. */
  parent?: Maybe<CardTable>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Its label on the board, naming where it leads. */
  title: Scalars['String']['output'];
  /** Basecamp's own type name for it. */
  type: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The REST URL of the board it sits on. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};

export type ProjectsWithTodosQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ProjectsWithTodosQuery = { __typename?: 'Query', projects?: { __typename?: 'ProjectConnection', totalCount?: number | null, nodes: Array<{ __typename?: 'Project', id: string, name: string, todoset?: { __typename?: 'Todoset', todolists?: { __typename?: 'TodolistConnection', nodes: Array<{ __typename?: 'Todolist', name: string, todos?: { __typename?: 'TodoConnection', totalCount?: number | null, nodes: Array<{ __typename?: 'Todo', title: string, completed?: boolean | null, assignees: Array<{ __typename?: 'Person', name: string }> }> } | null }> } | null } | null }> } | null };


export const ProjectsWithTodosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsWithTodos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"todoset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"todolists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"todos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsWithTodosQuery, ProjectsWithTodosQueryVariables>;