import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { expectMatchesRest, leafSelection, restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
let member: string;
beforeAll(async () => {
  stack = await startStack();
  member = stack.sandbox.tokens.member!;
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const P = SEED.personal;

describe('every field of the people family types matches REST', () => {
  it('Account, with its plan objects', async () => {
    const result = await stack.graphql(`{ account ${leafSelection('Account').slice(0, -1)} limits ${leafSelection('AccountLimits')} subscription ${leafSelection('AccountSubscription')} settings ${leafSelection('AccountSettings')} logo ${leafSelection('AccountLogo')} } }`);
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, '/account.json');
    const { limits, subscription, settings, logo, ...account } = result.data.account;
    expectMatchesRest(account, rest);
    expectMatchesRest(limits, rest.limits);
    expectMatchesRest(subscription, rest.subscription);
    expectMatchesRest(settings, rest.settings);
    expectMatchesRest(logo, rest.logo);
  });

  it('Preferences and MyNote, for a person with and without a note', async () => {
    for (const token of [stack.sandbox.tokens.owner!, member]) {
      const result = await stack.graphql(`{ myPreferences ${leafSelection('Preferences')} myNote ${leafSelection('MyNote')} }`, { token });
      expect(result.errors).toBeUndefined();
      expectMatchesRest(result.data.myPreferences, await restGet(stack, '/my/preferences.json', token));
      expectMatchesRest(result.data.myNote, await restGet(stack, '/my/notes.json', token));
    }
  });

  it('OutOfOffice, on and off, through Person', async () => {
    for (const id of [P.outOfOffice.personId, SEED.people.member]) {
      const result = await stack.graphql(`query($id: ID!) { person(id: $id) { outOfOffice ${leafSelection('OutOfOffice').slice(0, -1)} person { basecampId } } } }`, { variables: { id } });
      expect(result.errors).toBeUndefined();
      const rest = await restGet(stack, `/people/${id}/out_of_office.json`);
      const { person, ...ooo } = result.data.person.outOfOffice;
      expectMatchesRest(ooo, rest);
      expect(person.basecampId).toBe(rest.person.id);
    }
  });

  it('LineupMarker', async () => {
    const result = await stack.graphql(`{ lineupMarkers ${leafSelection('LineupMarker')} }`);
    const rest = await restGet<any[]>(stack, '/lineup/markers.json');
    expect(result.data.lineupMarkers).toHaveLength(rest.length);
    result.data.lineupMarkers.forEach((marker: any, i: number) => expectMatchesRest(marker, rest[i]));
  });

  it('Assignment, in Up Next and not', async () => {
    const result = await stack.graphql(`{ myAssignments { priorities ${leafSelection('Assignment')} nonPriorities ${leafSelection('Assignment')} } myCompletedAssignments ${leafSelection('Assignment')} }`, { token: member });
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, '/my/assignments.json', member);
    expect(result.data.myAssignments.priorities.map((a: any) => a.basecampId)).toEqual(P.memberUpNext);
    expectMatchesRest(result.data.myAssignments.priorities[0], rest.priorities[0]);
    expectMatchesRest(result.data.myAssignments.nonPriorities[0], rest.non_priorities[0]);
    expectMatchesRest(result.data.myCompletedAssignments[0], (await restGet(stack, '/my/assignments/completed.json', member))[0]);
  });

  it('Bookmark, Draft and Notification, and the inbox counts', async () => {
    const result = await stack.graphql(`{
      myBookmarks(first: 1) { totalCount nodes ${leafSelection('Bookmark')} }
      myDrafts(first: 1) { totalCount nodes ${leafSelection('Draft')} }
      myNotifications { ${leafSelection('NotificationInbox').slice(2, -2)} unreads ${leafSelection('Notification')} reads ${leafSelection('Notification')} memories ${leafSelection('Notification')} }
      myBubbleUps(first: 1) { totalCount nodes ${leafSelection('Notification')} }
    }`);
    expect(result.errors).toBeUndefined();
    const { myBookmarks, myDrafts, myNotifications, myBubbleUps } = result.data;
    expect(myBookmarks.totalCount).toBe(P.ownerBookmarks.count);
    expectMatchesRest(myBookmarks.nodes[0], (await restGet(stack, '/my/bookmarks.json'))[0]);
    expect(myDrafts.totalCount).toBe(P.drafts.owner);
    expectMatchesRest(myDrafts.nodes[0], (await restGet(stack, '/my/drafts.json'))[0]);
    const inbox = await restGet(stack, '/my/readings.json');
    const { unreads, reads, memories, ...counts } = myNotifications;
    expectMatchesRest(counts, inbox);
    expect(unreads).toHaveLength(P.ownerNotifications.unread);
    expectMatchesRest(unreads[0], inbox.unreads[0]);
    expectMatchesRest(reads[0], inbox.reads[0]);
    expect(memories).toHaveLength(P.ownerNotifications.remembered);
    expectMatchesRest(memories[0], inbox.memories[0]);
    expect(memories[0].memoryUrl).toMatch(/\/memory\.json$/);
    expect(myBubbleUps.totalCount).toBe(P.ownerNotifications.currentBubbleUps + P.ownerNotifications.scheduledBubbleUps);
    expectMatchesRest(myBubbleUps.nodes[0], (await restGet(stack, '/my/readings/bubble_ups.json'))[0]);
  });
});

describe('pingable people', () => {
  it('lists everyone pingable, counted without a total header', async () => {
    const result = await stack.graphql(`{ pingablePeople(first: 100) { totalCount nodes ${leafSelection('Person')} } }`);
    expect(result.errors).toBeUndefined();
    const rest = await restGet<any[]>(stack, '/circles/people.json');
    expect(result.data.pingablePeople.totalCount).toBe(rest.length);
    result.data.pingablePeople.nodes.forEach((person: any, i: number) => expectMatchesRest(person, rest[i]));
  });
});

describe('fewest upstream calls', () => {
  it('loads each project and assignee of the assignments once', async () => {
    const rest = await restGet(stack, '/my/assignments.json', member);
    stack.resetLog();
    const result = await stack.graphql('{ myAssignments { priorities { content bucket { name } assignees { name } } } }', { token: member });
    expect(result.errors).toBeUndefined();
    const projects = new Set<string>(rest.priorities.map((a: any) => a.bucket.id));
    const people = new Set<string>(rest.priorities.flatMap((a: any) => a.assignees.map((p: any) => p.id)));
    expect(stack.upstreamPaths().sort()).toEqual(
      ['/my/assignments.json', ...[...projects].map((id) => `/projects/${id}.json`), ...[...people].map((id) => `/people/${id}.json`)].sort(),
    );
    expect(result.data.myAssignments.priorities[0].bucket.name).toBe('Spring Catalog 2026');
  });

  it('takes bookmarked recordings as embedded, and the person behind an out of office from the loader', async () => {
    const bookmarks = await stack.graphql('{ myBookmarks(first: 3) { nodes { recording { title creator { name } } } } }');
    expect(bookmarks.errors).toBeUndefined();
    expect(stack.upstreamPaths()).toEqual(['/my/bookmarks.json']);
    stack.resetLog();
    const person = await stack.graphql(`query($id: ID!) { person(id: $id) { name outOfOffice { enabled person { name } } } }`, { variables: { id: P.outOfOffice.personId } });
    expect(person.data.person).toMatchObject({ outOfOffice: { enabled: true, person: { name: person.data.person.name } } });
    expect(stack.upstreamPaths().sort()).toEqual([`/people/${P.outOfOffice.personId}.json`, `/people/${P.outOfOffice.personId}/out_of_office.json`].sort());
  });
});

describe('writes', () => {
  it('creates, reads, updates, reads, deletes and reads a Lineup marker', async () => {
    const created = await stack.graphql('mutation { createLineupMarker(input: { name: "Printer proofs back", date: "2026-02-26" }) { lineupMarker { id basecampId name date } } }');
    expect(created.errors).toBeUndefined();
    const marker = created.data.createLineupMarker.lineupMarker;
    expect(marker).toMatchObject({ name: 'Printer proofs back', date: '2026-02-26' });
    const read = await stack.graphql('query($id: ID!) { node(id: $id) { ... on LineupMarker { id basecampId name date } } }', { variables: { id: marker.id } });
    expect(read.data.node).toEqual(marker);
    stack.resetLog();
    const updated = await stack.graphql('mutation($id: ID!) { updateLineupMarker(input: { id: $id, date: "2026-02-27" }) { lineupMarker { name date } } }', { variables: { id: marker.id } });
    expect(updated.data.updateLineupMarker.lineupMarker).toEqual({ name: 'Printer proofs back', date: '2026-02-27' });
    // The documented paths, `.json` included, as for every other operation.
    expect(stack.upstreamPaths()).toEqual([`/lineup/markers/${marker.basecampId}.json`, '/lineup/markers.json']);
    const list = await stack.graphql('{ lineupMarkers { basecampId date } }');
    expect(list.data.lineupMarkers).toContainEqual({ basecampId: marker.basecampId, date: '2026-02-27' });
    const deleted = await stack.graphql('mutation($id: ID!) { deleteLineupMarker(input: { id: $id }) { deletedId } }', { variables: { id: marker.id } });
    expect(deleted.data.deleteLineupMarker.deletedId).toBe(marker.id);
    expect(stack.upstreamPaths().at(-1)).toBe(`/lineup/markers/${marker.basecampId}.json`);
    const gone = await stack.graphql('query($id: ID!) { node(id: $id) { id } }', { variables: { id: marker.id } });
    expect(gone.data.node).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('bookmarks a recording, lists it first, and removes the bookmark', async () => {
    const todoId = encodeGlobalId('Todo', SEED.accountId, SEED.todos.pending);
    const made = await stack.graphql('mutation($id: ID!) { createBookmark(input: { recordingId: $id }) { bookmark { basecampId recording { ... on Todo { basecampId bookmark { bookmarked } } } } } }', { variables: { id: todoId } });
    expect(made.errors).toBeUndefined();
    expect(made.data.createBookmark.bookmark.recording).toEqual({ basecampId: SEED.todos.pending, bookmark: { bookmarked: true } });
    const list = await stack.graphql('{ myBookmarks(first: 1) { totalCount nodes { basecampId } } }');
    expect(list.data.myBookmarks).toEqual({ totalCount: P.ownerBookmarks.count + 1, nodes: [{ basecampId: made.data.createBookmark.bookmark.basecampId }] });
    const removed = await stack.graphql('mutation($id: ID!) { deleteBookmark(input: { recordingId: $id }) { recordingBasecampId } }', { variables: { id: todoId } });
    expect(removed.data.deleteBookmark.recordingBasecampId).toBe(SEED.todos.pending);
    const after = await stack.graphql('query($id: ID!) { todo(id: $id) { bookmark { bookmarked } } myBookmarks(first: 1) { totalCount } }', { variables: { id: todoId } });
    expect(after.data).toEqual({ todo: { bookmark: { bookmarked: false } }, myBookmarks: { totalCount: P.ownerBookmarks.count } });
  });

  it('enables, reads and disables an out of office', async () => {
    const id = SEED.people.copywriter;
    const enabled = await stack.graphql('mutation($id: ID!) { enableOutOfOffice(input: { personId: $id, startDate: "2030-07-01", endDate: "2030-07-12" }) { outOfOffice { enabled startDate endDate backOnDate } } }', { variables: { id } });
    expect(enabled.errors).toBeUndefined();
    expect(enabled.data.enableOutOfOffice.outOfOffice).toEqual({ enabled: true, startDate: '2030-07-01', endDate: '2030-07-12', backOnDate: '2030-07-15' });
    const read = await stack.graphql('query($id: ID!) { person(id: $id) { outOfOffice { enabled endDate } } }', { variables: { id } });
    expect(read.data.person.outOfOffice).toEqual({ enabled: true, endDate: '2030-07-12' });
    const disabled = await stack.graphql('mutation($id: ID!) { disableOutOfOffice(input: { personId: $id }) { outOfOffice { enabled startDate } } }', { variables: { id } });
    expect(disabled.data.disableOutOfOffice.outOfOffice).toEqual({ enabled: false, startDate: null });
    const after = await stack.graphql('query($id: ID!) { person(id: $id) { outOfOffice { enabled } } }', { variables: { id } });
    expect(after.data.person.outOfOffice.enabled).toBe(false);
  });

  it('updates my profile, preferences and note, keeping what was left out', async () => {
    const profile = await stack.graphql('mutation { updateMyProfile(input: { title: "Lead Designer", bio: null }) { person { name title bio location } } }', { token: member });
    expect(profile.errors).toBeUndefined();
    expect(profile.data.updateMyProfile.person).toEqual({ name: 'Jonah Whitfield', title: 'Lead Designer', bio: null, location: null });
    expect((await stack.graphql('{ me { title } }', { token: member })).data.me.title).toBe('Lead Designer');

    const prefs = await stack.graphql('mutation { updateMyPreferences(input: { timeFormat: TWENTY_FOUR_HOUR }) { preferences { firstWeekDay timeFormat } } }', { token: member });
    expect(prefs.data.updateMyPreferences.preferences).toEqual({ firstWeekDay: 'MONDAY', timeFormat: 'TWENTY_FOUR_HOUR' });
    expect((await stack.graphql('{ myPreferences { timeFormat } }', { token: member })).data.myPreferences.timeFormat).toBe('TWENTY_FOUR_HOUR');

    const note = await stack.graphql('mutation { updateMyNote(input: { content: "<div>Swap the cover serif</div>" }) { note { basecampId content } } }', { token: member });
    expect(note.data.updateMyNote.note.basecampId).toMatch(/^\d+$/);
    expect((await stack.graphql('{ myNote { basecampId content } }', { token: member })).data.myNote).toEqual(note.data.updateMyNote.note);
  });

  it('reorders Up Next and takes items off it', async () => {
    const [a, b, c] = P.memberUpNext;
    const moved = await stack.graphql('mutation($id: ID!) { reorderUpNext(input: { recordingId: $id, position: 1 }) { myAssignments { priorities { basecampId } } } }', { token: member, variables: { id: c } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.reorderUpNext.myAssignments.priorities.map((x: any) => x.basecampId)).toEqual([c, a, b]);
    stack.resetLog();
    const removed = await stack.graphql('mutation($id: ID!) { deprioritizeAssignment(input: { recordingId: $id }) { myAssignments { priorities { basecampId } nonPriorities { basecampId } } } }', { token: member, variables: { id: c } });
    expect(removed.data.deprioritizeAssignment.myAssignments.priorities.map((x: any) => x.basecampId)).toEqual([a, b]);
    expect(stack.upstreamPaths()[0]).toBe(`/my/priorities/${c}.json`);
    const back = await stack.graphql('mutation($id: ID!) { prioritizeAssignment(input: { recordingId: $id }) { myAssignments { priorities { basecampId } } } }', { token: member, variables: { id: encodeGlobalId('Todo', SEED.accountId, c!) } });
    expect(back.data.prioritizeAssignment.myAssignments.priorities.map((x: any) => x.basecampId)).toEqual([a, b, c]);
  });

  it('marks a notification read', async () => {
    const before = await stack.graphql('{ myNotifications { unreads { basecampId readableSgid } } }');
    const target = before.data.myNotifications.unreads[0];
    const marked = await stack.graphql('mutation($sgid: String!) { markAsRead(input: { readables: [$sgid] }) { notifications { unreads { basecampId } reads { basecampId unreadCount } } } }', { variables: { sgid: target.readableSgid } });
    expect(marked.errors).toBeUndefined();
    const inbox = marked.data.markAsRead.notifications;
    expect(inbox.unreads.map((n: any) => n.basecampId)).not.toContain(target.basecampId);
    expect(inbox.reads[0]).toEqual({ basecampId: target.basecampId, unreadCount: 0 });
  });

  it('grants and revokes project access, and archives and restores the project', async () => {
    const project = SEED.projects.boardPrep;
    const access = await stack.graphql('mutation($p: ID!, $g: [ID!], $r: [ID!]) { updateProjectAccess(input: { projectId: $p, grant: $g, revoke: $r }) { granted { basecampId } revoked { basecampId } project { people { nodes { basecampId } } } } }', {
      variables: { p: project, g: [SEED.people.copywriter], r: [SEED.people.bookkeeper] },
    });
    expect(access.errors).toBeUndefined();
    const payload = access.data.updateProjectAccess;
    expect(payload.granted).toEqual([{ basecampId: SEED.people.copywriter }]);
    expect(payload.revoked).toEqual([{ basecampId: SEED.people.bookkeeper }]);
    const members = payload.project.people.nodes.map((p: any) => p.basecampId);
    expect(members).toContain(SEED.people.copywriter);
    expect(members).not.toContain(SEED.people.bookkeeper);

    const archived = await stack.graphql('mutation($id: ID!) { archiveProject(input: { id: $id }) { project { status } } }', { variables: { id: project } });
    expect(archived.data.archiveProject.project.status).toBe('ARCHIVED');
    const listed = await stack.graphql('{ projects(status: ARCHIVED) { nodes { basecampId } } }');
    expect(listed.data.projects.nodes.map((p: any) => p.basecampId)).toContain(project);
    const restored = await stack.graphql('mutation($id: ID!) { unarchiveProject(input: { id: $id }) { project { status } } }', { variables: { id: project } });
    expect(restored.data.unarchiveProject.project.status).toBe('ACTIVE');
  });

  it('renames the account and removes its logo', async () => {
    const renamed = await stack.graphql('mutation { renameAccount(input: { name: "Larkspur & Finch Studio" }) { account { name } } }');
    expect(renamed.data.renameAccount.account.name).toBe('Larkspur & Finch Studio');
    expect((await stack.graphql('{ account { name } }')).data.account.name).toBe('Larkspur & Finch Studio');
    const removed = await stack.graphql('mutation { removeAccountLogo { account { logo { url } } } }');
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeAccountLogo.account.logo).toBeNull();
    const forbidden = await stack.graphql('mutation { renameAccount(input: { name: "Mine now" }) { account { name } } }', { token: member });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('input checks', () => {
  it('rejects what Basecamp would refuse before any upstream call, naming the field', async () => {
    const cases = [
      ['mutation { createLineupMarker(input: { name: "  ", date: "2026-03-01" }) { lineupMarker { id } } }', 'name'],
      [`mutation { enableOutOfOffice(input: { personId: "${SEED.people.member}", startDate: "2026-03-09", endDate: "2026-03-02" }) { outOfOffice { enabled } } }`, 'startDate'],
      [`mutation { updateProjectAccess(input: { projectId: "${SEED.projects.catalog}" }) { granted { id } } }`, 'input'],
      ['mutation { updateMyNote(input: { content: "<div> </div>" }) { note { content } } }', 'content'],
      ['mutation { reorderUpNext(input: { recordingId: "1", position: 0 }) { myAssignments { priorities { content } } } }', 'position'],
      ['mutation { markAsRead(input: { readables: [] }) { notifications { bubbleUpsCount } } }', 'readables'],
      ['mutation { updateMyProfile(input: { emailAddress: "not-an-email" }) { person { id } } }', 'emailAddress'],
      // What has no empty state is refused when sent as null, not skipped as if left out.
      ['mutation { updateMyPreferences(input: { timeZoneName: null }) { preferences { timeZoneName } } }', 'timeZoneName'],
      ['mutation { updateMyPreferences(input: { timeFormat: null, firstWeekDay: SUNDAY }) { preferences { timeFormat } } }', 'timeFormat'],
      ['mutation { updateMyProfile(input: { firstWeekDay: null }) { person { id } } }', 'firstWeekDay'],
      ['mutation { updateQuestionAnswer(input: { id: "1", groupOn: null }) { questionAnswer { id } } }', 'groupOn'],
    ] as const;
    for (const [query, field] of cases) {
      stack.resetLog();
      const result = await stack.graphql(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(stack.upstreamPaths(), query).toEqual([]);
    }
  });

  it('passes Basecamp\'s own 422 through', async () => {
    const result = await stack.graphql(`mutation { updateMyProfile(input: { emailAddress: "maren@larkspurfinch.example" }) { person { id } } }`, { token: member });
    expect(result.errors?.[0]).toMatchObject({ message: 'Email address has already been taken', extensions: { code: 'BAD_USER_INPUT' } });
    expect(stack.upstreamPaths()).toEqual(['/my/profile.json']);
  });
});
