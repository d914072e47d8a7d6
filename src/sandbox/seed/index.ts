import { createHash } from 'node:crypto';
import { addProject, type NewProject } from '../factories/projects.ts';
import { addTodo, addTodolist, todosetOf } from '../factories/todos.ts';
import { idSequence } from '../ids.ts';
import { seedReports, type ReportsSeed } from './reports.ts';
import { seedPersonal, type PersonalLandmarks } from './people.ts';
import { seedFiles, type FilesSeed } from './files.ts';
import { seedMessages, type MessageSeed } from './messages.ts';
import { seedChat, type ChatSeed } from './chat.ts';
import { seedAutomation, type AutomationLandmarks } from './automation.ts';
import { seedSchedule, type ScheduleLandmarks } from './schedule.ts';
import { seedCards, type CardLandmarks } from './cards.ts';
import { createRandom } from '../random.ts';
import {
  AISLES,
  BAKERY_LISTS,
  BINS_PER_AISLE,
  BOARD_LISTS,
  CATALOG_PRODUCTS,
  CATALOG_SMALL_LISTS,
  CATALOG_STEPS,
  HQ_LISTS,
  INTRANET_LISTS,
  PHOTO_SHOOT_GROUPS,
  PHOTO_SHOOT_LOOSE,
  POPUP_LISTS,
  RELABEL_TASKS,
  WAREHOUSE_SMALL_LISTS,
} from '../seed-text.ts';
import type { Person, Project } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import type { Todo, Todolist } from '../state/todos.ts';
import { signedGlobalId } from '../urls.ts';
import { DAY, MINUTE } from '../durations.ts';

/**
 * The deterministic seed: the same ids, words and timestamps on every run, whatever the clock.
 * Tests find things through `SEED` (below) rather than by searching the state.
 */

export const DEFAULT_ACCOUNT_ID = '4082719';

/** A project id past 2^53 (9007199254740992): clients that round ids through doubles break on it. */
export const HUGE_PROJECT_ID = '9007199254741003';

const T0 = Date.parse('2025-03-03T09:00:00.000Z');

type PersonKey =
  | 'owner' | 'admin' | 'production' | 'member' | 'copywriter' | 'developer'
  | 'photographer' | 'projectManager' | 'bookkeeper' | 'illustrator' | 'warehouse' | 'client';

export type TokenLabel = 'owner' | 'admin' | 'member' | 'client';

/** Ids and facts a test can rely on; every id is a digit string. */
export interface SeedLandmarks {
  accountId: string;
  accountName: string;
  /** Bearer tokens: `owner` sees every project; `admin` is an admin on most; `member` an employee on some; `client` a client on one. */
  tokens: Record<TokenLabel, string>;
  people: Record<PersonKey, string>;
  projects: {
    /** The company HQ: every employee, no client. */
    hq: string;
    /** Spring catalog: the 160-to-do list, list groups, archived and trashed lists. */
    catalog: string;
    /** Warehouse move: id past 2^53, some dock tools disabled, the 520-to-do list. */
    warehouse: string;
    /** The client project: clients enabled; the `client` token sees only lists shared with clients. */
    bakery: string;
    /** Admins only: the `member` token gets 404 here. */
    boardPrep: string;
    /** Status archived. */
    archived: string;
    /** Status trashed: 404 for everyone, listed under `?status=trashed`. */
    trashed: string;
  };
  todosets: { hq: string; catalog: string; warehouse: string; bakery: string; boardPrep: string };
  todolists: {
    /** 160 to-dos, 32 completed: the default (pending) listing spans pages of 15, 30, 50 and 33. */
    large: string;
    /** 520 pending to-dos, for benchmarks. */
    benchmark: string;
    /** Has two groups and a few loose to-dos; its description mentions the photographer. */
    withGroups: string;
    /** Holds one archived and one trashed to-do beside active ones. */
    copy: string;
    /** Bakery list shared with the client. */
    clientShared: string;
    /** Bakery list hidden from the client. */
    clientHidden: string;
    /** An archived list in the catalog's to-do set. */
    archived: string;
    /** A trashed list in the catalog's to-do set. */
    trashed: string;
  };
  groups: { first: string; second: string };
  todos: {
    /** Pending, assigned, with a due date; in `large`. */
    pending: string;
    /** Completed; in `large`. */
    completed: string;
    /** Its description mentions the copywriter; in `large`. */
    withMention: string;
    /** Archived; in `copy`. */
    archived: string;
    /** Trashed; in `copy`. */
    trashed: string;
    /** In the first group of `withGroups`. */
    inGroup: string;
    /** In the project with the huge id. */
    inHugeProject: string;
    /** In `clientShared`. */
    clientVisible: string;
    /** In `clientHidden`. */
    clientHidden: string;
  };
  counts: {
    large: { total: number; pending: number; completed: number };
    benchmark: { total: number; pending: number; completed: number };
  };
  reports: ReportsSeed;
  personal: PersonalLandmarks;
  messages: MessageSeed;
  chat: ChatSeed;
  files: FilesSeed;
  automation: AutomationLandmarks;
  schedule: ScheduleLandmarks;
  cards: CardLandmarks;
}

