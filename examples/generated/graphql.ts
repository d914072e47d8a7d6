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
};

export type ArchiveRecordingInput = {
  /** A global id of any recording, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

export type ArchiveRecordingPayload = {
  __typename?: 'ArchiveRecordingPayload';
  basecampId: Scalars['ID']['output'];
  /** The recording as it is now; null when only a Basecamp id was given, since its type is then unknown. */
  recording?: Maybe<Recording>;
};

/** The client company a project is shared with. */
export type ClientCompany = {
  __typename?: 'ClientCompany';
  basecampId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Where the client-facing side of a project lives. */
export type Clientside = {
  __typename?: 'Clientside';
  appUrl?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** The company a person belongs to. */
export type Company = {
  __typename?: 'Company';
  /** The Basecamp id of the company. */
  basecampId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CompleteTodoInput = {
  id: Scalars['ID']['input'];
};

export type CompleteTodoPayload = {
  __typename?: 'CompleteTodoPayload';
  todo: Todo;
};

export type CreateProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateProjectPayload = {
  __typename?: 'CreateProjectPayload';
  project: Project;
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
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Notify the assignees that they were assigned. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** The to-do runs from this date to `dueOn`. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The to-do list or group to add it to. */
  todolistId: Scalars['ID']['input'];
};

export type CreateTodoPayload = {
  __typename?: 'CreateTodoPayload';
  todo: Todo;
};

export type CreateTodolistGroupInput = {
  /** A colour name Basecamp knows, e.g. `green`. */
  color?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  todolistId: Scalars['ID']['input'];
};

export type CreateTodolistGroupPayload = {
  __typename?: 'CreateTodolistGroupPayload';
  todolistGroup: TodolistGroup;
};

export type CreateTodolistInput = {
  /** Rich text (HTML). */
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  todosetId: Scalars['ID']['input'];
};

export type CreateTodolistPayload = {
  __typename?: 'CreateTodolistPayload';
  todolist: Todolist;
};

/** One tool in a project's dock; `enabled` says whether the project uses it. */
export type DockTool = {
  __typename?: 'DockTool';
  appUrl: Scalars['String']['output'];
  /** The Basecamp id of the tool itself (e.g. the to-do set). */
  basecampId: Scalars['ID']['output'];
  enabled: Scalars['Boolean']['output'];
  /** The tool kind: `message_board`, `todoset`, `vault`, `chat`, `schedule`, `questionnaire`, `inbox`, `kanban_board`. */
  name: Scalars['String']['output'];
  /** Order in the dock; null when disabled. */
  position?: Maybe<Scalars['Int']['output']>;
  /** The name shown in the project, which people may rename. */
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Archives a recording: kept, but out of the way. */
  archiveRecording?: Maybe<ArchiveRecordingPayload>;
  /** Marks a to-do as done. */
  completeTodo?: Maybe<CompleteTodoPayload>;
  /** Creates a project with the default set of tools. */
  createProject?: Maybe<CreateProjectPayload>;
  /** Adds a to-do to a list or group. */
  createTodo?: Maybe<CreateTodoPayload>;
  /** Adds a to-do list to a project's to-do set. */
  createTodolist?: Maybe<CreateTodolistPayload>;
  /** Adds a group to a to-do list. */
  createTodolistGroup?: Maybe<CreateTodolistGroupPayload>;
  /** Moves a to-do within its list, or into another one. */
  repositionTodo?: Maybe<RepositionTodoPayload>;
  /** Moves a group within its to-do list. */
  repositionTodolistGroup?: Maybe<RepositionTodolistGroupPayload>;
  /** Moves a project to the trash; Basecamp deletes it for good after 30 days. */
  trashProject?: Maybe<TrashProjectPayload>;
  /** Moves a recording (to-do, message, document, …) to the trash. */
  trashRecording?: Maybe<TrashRecordingPayload>;
  /** Makes an archived or trashed recording active again. */
  unarchiveRecording?: Maybe<UnarchiveRecordingPayload>;
  /** Marks a done to-do as pending again. */
  uncompleteTodo?: Maybe<UncompleteTodoPayload>;
  /** Edits a project's name, description, access policy or schedule. */
  updateProject?: Maybe<UpdateProjectPayload>;
  /** Edits a to-do, changing only the fields given. */
  updateTodo?: Maybe<UpdateTodoPayload>;
  /** Renames or re-describes a to-do list or group. */
  updateTodolist?: Maybe<UpdateTodolistPayload>;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationArchiveRecordingArgs = {
  input: ArchiveRecordingInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCompleteTodoArgs = {
  input: CompleteTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
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
export type MutationRepositionTodoArgs = {
  input: RepositionTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationRepositionTodolistGroupArgs = {
  input: RepositionTodolistGroupInput;
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
export type MutationUnarchiveRecordingArgs = {
  input: UnarchiveRecordingInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUncompleteTodoArgs = {
  input: UncompleteTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateTodoArgs = {
  input: UpdateTodoInput;
};


/** Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch. */
export type MutationUpdateTodolistArgs = {
  input: UpdateTodolistInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Someone in the account: an employee, a collaborator from another company or a client. */
export type Person = Node & {
  __typename?: 'Person';
  /** Can administer the account. */
  admin?: Maybe<Scalars['Boolean']['output']>;
  /** Signed id for mentioning this person in rich text. */
  attachableSgid?: Maybe<Scalars['String']['output']>;
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  bio?: Maybe<Scalars['String']['output']>;
  canAccessHillCharts?: Maybe<Scalars['Boolean']['output']>;
  canAccessTimesheet?: Maybe<Scalars['Boolean']['output']>;
  canManagePeople?: Maybe<Scalars['Boolean']['output']>;
  canManageProjects?: Maybe<Scalars['Boolean']['output']>;
  /** Can be sent a direct Ping. */
  canPing?: Maybe<Scalars['Boolean']['output']>;
  /** Is a client, who sees only what is shared with clients. */
  client?: Maybe<Scalars['Boolean']['output']>;
  company?: Maybe<Company>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** Belongs to the company that owns the account. */
  employee?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Owns the account. */
  owner?: Maybe<Scalars['Boolean']['output']>;
  /** What kind of account this is, e.g. `User` or `Client`. */
  personableType?: Maybe<Scalars['String']['output']>;
  tagline?: Maybe<Scalars['String']['output']>;
  /** IANA time zone name. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** Job title. */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type Project = Node & {
  __typename?: 'Project';
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id (also the bucket id), as a string. */
  basecampId: Scalars['ID']['output'];
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the current user bookmarked it. */
  bookmarked?: Maybe<Scalars['Boolean']['output']>;
  clientCompany?: Maybe<ClientCompany>;
  /** Whether clients can be invited. */
  clientsEnabled?: Maybe<Scalars['Boolean']['output']>;
  clientside?: Maybe<Clientside>;
  color?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** A short description, plain text. */
  description?: Maybe<Scalars['String']['output']>;
  /** All tools of the project, enabled or not, in dock order. */
  dock: Array<DockTool>;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Colour of the latest hill-chart needle. */
  lastNeedleColor?: Maybe<Scalars['String']['output']>;
  lastNeedlePosition?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** The active people on the project. */
  people?: Maybe<PersonConnection>;
  previousNeedlePosition?: Maybe<Scalars['Int']['output']>;
  /** What the project is for, e.g. `topic` or `team`. */
  purpose?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  /** Whether time tracking is on. */
  timesheetEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The project's to-dos; null when the tool is disabled. */
  todoset?: Maybe<Todoset>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};


/** A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them. */
export type ProjectPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Who in the account may see a project. */
export type ProjectAdmissions =
  /** Anyone in the account. */
  | 'EMPLOYEE'
  /** Only people invited to it. */
  | 'INVITE'
  /** Anyone in the account except clients. */
  | 'TEAM';

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  nodes: Array<Project>;
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** The entry points into a Basecamp account. */
export type Query = {
  __typename?: 'Query';
  /** The person the access token belongs to. */
  me?: Maybe<Person>;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  /** Everyone in the account visible to the current user. */
  people?: Maybe<PersonConnection>;
  /** One person, by global id or Basecamp id. */
  person?: Maybe<Person>;
  /** One project, by global id or Basecamp id. */
  project?: Maybe<Project>;
  /** Projects visible to the current user, most recently created first. */
  projects?: Maybe<ProjectConnection>;
  /** A to-do, by global id or Basecamp id. */
  todo?: Maybe<Todo>;
  /** A to-do list, by global id or Basecamp id. */
  todolist?: Maybe<Todolist>;
  /** A to-do list group, by global id or Basecamp id. */
  todolistGroup?: Maybe<TodolistGroup>;
  /** A to-do set, by global id or Basecamp id. */
  todoset?: Maybe<Todoset>;
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
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points into a Basecamp account. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points into a Basecamp account. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
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

/** Anything recorded in a project: to-dos, lists, messages, documents, comments and the rest. */
export type Recording = {
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. */
  bucket?: Maybe<Project>;
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. */
  parent?: Maybe<Recording>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};

/** The publication state of a project or recording, independent of completion. */
export type RecordingStatus =
  /** Published and visible. */
  | 'ACTIVE'
  /** Archived: kept, but out of the way. */
  | 'ARCHIVED'
  /** In the trash, deleted for good after a while. */
  | 'TRASHED';

export type RepositionTodoInput = {
  id: Scalars['ID']['input'];
  /** The new position, counting from 1. */
  position: Scalars['Int']['input'];
  /** Move it into this list or group as well. */
  todolistId?: InputMaybe<Scalars['ID']['input']>;
};

export type RepositionTodoPayload = {
  __typename?: 'RepositionTodoPayload';
  todo: Todo;
};

export type RepositionTodolistGroupInput = {
  id: Scalars['ID']['input'];
  /** The new position, counting from 1. */
  position: Scalars['Int']['input'];
};

export type RepositionTodolistGroupPayload = {
  __typename?: 'RepositionTodolistGroupPayload';
  todolistGroup: TodolistGroup;
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
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  boostsCount?: Maybe<Scalars['Int']['output']>;
  boostsUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. */
  bucket?: Maybe<Project>;
  commentsCount?: Maybe<Scalars['Int']['output']>;
  commentsUrl?: Maybe<Scalars['String']['output']>;
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** Set once the to-do is completed. */
  completion?: Maybe<TodoCompletion>;
  /** Who is notified when it is completed. */
  completionSubscribers: Array<Person>;
  completionUrl?: Maybe<Scalars['String']['output']>;
  /** What needs doing: the to-do's one-line text. */
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Notes, as rich text (HTML). */
  description?: Maybe<Scalars['String']['output']>;
  dueOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. */
  parent?: Maybe<Recording>;
  position?: Maybe<Scalars['Int']['output']>;
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};

/** When and by whom a to-do was completed. */
export type TodoCompletion = {
  __typename?: 'TodoCompletion';
  createdAt: Scalars['DateTime']['output'];
  creator: Person;
};

export type TodoConnection = {
  __typename?: 'TodoConnection';
  edges: Array<TodoEdge>;
  nodes: Array<Todo>;
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TodoEdge = {
  __typename?: 'TodoEdge';
  cursor: Scalars['String']['output'];
  node: Todo;
};

/** A to-do list in a project's to-do set. */
export type Todolist = Node & Recording & {
  __typename?: 'Todolist';
  appTodosUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  boostsCount?: Maybe<Scalars['Int']['output']>;
  boostsUrl?: Maybe<Scalars['String']['output']>;
  bubbleUpUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. */
  bucket?: Maybe<Project>;
  color?: Maybe<Scalars['String']['output']>;
  commentsAppUrl?: Maybe<Scalars['String']['output']>;
  commentsCount?: Maybe<Scalars['Int']['output']>;
  commentsUrl?: Maybe<Scalars['String']['output']>;
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** Done over total, e.g. `3/7`. */
  completedRatio?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Rich text (HTML). */
  description: Scalars['String']['output'];
  groupPositionUrl?: Maybe<Scalars['String']['output']>;
  /** The groups this list is divided into. */
  groups?: Maybe<TodolistGroupConnection>;
  groupsUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. */
  parent?: Maybe<Recording>;
  position?: Maybe<Scalars['Int']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Its to-dos: pending ones unless `completed` or `status` say otherwise. */
  todos?: Maybe<TodoConnection>;
  todosUrl?: Maybe<Scalars['String']['output']>;
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A to-do list in a project's to-do set. */
export type TodolistGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};


/** A to-do list in a project's to-do set. */
export type TodolistTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};

export type TodolistConnection = {
  __typename?: 'TodolistConnection';
  edges: Array<TodolistEdge>;
  nodes: Array<Todolist>;
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TodolistEdge = {
  __typename?: 'TodolistEdge';
  cursor: Scalars['String']['output'];
  node: Todolist;
};

/** A named group of to-dos inside a to-do list. */
export type TodolistGroup = Node & Recording & {
  __typename?: 'TodolistGroup';
  appTodosUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  boostsCount?: Maybe<Scalars['Int']['output']>;
  boostsUrl?: Maybe<Scalars['String']['output']>;
  bubbleUpUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. */
  bucket?: Maybe<Project>;
  color?: Maybe<Scalars['String']['output']>;
  commentsAppUrl?: Maybe<Scalars['String']['output']>;
  commentsCount?: Maybe<Scalars['Int']['output']>;
  commentsUrl?: Maybe<Scalars['String']['output']>;
  completed?: Maybe<Scalars['Boolean']['output']>;
  /** Done over total, e.g. `3/7`. */
  completedRatio?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  /** Rich text (HTML). */
  description: Scalars['String']['output'];
  groupPositionUrl?: Maybe<Scalars['String']['output']>;
  groupsUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. */
  parent?: Maybe<Recording>;
  position?: Maybe<Scalars['Int']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  subscriptionUrl?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Its to-dos: pending ones unless `completed` or `status` say otherwise. */
  todos?: Maybe<TodoConnection>;
  todosUrl?: Maybe<Scalars['String']['output']>;
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** A named group of to-dos inside a to-do list. */
export type TodolistGroupTodosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};

export type TodolistGroupConnection = {
  __typename?: 'TodolistGroupConnection';
  edges: Array<TodolistGroupEdge>;
  nodes: Array<TodolistGroup>;
  pageInfo: PageInfo;
  /** How many items the whole collection holds (Basecamp's `X-Total-Count`); null when Basecamp does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TodolistGroupEdge = {
  __typename?: 'TodolistGroupEdge';
  cursor: Scalars['String']['output'];
  node: TodolistGroup;
};

/** The to-do tool of a project: it holds the project's to-do lists. */
export type Todoset = Node & Recording & {
  __typename?: 'Todoset';
  appTodolistsUrl?: Maybe<Scalars['String']['output']>;
  appTodosUrl?: Maybe<Scalars['String']['output']>;
  /** Where it lives in the Basecamp web app. */
  appUrl: Scalars['String']['output'];
  /** The numeric Basecamp id, as a string. */
  basecampId: Scalars['ID']['output'];
  bookmarkUrl?: Maybe<Scalars['String']['output']>;
  /** The project it belongs to. */
  bucket?: Maybe<Project>;
  /** Whether every to-do in it is done. */
  completed?: Maybe<Scalars['Boolean']['output']>;
  completedLooseTodosCount?: Maybe<Scalars['Int']['output']>;
  /** Done over total, e.g. `3/7`. */
  completedRatio?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. Basecamp embeds the whole person, so this costs no extra call. */
  creator: Person;
  id: Scalars['ID']['output'];
  /** Whether it is archived or trashed along with its parent. */
  inheritsStatus?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  /** The recording it sits in, e.g. a to-do's list; null for top-level tools. */
  parent?: Maybe<Recording>;
  position?: Maybe<Scalars['Int']['output']>;
  /** Publication state: `active`, `archived` or `trashed`. */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The to-do lists in this set. */
  todolists?: Maybe<TodolistConnection>;
  todolistsCount?: Maybe<Scalars['Int']['output']>;
  todolistsUrl?: Maybe<Scalars['String']['output']>;
  todosCount?: Maybe<Scalars['Int']['output']>;
  todosUrl?: Maybe<Scalars['String']['output']>;
  /** Basecamp's own type name, e.g. `Todo` or `Chat::Transcript`. */
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its REST URL. */
  url: Scalars['String']['output'];
  /** Whether clients on the project can see it. */
  visibleToClients?: Maybe<Scalars['Boolean']['output']>;
};


/** The to-do tool of a project: it holds the project's to-do lists. */
export type TodosetTodolistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecordingStatus>;
};

export type TrashProjectInput = {
  id: Scalars['ID']['input'];
};

export type TrashProjectPayload = {
  __typename?: 'TrashProjectPayload';
  /** The global id of the trashed project, for client caches. */
  deletedId: Scalars['ID']['output'];
};

export type TrashRecordingInput = {
  /** A global id of any recording, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

export type TrashRecordingPayload = {
  __typename?: 'TrashRecordingPayload';
  basecampId: Scalars['ID']['output'];
  /** The global id of the trashed recording, when a global id was given (for client caches). */
  deletedId?: Maybe<Scalars['ID']['output']>;
};

export type UnarchiveRecordingInput = {
  /** A global id of any recording, or its Basecamp id. */
  id: Scalars['ID']['input'];
};

export type UnarchiveRecordingPayload = {
  __typename?: 'UnarchiveRecordingPayload';
  basecampId: Scalars['ID']['output'];
  /** The recording as it is now; null when only a Basecamp id was given, since its type is then unknown. */
  recording?: Maybe<Recording>;
};

export type UncompleteTodoInput = {
  id: Scalars['ID']['input'];
};

export type UncompleteTodoPayload = {
  __typename?: 'UncompleteTodoPayload';
  todo: Todo;
};

/** Changes to a project: fields left out keep their value. */
export type UpdateProjectInput = {
  admissions?: InputMaybe<ProjectAdmissions>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Give together with `startDate`. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Give together with `endDate`. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateProjectPayload = {
  __typename?: 'UpdateProjectPayload';
  project: Project;
};

/** Changes to a to-do: fields left out keep their value, an explicit null clears it. */
export type UpdateTodoInput = {
  /** The new assignees, replacing the current ones. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  completionSubscriberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What needs doing; cannot be cleared. */
  content?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Notify newly assigned people. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateTodoPayload = {
  __typename?: 'UpdateTodoPayload';
  todo: Todo;
};

/** Changes to a to-do list or group: fields left out keep their value. */
export type UpdateTodolistInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTodolistPayload = {
  __typename?: 'UpdateTodolistPayload';
  todolist: Todolist;
};

export type ProjectsWithTodosQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ProjectsWithTodosQuery = { __typename?: 'Query', projects?: { __typename?: 'ProjectConnection', totalCount?: number | null, nodes: Array<{ __typename?: 'Project', id: string, name: string, todoset?: { __typename?: 'Todoset', todolists?: { __typename?: 'TodolistConnection', nodes: Array<{ __typename?: 'Todolist', name: string, todos?: { __typename?: 'TodoConnection', totalCount?: number | null, nodes: Array<{ __typename?: 'Todo', title: string, completed?: boolean | null, assignees: Array<{ __typename?: 'Person', name: string }> }> } | null }> } | null } | null }> } | null };


export const ProjectsWithTodosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsWithTodos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"todoset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"todolists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"todos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsWithTodosQuery, ProjectsWithTodosQueryVariables>;