export interface Seeded {
  state: SandboxState;
  landmarks: SeedLandmarks;
}

/** Builds a fresh seeded state; `accountId` only renames the account, every other id is fixed. */
export function buildSeed(options: { accountId?: string } = {}): Seeded {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const state: SandboxState = {
    account: { id: accountId, name: 'Larkspur & Finch', active: true, updatedAt: T0 },
    companies: new Map(),
    people: new Map(),
    projects: new Map(),
    recordings: new Map(),
    tokens: new Map(),
    ids: {
      company: idSequence('1190700001'),
      person: idSequence('1280400001'),
      project: idSequence('3210400001'),
      recording: idSequence('6104500001'),
    },
  };
  const random = createRandom(20_260_105);
  const studio = addCompany(state, 'Larkspur & Finch');
  const bakeryCo = addCompany(state, 'Harbor Street Bakery');
  const people = seedPeople(state, studio, bakeryCo);
  const p = (key: PersonKey): string => people[key];
  const employees = Object.entries(people)
    .filter(([key]) => key !== 'client')
    .map(([, id]) => id);

  const tokens = {} as Record<TokenLabel, string>;
  for (const label of ['owner', 'admin', 'member', 'client'] as const) {
    const token = `sbx-${label}-${createHash('sha256').update(`sandbox token ${label}`).digest('hex').slice(0, 24)}`;
    state.tokens.set(token, { label, personId: p(label) });
    tokens[label] = token;
  }

  const allTools = {
    message_board: true, todoset: true, vault: true, chat: true,
    schedule: true, questionnaire: true, inbox: true, kanban_board: true,
  };
  const project = (input: Omit<NewProject, 'tools'> & { tools?: NewProject['tools'] }, at: number): Project =>
    addProject(state, { tools: allTools, ...input }, at);

  // HQ
  const hq = project(
    { name: 'Larkspur & Finch HQ', description: 'Company-wide announcements, admin and hiring.', purpose: 'company_hq', creatorId: p('owner'), memberIds: employees },
    T0,
  );
  seedSimpleLists(state, hq, HQ_LISTS, p('owner'), [p('admin'), p('production'), p('bookkeeper')], T0 + DAY, random);

  // Archived and trashed projects, older than the active ones.
  const archived = project(
    { name: 'Autumn Pop-up Market', description: 'Our stall at the harbour autumn market.', creatorId: p('production'), memberIds: [p('owner'), p('member'), p('illustrator')], status: 'archived' },
    T0 + 150 * DAY,
  );
  seedSimpleLists(state, archived, POPUP_LISTS, p('production'), [p('member')], T0 + 151 * DAY, random);
  const trashed = project(
    { name: 'Old Intranet Refresh', description: 'Superseded by the HQ project.', creatorId: p('admin'), memberIds: [p('owner'), p('member'), p('developer')], status: 'trashed' },
    T0 + 70 * DAY,
  );
  seedSimpleLists(state, trashed, INTRANET_LISTS, p('admin'), [p('developer')], T0 + 71 * DAY, random);

  // Spring catalog
  const catalogAt = T0 + 252 * DAY;
  const catalogTeam = [p('owner'), p('admin'), p('production'), p('member'), p('copywriter'), p('photographer'), p('illustrator'), p('projectManager')];
  const catalog = project(
    { name: 'Spring Catalog 2026', description: 'Forty products, one printed catalog, shipped by March.', creatorId: p('production'), memberIds: catalogTeam, timesheetEnabled: true },
    catalogAt,
  );
  const catalogSet = todosetOf(state, catalog);
  const scrapped = addTodolist(state, catalogSet, { name: 'Scrapped ideas', creatorId: p('production') }, catalogAt + DAY);
  addTodo(state, scrapped, { content: 'A catalog printed on seed paper', creatorId: p('member') }, catalogAt + DAY + MINUTE);
  const concepts = addTodolist(state, catalogSet, { name: 'Early concepts', description: '<div>Moodboards and first sketches.</div>', creatorId: p('illustrator') }, catalogAt + 2 * DAY);
  addTodo(state, concepts, { content: 'Sketch three cover options', creatorId: p('illustrator'), assigneeIds: [p('illustrator')], completion: { createdAt: catalogAt + 5 * DAY, creatorId: p('illustrator') } }, catalogAt + 2 * DAY + MINUTE);
  const [copyList, printList] = seedSimpleLists(state, catalog, CATALOG_SMALL_LISTS, p('projectManager'), [p('copywriter'), p('production'), p('member')], catalogAt + 3 * DAY, random);
  if (!copyList || !printList) throw new Error('catalog lists missing');
  const archivedTodo = addTodo(state, copyList, { content: 'Translate the catalog into French', creatorId: p('copywriter') }, catalogAt + 4 * DAY);
  archivedTodo.status = 'archived';
  const trashedTodo = addTodo(state, copyList, { content: 'Add a crossword to the back page', creatorId: p('member') }, catalogAt + 4 * DAY + MINUTE);
  trashedTodo.status = 'trashed';

  const shoot = addTodolist(
    state,
    catalogSet,
    { name: 'Photo shoot', description: `<div>Two days, one studio and one farmhouse kitchen. ${mention(p('photographer'))} has the final say on light.</div>`, creatorId: p('projectManager') },
    catalogAt + 6 * DAY,
  );
  PHOTO_SHOOT_LOOSE.forEach((content, i) =>
    addTodo(state, shoot, { content, creatorId: p('projectManager'), assigneeIds: [p('projectManager')], ...(i === 0 ? { completion: { createdAt: catalogAt + 8 * DAY, creatorId: p('projectManager') } } : {}) }, catalogAt + 6 * DAY + (i + 1) * MINUTE),
  );
  const groups = PHOTO_SHOOT_GROUPS.map(([name, color, contents], g) => {
    const group = addTodolist(state, shoot, { name, color, creatorId: p('photographer') }, catalogAt + 7 * DAY + g * MINUTE);
    contents.forEach((content, i) =>
      addTodo(state, group, { content, creatorId: p('photographer'), assigneeIds: [p('photographer'), ...(i % 2 ? [p('member')] : [])], dueOn: isoDate(Date.parse('2026-02-16') + g * DAY) }, catalogAt + 7 * DAY + (g * 10 + i + 1) * MINUTE),
    );
    return group;
  });

  const large = addTodolist(
    state,
    catalogSet,
    { name: 'Catalog production checklist', description: '<div>Every product: photo, copy, price check, page proof. Tick them off as you go.</div>', creatorId: p('production') },
    catalogAt + 9 * DAY,
  );
  const largeTodos: Todo[] = [];
  const catalogDoers = [p('photographer'), p('copywriter'), p('production'), p('member')];
  CATALOG_PRODUCTS.forEach((product, productIndex) => {
    CATALOG_STEPS.forEach((step, stepIndex) => {
      const i = productIndex * CATALOG_STEPS.length + stepIndex;
      const createdAt = catalogAt + 9 * DAY + (i + 1) * 7 * MINUTE;
      const done = i % 5 === 2;
      const assignee = catalogDoers[stepIndex] ?? p('member');
      const dueOn = stepIndex === 3 || i % 6 === 0 ? isoDate(Date.parse('2026-02-02') + (i % 40) * DAY) : null;
      const startsOn = stepIndex === 0 && productIndex % 4 === 0 && dueOn ? isoDate(Date.parse(dueOn) - 3 * DAY) : null;
      largeTodos.push(
        addTodo(
          state,
          large,
          {
            content: step(product),
            creatorId: p('production'),
            assigneeIds: i % 7 === 6 ? [] : [assignee, ...(i % 11 === 0 ? [p('projectManager')] : [])],
            completionSubscriberIds: i % 9 === 0 ? [p('production')] : [],
            dueOn,
            startsOn,
            ...(i === 1 ? { description: `<div>Keep it under sixty words. ${mention(p('copywriter'))}, the tone notes are in the Copy list.</div>` } : {}),
            ...(done ? { completion: { createdAt: createdAt + random.int(1, 20) * DAY, creatorId: assignee } } : {}),
          },
          createdAt,
        ),
      );
    });
  });

  // Warehouse move: the huge id, some tools off, the benchmark list.
  const warehouseAt = T0 + 309 * DAY;
  const warehouse = project(
    {
      id: HUGE_PROJECT_ID,
      name: 'Warehouse Move',
      description: 'From the old mill to Unit 7, Quayside Estate.',
      creatorId: p('admin'),
      memberIds: [p('owner'), p('member'), p('warehouse'), p('projectManager'), p('developer')],
      tools: { ...allTools, questionnaire: false, inbox: false, kanban_board: false },
    },
    warehouseAt,
  );
  seedSimpleLists(state, warehouse, WAREHOUSE_SMALL_LISTS, p('admin'), [p('warehouse'), p('projectManager')], warehouseAt + DAY, random);
  const benchmark = addTodolist(
    state,
    todosetOf(state, warehouse),
    { name: 'Inventory relabel: every bin', description: '<div>One to-do per bin, aisle by aisle. New labels are in the blue crates.</div>', creatorId: p('warehouse') },
    warehouseAt + 2 * DAY,
  );
  const relabelers = [p('warehouse'), p('member'), p('projectManager')];
  let benchmarkCount = 0;
  AISLES.forEach((aisle, a) => {
    for (let bin = 1; bin <= BINS_PER_AISLE; bin += 1) {
      const i = a * BINS_PER_AISLE + bin - 1;
      const template = RELABEL_TASKS[i % RELABEL_TASKS.length] ?? RELABEL_TASKS[0];
      addTodo(
        state,
        benchmark,
        {
          content: template.replace('%s', `${aisle}-${String(bin).padStart(2, '0')}`),
          creatorId: p('warehouse'),
          assigneeIds: [relabelers[a % relabelers.length] ?? p('warehouse')],
          dueOn: isoDate(Date.parse('2026-02-09') + a * DAY),
        },
        warehouseAt + 2 * DAY + (i + 1) * MINUTE,
      );
      benchmarkCount += 1;
    }
  });
  const hugeTodo = [...state.recordings.values()].find(
    (r): r is Todo => r.type === 'Todo' && r.bucketId === HUGE_PROJECT_ID && r.parentId !== benchmark.id,
  );

  // The client project.
  const bakeryAt = T0 + 273 * DAY;
  const bakery = project(
    {
      name: 'Harbor Street Bakery Website',
      description: 'A new site with online pre-orders for Harbor Street Bakery.',
      creatorId: p('production'),
      memberIds: [p('owner'), p('production'), p('developer'), p('copywriter'), p('client')],
      clientCompanyId: bakeryCo,
    },
    bakeryAt,
  );
  const bakeryLists = BAKERY_LISTS.map(([name, shared, contents], l) => {
    const list = addTodolist(state, todosetOf(state, bakery), { name, creatorId: p('production'), visibleToClients: shared }, bakeryAt + (l + 1) * DAY);
    contents.forEach((content, i) =>
      addTodo(state, list, { content, creatorId: p('production'), assigneeIds: [shared && i % 2 === 0 ? p('client') : p('developer')], ...(i === 0 ? { completion: { createdAt: bakeryAt + (l + 5) * DAY, creatorId: p('production') } } : {}) }, bakeryAt + (l + 1) * DAY + (i + 1) * MINUTE),
    );
    return list;
  });
  const [clientShared, , clientHidden] = bakeryLists;
  if (!clientShared || !clientHidden) throw new Error('bakery lists missing');

  // Admins only.
  const boardAt = T0 + 323 * DAY;
  const boardPrep = project(
    { name: 'Board Prep 2026', description: 'Numbers and agenda for the February board meeting.', creatorId: p('owner'), memberIds: [p('admin'), p('production'), p('bookkeeper')] },
    boardAt,
  );
  seedSimpleLists(state, boardPrep, BOARD_LISTS, p('owner'), [p('bookkeeper'), p('admin')], boardAt + DAY, random);

  trashList(scrapped, catalogAt + 3 * DAY);
  concepts.status = 'archived';

  const firstChild = (list: Todolist): string => {
    const todo = [...state.recordings.values()].find((r) => r.type === 'Todo' && r.parentId === list.id);
    if (!todo) throw new Error(`list ${list.id} has no to-dos`);
    return todo.id;
  };
  const pick = (predicate: (todo: Todo) => boolean): string => {
    const todo = largeTodos.find(predicate);
    if (!todo) throw new Error('seed landmark missing');
    return todo.id;
  };
  const [group1, group2] = groups;
  if (!group1 || !group2 || !hugeTodo) throw new Error('seed landmarks missing');
  const largeCompleted = largeTodos.filter((todo) => todo.completion !== null).length;
  const personalSeed = seedPersonal(state, people, { hq, catalog, bakery });
  const messageSeed = seedMessages(state, { hq, catalog, bakery }, people);
  const chatSeed = seedChat(state, { hq, catalog, bakery, warehouse }, people);
  const filesSeed = seedFiles(state, { hq, catalog, bakery, warehouse }, people);
  const reportsSeed = seedReports(state, { hq, catalog, warehouse, bakery, boardPrep }, people, { large, withGroups: shoot });
  const automationSeed = seedAutomation(state, { people, hq, catalog, bakery, warehouse, large });
  const scheduleSeed = seedSchedule(state, people, { hq, catalog, bakery, warehouse });
  const cardsSeed = seedCards(state, people, { hq, catalog, bakery });

  const landmarks: SeedLandmarks = {
    accountId,
    accountName: state.account.name,
    tokens,
    people,
    projects: {
      hq: hq.id, catalog: catalog.id, warehouse: warehouse.id, bakery: bakery.id,
      boardPrep: boardPrep.id, archived: archived.id, trashed: trashed.id,
    },
    todosets: {
      hq: todosetOf(state, hq).id, catalog: catalogSet.id, warehouse: todosetOf(state, warehouse).id,
      bakery: todosetOf(state, bakery).id, boardPrep: todosetOf(state, boardPrep).id,
    },
    todolists: {
      large: large.id, benchmark: benchmark.id, withGroups: shoot.id, copy: copyList.id,
      clientShared: clientShared.id, clientHidden: clientHidden.id, archived: concepts.id, trashed: scrapped.id,
    },
    groups: { first: group1.id, second: group2.id },
    todos: {
      pending: pick((todo) => todo.completion === null && todo.assigneeIds.length > 0 && todo.dueOn !== null),
      completed: pick((todo) => todo.completion !== null),
      withMention: pick((todo) => todo.description.includes('bc-attachment')),
      archived: archivedTodo.id,
      trashed: trashedTodo.id,
      inGroup: firstChild(group1),
      inHugeProject: hugeTodo.id,
      clientVisible: firstChild(clientShared),
      clientHidden: firstChild(clientHidden),
    },
    counts: {
      large: { total: largeTodos.length, pending: largeTodos.length - largeCompleted, completed: largeCompleted },
      benchmark: { total: benchmarkCount, pending: benchmarkCount, completed: 0 },
    },
    reports: reportsSeed,
    personal: personalSeed,
    messages: messageSeed,
    chat: chatSeed,
    files: filesSeed,
    automation: automationSeed,
    schedule: scheduleSeed,
    cards: cardsSeed,
  };
  return { state, landmarks };

  function trashList(list: Todolist, at: number): void {
    list.status = 'trashed';
    list.updatedAt = at;
  }
}

/**
 * The seed's landmarks, computed once from a throwaway build (ids never depend on the account).
 * Marked pure so a bundle that never reads it (the compiled server) skips that build at startup.
 */
export const SEED: SeedLandmarks = /* @__PURE__ */ seedLandmarks();

function seedLandmarks(): SeedLandmarks {
  return buildSeed().landmarks;
}

function addCompany(state: SandboxState, name: string): string {
  const id = state.ids.company.next();
  state.companies.set(id, { id, name });
  return id;
}

function seedPeople(state: SandboxState, studio: string, bakeryCo: string): Record<PersonKey, string> {
  const rows: [PersonKey, string, string, string | null, string | null, string][] = [
    ['owner', 'Maren Okafor', 'Founder & Studio Director', 'Make the useful thing beautiful.', 'Portland, OR', 'America/Los_Angeles'],
    ['admin', 'Theo Lindqvist', 'Operations Lead', 'Spreadsheets are a love language.', 'Portland, OR', 'America/Los_Angeles'],
    ['production', 'Priya Raman', 'Head of Production', null, 'Seattle, WA', 'America/Los_Angeles'],
    ['member', 'Jonah Whitfield', 'Designer', 'Type nerd, bread baker.', null, 'America/Los_Angeles'],
    ['copywriter', 'Lucía Ferreira', 'Copywriter', 'Fewer words, better ones.', 'Vancouver, BC', 'America/Vancouver'],
    ['developer', 'Daniel Mbeki', 'Web Developer', null, null, 'America/Denver'],
    ['photographer', 'Hana Kobayashi', 'Photographer', 'Chasing north light.', 'Portland, OR', 'America/Los_Angeles'],
    ['projectManager', 'Oskar Brandt', 'Project Manager', null, null, 'America/Chicago'],
    ['bookkeeper', 'Ruth Adeyemi', 'Bookkeeper', null, null, 'America/Los_Angeles'],
    ['illustrator', 'Felix Moreau', 'Illustrator', 'Draws on everything.', 'Montréal, QC', 'America/Toronto'],
    ['warehouse', 'Grace Whitlock', 'Warehouse Coordinator', null, 'Portland, OR', 'America/Los_Angeles'],
    ['client', 'Nadia Haddad', 'Owner, Harbor Street Bakery', 'Up at four, every day.', 'Astoria, OR', 'America/Los_Angeles'],
  ];
  const ids = {} as Record<PersonKey, string>;
  rows.forEach(([key, name, title, bio, location, timeZone], i) => {
    const id = state.ids.person.next();
    const client = key === 'client';
    const first = name.split(' ')[0]?.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') ?? 'someone';
    const at = T0 - 400 * DAY + i * 37 * DAY;
    const person: Person = {
      id,
      name,
      emailAddress: client ? `${first}@harborstreetbakery.example` : `${first}@larkspurfinch.example`,
      personableType: client ? 'Client' : 'User',
      title,
      bio,
      location,
      createdAt: at,
      updatedAt: at + (i % 3) * DAY,
      admin: key === 'owner' || key === 'admin' || key === 'production',
      owner: key === 'owner',
      client,
      employee: !client,
      timeZone,
      companyId: client ? bakeryCo : studio,
      canPing: true,
      canManageProjects: !client,
      canManagePeople: !client,
      canAccessTimesheet: !client,
      canAccessHillCharts: !client,
    };
    state.people.set(id, person);
    ids[key] = id;
  });
  return ids;
}

/** Adds `[name, contents]` lists to a project's to-do set, some to-dos assigned, some done. */
function seedSimpleLists(
  state: SandboxState,
  project: Project,
  lists: readonly (readonly [string, readonly string[]])[],
  creatorId: string,
  doers: readonly string[],
  at: number,
  random: ReturnType<typeof createRandom>,
): Todolist[] {
  return lists.map(([name, contents], l) => {
    const listAt = at + l * DAY;
    const list = addTodolist(state, todosetOf(state, project), { name, creatorId }, listAt);
    contents.forEach((content, i) => {
      const assignee = doers[(l + i) % doers.length] ?? creatorId;
      const createdAt = listAt + (i + 1) * 11 * MINUTE;
      addTodo(
        state,
        list,
        {
          content,
          creatorId,
          assigneeIds: i % 3 === 2 ? [] : [assignee],
          dueOn: i % 2 === 0 ? isoDate(listAt + (i + 3) * 2 * DAY) : null,
          ...(random.next() < 0.3 ? { completion: { createdAt: createdAt + 2 * DAY, creatorId: assignee } } : {}),
        },
        createdAt,
      );
    });
    return list;
  });
}

/** Rich text that mentions a person, in the form clients submit (shapes expand it). */
function mention(personId: string): string {
  return `<bc-attachment sgid="${signedGlobalId('Person', personId)}" content-type="application/vnd.basecamp.mention"></bc-attachment>`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
